"""Social-work cases (个案管理): the worker's cases on the left, the selected case
on the right with its six steps, notes, plan, links and closure. A worker sees
only their own cases; whoever supervises sees the station's."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from app.services import cases
from app.services.cases import STAGE_LABELS, STAGE_SHORT, STAGES
from app.services.cases_dto import CaseDetail, CaseSummary
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError
from app.services.permissions import Perm, allowed

from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import date_text
from ..i18n import pair
from ..models import Column, RowsModel
from ..search_list import setup_results_table
from .dialogs import AdvanceDialog, NewCaseDialog
from .stage_strip import StageStrip
from .tabs import ClosureTab, LinksTab, NotesTab, PlanTab

FILTERS = ("", "open") + STAGES
STAGE_COLORS = {"closed": "#757575", "closure": "#1b5e20", "application": "#0d47a1"}


class CasesWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        actor = ctx.actor
        self.supervises = bool(actor and allowed(actor.role, Perm.SUPERVISE_CASES))
        self.case: CaseDetail | None = None
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.refresh()
        self.table.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("casesWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=12000, timer_name="casesMessageTimer")

        list_pane = QWidget(objectName="caseListPane")
        self.list_title = QLabel(objectName="caseListTitle")
        self.list_title.setProperty("role", "paneTitle")
        self.filter_label = QLabel(objectName="caseFilterLabel")
        self.stage_filter = QComboBox(objectName="caseStageFilter")
        # Its longest English stage name must not widen the window past a 1366-pixel screen in large font.
        self.stage_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage_filter.setMinimumContentsLength(10)
        for code in FILTERS:
            self.stage_filter.addItem("", code)
        self.filter_label.setBuddy(self.stage_filter)
        self.mine_only = QCheckBox(objectName="caseMineOnly")
        self.mine_only.setVisible(self.supervises)
        self.count_label = QLabel(objectName="caseCount")
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.mine_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        columns = [
            Column(lambda: self.tr("Number"), lambda c: c.number),
            Column(lambda: self.tr("Resident"), lambda c: c.resident_name),
            Column(lambda: self.tr("Title"), lambda c: c.title),
            Column(lambda: self.tr("Stage"), lambda c: pair(STAGE_SHORT[c.stage]), lambda c: STAGE_COLORS.get(c.stage)),
        ]
        if self.supervises:
            columns.append(Column(lambda: self.tr("Worker"), lambda c: c.worker_name))
        columns.append(Column(lambda: self.tr("Notes"), lambda c: c.note_count))
        self.model = RowsModel(columns, self)
        self.table = QTableView(objectName="caseTable")
        setup_results_table(self.table, self.model, stretch_column=2)
        self.new_button = QPushButton(objectName="newCaseButton")
        self.new_button.setProperty("role", "primary")
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addStretch(1)
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(6, 6, 6, 6)
        list_layout.addWidget(self.list_title)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(list_buttons)

        case_pane = QWidget(objectName="casePane")
        self.header_title = QLabel(objectName="caseHeaderTitle")
        self.header_title.setProperty("role", "paneTitle")
        self.header_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_resident = QLabel(objectName="caseHeaderResident")
        self.header_worker = QLabel(objectName="caseHeaderWorker")
        self.strip = StageStrip(self)
        self.advance_button = QPushButton(objectName="advanceCaseButton")
        self.advance_button.setProperty("role", "primary")
        header_row = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(self.header_title)
        header_text.addWidget(self.header_resident)
        header_text.addWidget(self.header_worker)
        header_row.addLayout(header_text, 1)
        header_row.addWidget(self.advance_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.notes_tab = NotesTab(self.ctx, self)
        self.plan_tab = PlanTab(self.ctx, self)
        self.links_tab = LinksTab(self.ctx, self)
        self.closure_tab = ClosureTab(self.ctx, self)
        self.tabs = QTabWidget(objectName="caseTabs")
        for tab in (self.notes_tab, self.plan_tab, self.links_tab, self.closure_tab):
            self.tabs.addTab(tab, "")
        case_layout = QVBoxLayout(case_pane)
        case_layout.setContentsMargins(6, 6, 6, 6)
        case_layout.addLayout(header_row)
        case_layout.addWidget(self.strip)
        case_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="casesSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(case_pane)
        self.splitter.setSizes([600, 766] if self.supervises else [520, 846])
        self.splitter.setChildrenCollapsible(False)
        self.status_station, self.status_worker = install_body(self, "cases", self.message_bar, self.splitter)
        for a, b in ((self.stage_filter, self.mine_only), (self.mine_only, self.table),
                     (self.table, self.new_button), (self.new_button, self.advance_button),
                     (self.advance_button, self.tabs)):
            QWidget.setTabOrder(a, b)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("casesMenuBar")
        self.cases_menu = bar.addMenu("")
        self.cases_menu.setObjectName("casesMenu")

        def action(name, keys, slot):
            a = QAction(self, objectName=name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            self.cases_menu.addAction(a)
            return a

        self.new_action = action("actionNewCase", ["Ctrl+N"], self.new_case)
        self.advance_action = action("actionAdvanceCase", ["Ctrl+Return", "Ctrl+Enter"], self.advance)
        self.note_action = action("actionAddCaseNote", ["Ctrl+L"], self.note_shortcut)
        self.cases_menu.addSeparator()
        self.refresh_action = action("actionRefreshCases", ["F5"], self.refresh)
        self.close_action = action("actionCloseCases", [QKeySequence.StandardKey.Close], self.close)
        self.lang_menu = add_language_menu(self, ("casesLanguageMenu", "casesLangZh", "casesLangEn"))

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Escape", self.message_bar.dismiss, "casesShortcutDismiss")
        window_shortcut(self, "F3", lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason),
                        "casesShortcutList")
        for i in range(4):
            window_shortcut(self, f"Alt+{i + 1}", lambda i=i: self.tabs.setCurrentIndex(i), f"casesShortcutTab{i + 1}")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Social-work cases — %1").replace("%1", self.station.name))
        self.cases_menu.setTitle(self.tr("&Cases"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.new_action.setText(self.tr("&New case…"))
        self.advance_action.setText(self.tr("&Move to the next stage…"))
        self.note_action.setText(self.tr("Add a &note"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.close_action.setText(self.tr("C&lose"))
        self.list_title.setText(self.tr("All cases  (F3)") if self.supervises else self.tr("My cases  (F3)"))
        self.filter_label.setText(self.tr("&Show"))
        texts = {"": self.tr("All cases"), "open": self.tr("Open cases")}
        for i, code in enumerate(FILTERS):
            self.stage_filter.setItemText(i, texts.get(code) or pair(STAGE_LABELS[code]))
        self.mine_only.setText(self.tr("&Mine only"))
        self.new_button.setText(self.tr("New case (Ctrl+N)"))
        for i, text in enumerate((self.tr("Notes (Alt+1)"), self.tr("Plan (Alt+2)"), self.tr("Links (Alt+3)"),
                                  self.tr("Closure (Alt+4)"))):
            self.tabs.setTabText(i, text)
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Worker: %1").replace("%1", actor.name) if actor else "")
        self.model.relabel()
        self.strip.relabel()
        self._show_header()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.load_cases())
        self.mine_only.toggled.connect(lambda _on: self.load_cases())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._case_changed())
        self.new_button.clicked.connect(self.new_case)
        self.advance_button.clicked.connect(self.advance)
        for tab in (self.notes_tab, self.plan_tab, self.links_tab, self.closure_tab):
            tab.saved.connect(self._saved)
            tab.refused.connect(self.show_message)
        press_buttons_on_enter(self.new_button, self.advance_button, self.notes_tab.add_button,
                               self.plan_tab.save_button, self.links_tab.link_affair_button,
                               self.links_tab.link_partner_button, self.links_tab.unlink_button,
                               self.closure_tab.close_button)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def selected(self) -> CaseSummary | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Cases shown: %1").replace("%1", str(self.model.rowCount())))

    def refresh(self) -> None:
        self.load_cases()

    def load_cases(self, select_id: int | None = None) -> list[CaseSummary]:
        keep = select_id or (self.selected().id if self.selected() else None)
        try:
            rows = cases.list_cases(self.ctx, self.stage_filter.currentData() or "",
                                    mine_only=self.mine_only.isChecked())
        except DomainError as err:
            self.show_message(error_text(err))
            rows = []
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(next((i for i, c in enumerate(rows) if c.id == keep), 0))
        self._show_count()
        self._case_changed()
        return rows

    def _case_changed(self) -> None:
        chosen = self.selected()
        self.case = None
        if chosen is not None:
            try:
                self.case = cases.detail(self.ctx, chosen.id)
            except DomainError as err:
                self.show_message(error_text(err))
        for tab in (self.notes_tab, self.plan_tab, self.links_tab, self.closure_tab):
            tab.show_case(self.case)
        self.strip.set_stage(self.case.stage if self.case else "")
        self._show_header()

    def _show_header(self) -> None:
        c = self.case
        stage = c.stage if c else ""
        self.advance_button.setEnabled(stage not in ("", "closed"))
        self.advance_action.setEnabled(stage not in ("", "closed"))
        self.advance_button.setText(self.tr("Closure and evaluation… (Ctrl+Enter)") if stage == "closure"
                                    else self.tr("Next stage… (Ctrl+Enter)"))
        if c is None:
            self.header_title.setText(self.tr("No case selected"))
            self.header_resident.setText("")
            self.header_worker.setText("")
            return
        self.header_title.setText(f"{c.number}  {c.title}")
        resident = f"{c.resident_name} · {c.resident_id_masked}" + (f" · {c.resident_address}"
                                                                    if c.resident_address else "")
        self.header_resident.setText(self.tr("Resident: %1").replace("%1", resident))
        worker = self.tr("Worker: %1 · opened %2 by %3").replace("%1", c.worker_name).replace(
            "%2", date_text(c.opened_at)).replace("%3", c.opened_by_name)
        if c.closed_at:
            worker += " · " + self.tr("closed %1").replace("%1", date_text(c.closed_at))
        self.header_worker.setText(worker)

    def _saved(self, text: str) -> None:
        self.show_message(text, ok=True)
        self.load_cases(self.case.id if self.case else None)

    def _run(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def new_case(self) -> None:
        workers = None
        if self.supervises:
            try:
                workers = cases.case_workers(self.ctx)
            except DomainError as err:
                self.show_message(error_text(err))
                return
        dialog = NewCaseDialog(self.ctx, workers, self)
        if self._run(dialog):
            # Show the new case whatever the filter was.
            self.stage_filter.blockSignals(True)
            self.stage_filter.setCurrentIndex(0)
            self.stage_filter.blockSignals(False)
            self.mine_only.blockSignals(True)
            self.mine_only.setChecked(False)
            self.mine_only.blockSignals(False)
            self.load_cases(dialog.case.id)
            self.show_message(self.tr("Case %1 opened").replace("%1", dialog.case.number), ok=True)
            self.table.setFocus()

    def advance(self) -> None:
        c = self.case
        if c is None or c.stage == "closed":
            return
        if c.stage == "closure":
            # The last step ends with the evaluation, not a plain note.
            self.tabs.setCurrentWidget(self.closure_tab)
            self.closure_tab.evaluation.setFocus()
            return
        if c.stage == "plan" and not c.plan:
            self.tabs.setCurrentWidget(self.plan_tab)
            self.show_message(error_text(DomainError("case_plan_required")))
            return
        dialog = AdvanceDialog(self.ctx, c, self)
        if self._run(dialog):
            self.load_cases(c.id)
            self.show_message(self.tr("Case %1 is now at '%2'").replace("%1", c.number)
                              .replace("%2", pair(STAGE_LABELS[dialog.stage])), ok=True)
            if dialog.stage == "plan":
                self.tabs.setCurrentWidget(self.plan_tab)
            elif dialog.stage == "closure":
                self.tabs.setCurrentWidget(self.closure_tab)

    def note_shortcut(self) -> None:
        """Ctrl+L: to the note box; pressed again with a note written, adds it."""
        edit = self.notes_tab.edit
        if edit.hasFocus() and edit.toPlainText().strip():
            self.notes_tab.add_note()
            edit.setFocus()
            return
        self.tabs.setCurrentWidget(self.notes_tab)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
