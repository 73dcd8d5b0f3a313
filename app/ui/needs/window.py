"""Online needs (网上诉求): import the platform's export, then decide on each need —
accept it as an affair, merge it into an affair under way, or reject it with a reason."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPlainTextEdit, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from app.services import online_needs
from app.services.context import ServiceContext
from app.services.dto import AffairResult, StationInfo
from app.services.errors import DomainError
from app.services.online_needs import STATE_LABELS, NeedInfo

from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import datetime_text
from ..i18n import pair
from ..models import Column, RowsModel
from ..receipts import write_receipt
from ..search_list import setup_results_table
from .dialogs import AcceptOnlineNeedDialog, ImportReportDialog, MatchResidentDialog, MergeNeedDialog, RejectNeedDialog

log = logging.getLogger(__name__)

STATE_FILTERS = ("new", "accepted", "merged", "rejected", "all")
STATE_COLORS = {"new": "#0d47a1", "accepted": "#1b5e20", "merged": "#4e342e", "rejected": "#9e9e9e"}
UNMATCHED = "#b00020"
MISMATCH = "#8a4b00"
EXCERPT = 60


def _when(at) -> str:
    return datetime_text(at)


def _excerpt(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= EXCERPT else one_line[:EXCERPT] + "…"


class NeedsWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        self.import_dir = str(Path.home())
        self.last_affair: AffairResult | None = None
        self.last_pdf: Path | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.refresh()
        self.table.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("needsWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=15000, timer_name="needsMessageTimer")

        self.import_button = QPushButton(objectName="importNeedsButton")
        self.import_button.setProperty("role", "primary")
        self.state_filter = QComboBox(objectName="needStateFilter")
        for code in STATE_FILTERS:
            self.state_filter.addItem("", code)
        self.state_label = QLabel(objectName="needStateLabel")
        self.state_label.setBuddy(self.state_filter)
        self.count = QLabel(objectName="needCount")
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addSpacing(16)
        top.addWidget(self.state_label)
        top.addWidget(self.state_filter)
        top.addStretch(1)
        top.addWidget(self.count)

        self.model = RowsModel([
            Column(lambda: self.tr("Posted"), lambda n: _when(n.posted_at)),
            Column(lambda: self.tr("Name"), lambda n: n.name),
            Column(lambda: self.tr("Phone"), lambda n: n.phone_masked),
            Column(lambda: self.tr("Need"), lambda n: _excerpt(n.text)),
            Column(lambda: self.tr("Resident"), self._resident_cell, self._resident_color),
            Column(lambda: self.tr("State"), self._state_cell, lambda n: STATE_COLORS.get(n.state)),
        ], self)
        self.table = QTableView(objectName="needTable")
        setup_results_table(self.table, self.model, stretch_column=3)
        list_pane = QWidget(objectName="needListPane")
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)

        detail = QWidget(objectName="needDetailPane")
        self.detail_title = QLabel(objectName="needDetailTitle")
        self.detail_title.setProperty("role", "paneTitle")
        self.detail_title.setWordWrap(True)
        self.text_view = QPlainTextEdit(objectName="needText")
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.contact = QLabel(objectName="needContact")
        self.contact.setProperty("role", "card")
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resident_line = QLabel(objectName="needResident")
        self.resident_line.setWordWrap(True)
        self.resident_line.setTextFormat(Qt.TextFormat.RichText)
        self.match_button = QPushButton(objectName="matchResidentButton")
        resident_row = QHBoxLayout()
        resident_row.addWidget(self.resident_line, 1)
        resident_row.addWidget(self.match_button)
        self.decision = QLabel(objectName="needDecision")
        self.decision.setProperty("role", "result")
        self.decision.setWordWrap(True)
        self.decision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(objectName="acceptNeedButton")
        self.accept_button.setProperty("role", "primary")
        self.merge_button = QPushButton(objectName="mergeNeedButton")
        self.reject_button = QPushButton(objectName="rejectNeedButton")
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.reject_button)
        actions.addStretch(1)
        self.text_label, self.contact_label = QLabel(), QLabel()
        self.text_label.setBuddy(self.text_view)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.text_label)
        detail_layout.addWidget(self.text_view, 1)
        detail_layout.addWidget(self.contact_label)
        detail_layout.addWidget(self.contact)
        detail_layout.addLayout(resident_row)
        detail_layout.addWidget(self.decision)
        detail_layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="needsSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([860, 506])
        self.splitter.setChildrenCollapsible(False)
        self.status_station, self.status_worker = install_body(self, "needs", self.message_bar, self.splitter, margin=6)
        for a, b in ((self.import_button, self.state_filter), (self.state_filter, self.table),
                     (self.table, self.text_view), (self.text_view, self.match_button),
                     (self.match_button, self.accept_button), (self.accept_button, self.merge_button),
                     (self.merge_button, self.reject_button)):
            QWidget.setTabOrder(a, b)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("needsMenuBar")
        self.needs_menu = bar.addMenu("")
        self.needs_menu.setObjectName("needsMenu")

        def action(name, keys, slot):
            a = QAction(self, objectName=name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            self.needs_menu.addAction(a)
            return a

        self.import_action = action("actionImportNeeds", ["Ctrl+O"], self.import_needs)
        self.needs_menu.addSeparator()
        self.match_action = action("actionMatchResident", ["Ctrl+L"], self.match_resident)
        # Ctrl+Return on the main keyboard, Ctrl+Enter on the keypad.
        self.accept_action = action("actionAcceptNeed", ["Ctrl+Return", "Ctrl+Enter"], self.accept_need)
        self.merge_action = action("actionMergeNeed", ["Ctrl+M"], self.merge_need)
        self.reject_action = action("actionRejectNeed", ["Ctrl+R"], self.reject_need)
        self.needs_menu.addSeparator()
        self.refresh_action = action("actionRefreshNeeds", ["F5"], self.refresh)
        self.close_action = action("actionCloseNeeds", [QKeySequence.StandardKey.Close], self.close)
        self.lang_menu = add_language_menu(self, ("needsLanguageMenu", "needsLangZh", "needsLangEn"))

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Escape", self.hide_message, "needsShortcutDismiss")
        window_shortcut(self, "F3", lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason),
                        "needsShortcutList")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Online needs — %1").replace("%1", self.station.name))
        self.needs_menu.setTitle(self.tr("&Needs"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.import_action.setText(self.tr("&Import a file…"))
        self.match_action.setText(self.tr("&Match resident…"))
        self.accept_action.setText(self.tr("&Accept as an affair…"))
        self.merge_action.setText(self.tr("Mer&ge into an open affair…"))
        self.reject_action.setText(self.tr("&Reject…"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.close_action.setText(self.tr("C&lose"))
        self.import_button.setText(self.tr("Import a file… (Ctrl+O)"))
        self.import_button.setToolTip(self.tr("The platform's export: CSV (UTF-8), JSON or XLSX; "
                                              "needs imported before are skipped"))
        self.state_label.setText(self.tr("&Show"))
        for i, text in enumerate((self.tr("New"), self.tr("Accepted"), self.tr("Merged"), self.tr("Rejected"),
                                  self.tr("All"))):
            self.state_filter.setItemText(i, text)
        self.text_label.setText(self.tr("What the resident wrote"))
        self.contact_label.setText(self.tr("Contact"))
        self.match_button.setText(self.tr("Match resident… (Ctrl+L)"))
        self.accept_button.setText(self.tr("Accept as an affair (Ctrl+Enter)"))
        self.merge_button.setText(self.tr("Merge (Ctrl+M)"))
        self.merge_button.setToolTip(self.tr("The same need is already an affair under way: join it"))
        self.reject_button.setText(self.tr("Reject (Ctrl+R)"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Worker: %1 · Desk: %2").replace("%1", actor.name).replace(
            "%2", actor.desk) if actor else "")
        self.model.relabel()
        self._show_count()
        self._need_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.import_button.clicked.connect(self.import_needs)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._need_changed())
        self.table.activated.connect(lambda _i: self.accept_need())
        self.match_button.clicked.connect(self.match_resident)
        self.accept_button.clicked.connect(self.accept_need)
        self.merge_button.clicked.connect(self.merge_need)
        self.reject_button.clicked.connect(self.reject_need)
        press_buttons_on_enter(self.import_button, self.match_button, self.accept_button, self.merge_button,
                               self.reject_button)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def _resident_cell(self, n: NeedInfo) -> str:
        return n.resident_name or self.tr("not matched")

    def _resident_color(self, n: NeedInfo) -> str | None:
        if n.resident_id is None:
            return UNMATCHED if n.state == "new" else None
        return MISMATCH if n.resident_name != n.name else None

    def _state_cell(self, n: NeedInfo) -> str:
        label = pair(STATE_LABELS.get(n.state, (n.state,) * 2))
        return f"{label} {n.affair_number}" if n.affair_number else label

    def _show_count(self) -> None:
        self.count.setText(self.tr("Needs shown: %1").replace("%1", str(self.model.rowCount())))

    def selected_need(self) -> NeedInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        self.load()

    def load(self, select_id: int | None = None) -> list[NeedInfo]:
        keep = select_id or (self.selected_need().id if self.selected_need() else None)
        # A need just decided leaves the list: its successor takes its place.
        at = max(0, self.table.currentIndex().row())
        try:
            rows = online_needs.triage_list(self.ctx, self.state_filter.currentData() or "new")
        except DomainError as err:
            self.show_message(error_text(err))
            rows = []
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(next((i for i, n in enumerate(rows) if n.id == keep), min(at, len(rows) - 1)))
        self._show_count()
        self._need_changed()
        return rows

    def _need_changed(self) -> None:
        n = self.selected_need()
        undecided = n is not None and n.state == "new"
        for w in (self.match_button, self.match_action, self.accept_button, self.accept_action,
                  self.merge_button, self.merge_action, self.reject_button, self.reject_action):
            w.setEnabled(undecided)
        if n is None:
            self.detail_title.setText(self.tr("No need selected"))
            self.text_view.setPlainText("")
            self.contact.setText("")
            self.resident_line.setText("")
            self.decision.hide()
            return
        self.detail_title.setText(self.tr("%1 · posted %2").replace("%1", n.external_ref)
                                  .replace("%2", _when(n.posted_at)))
        self.text_view.setPlainText(n.text)
        phone = n.phone_masked or self.tr("no phone given")
        address = n.address or self.tr("no address given")
        self.contact.setText(f"{n.name}   ☎ {phone}\n{address}")
        self.resident_line.setText(self._resident_text(n))
        self.decision.setVisible(n.state != "new")
        self.decision.setText(self._decision_text(n))

    def _resident_text(self, n: NeedInfo) -> str:
        if n.resident_id is None:
            unmatched = self.tr("Not matched to a resident yet")
            return f"<span style='color:{UNMATCHED}'>{unmatched}</span>"
        text = self.tr("Resident: %1").replace("%1", f"<b>{n.resident_name}</b> {n.resident_address}")
        if n.resident_name != n.name:
            text += f"<br><span style='color:{MISMATCH}'>" + self.tr(
                "The name posted (%1) differs: check before deciding").replace("%1", n.name) + "</span>"
        return text

    def _decision_text(self, n: NeedInfo) -> str:
        who = self.tr("%1 on %2").replace("%1", n.decided_by_name).replace("%2", _when(n.decided_at))
        if n.state == "accepted":
            head = self.tr("Accepted as affair %1").replace("%1", n.affair_number)
        elif n.state == "merged":
            head = self.tr("Merged into affair %1").replace("%1", n.affair_number)
        else:
            head = self.tr("Rejected")
        reason = f"\n{n.reason}" if n.reason else ""
        return f"{head} — {who}{reason}"

    def _run(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # -- import -------------------------------------------------------------

    def import_needs(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import needs posted online"), self.import_dir,
            self.tr("Needs export (*.csv *.json *.xlsx);;All files (*)"))
        if not path:
            return
        self.import_dir = str(Path(path).parent)
        self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        try:
            report = online_needs.import_file(self.ctx, path)
        except DomainError as err:
            if err.key == "import_invalid":
                self.show_message(self.tr("%1 has errors; nothing was imported. See the report.")
                                  .replace("%1", Path(path).name))
                # The first line repeats what the message bar and the dialog's prompt say.
                self._show_report("\n".join(error_text(err).splitlines()[1:]))
            else:
                self.show_message(error_text(err))
            return False
        self.state_filter.setCurrentIndex(STATE_FILTERS.index("new"))
        self.load()
        self.show_message(
            self.tr("%1: %2 new needs imported, %3 matched to residents; %4 imported before were skipped.")
            .replace("%1", Path(path).name).replace("%2", str(report.created))
            .replace("%3", str(report.matched)).replace("%4", str(report.skipped)), ok=True)
        self.table.setFocus()
        return True

    def _show_report(self, text: str) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        # Window-modal but not blocking: the worker may keep it open beside the file being fixed.
        self.report_dialog = ImportReportDialog(text, self)
        self.report_dialog.open()

    # -- decisions ----------------------------------------------------------

    def _undecided(self) -> NeedInfo | None:
        n = self.selected_need()
        return n if n is not None and n.state == "new" else None

    def match_resident(self) -> NeedInfo | None:
        n = self._undecided()
        if n is None:
            return None
        dialog = MatchResidentDialog(self.ctx, n, self)
        if not self._run(dialog):
            return None
        self.load(n.id)
        self.show_message(self.tr("%1 matched to %2").replace("%1", n.external_ref)
                          .replace("%2", dialog.need.resident_name), ok=True)
        return dialog.need

    def _matched(self) -> NeedInfo | None:
        """The selected need with its resident; asks whose need it is first when nobody is matched."""
        n = self._undecided()
        if n is None or n.resident_id is not None:
            return n
        return self.match_resident()

    def accept_need(self) -> None:
        n = self._matched()
        if n is None:
            return
        dialog = AcceptOnlineNeedDialog(self.ctx, n, self)
        if not self._run(dialog) or dialog.result_affair is None:
            return
        self.load()
        self._accepted(dialog.result_affair)

    def _accepted(self, affair: AffairResult) -> None:
        self.last_affair = affair
        try:
            self.last_pdf = write_receipt(self.ctx, self.output_dir, affair.id, affair.number)
        except Exception as err:  # PrintingError, OSError, DomainError: the affair is saved regardless
            log.exception("receipt for %s not written", affair.number)
            self.last_pdf = None
            self.show_message(self.tr("Affair %1 accepted, but the receipt could not be written: %2")
                              .replace("%1", affair.number).replace("%2", error_text(err)))
            return
        self.show_message(self.tr("Affair %1 accepted and sent to the back-office queue; receipt saved to %2")
                          .replace("%1", affair.number).replace("%2", str(self.last_pdf)), ok=True)

    def merge_need(self) -> None:
        n = self._matched()
        if n is None:
            return
        dialog = MergeNeedDialog(self.ctx, n, self)
        if self._run(dialog):
            self.load()
            self.show_message(self.tr("%1 merged into affair %2").replace("%1", n.external_ref)
                              .replace("%2", dialog.need.affair_number), ok=True)

    def reject_need(self) -> None:
        n = self._undecided()
        if n is None:
            return
        if self._run(RejectNeedDialog(self.ctx, n, self)):
            self.load()
            self.show_message(self.tr("%1 rejected").replace("%1", n.external_ref), ok=True)
