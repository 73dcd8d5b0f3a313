"""The back-office window of the deputy stationmaster: the queue of affairs to
transfer | one affair in full, with dispatch, urge, feedback, close."""
from __future__ import annotations

import logging
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.services import catalogue, lifecycle, queue, transfers
from app.services.backoffice_dto import AffairDetail, Digest, QueueResult
from app.services.context import ServiceContext
from app.services.deadlines import DUE_SOON, HALF, OVERDUE
from app.services.dto import PartnerInfo, StationInfo
from app.services.errors import DomainError
from app.services.lifecycle import ACTION_LABELS
from app.services.transfers import NOTIFY_LABELS, RESULT_LABELS

from ..chrome import MessageBar, VerticalScroll, add_language_menu, window_shortcut
from ..feedback import error_text
from ..i18n import LANGUAGE, pair
from ..print_pdf import print_pdf
from .common import DEADLINE_COLORS, DEADLINE_TEXT, label
from .detail_panel import DetailPanel
from .dialogs import (
    ActionDialog, CloseDialog, DispatchDialog, FeedbackDialog, NotifyDialog, ReasonDialog, UrgeDialog, WhistleDialog,
)
from .queue_view import QueueView

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
DIGEST_SHOWN = 2  # the banner names the first few and stays one line; the tooltip lists the rest
STYLE = f"""
QFrame#digestBanner {{ border-radius: 4px; padding: 2px 6px; }}
QFrame#digestBanner[kind="overdue"] {{ background: {DEADLINE_COLORS[OVERDUE]}; }}
QFrame#digestBanner[kind="due_soon"] {{ background: {DEADLINE_COLORS[DUE_SOON]}; }}
QFrame#digestBanner[kind="calm"] {{ background: #e8f5e9; }}
QLabel#digestText {{ font-size: 12pt; color: #222; }}
QTableView#queueTable, QTableView#legsTable, QTableView#eventsTable, QTableView#callInsTable,
QTableView#certificatesTable {{ font-size: 10pt; }}
QWidget#detailPanel QPushButton {{ padding: 5px 6px; }}
QPushButton#certificateButton:enabled {{ background: #1b5e20; color: white; font-weight: bold; border-radius: 4px; }}
"""


class A4Printer(QPrinter):
    """print_pdf lays pages out for A5 slips or the 80 mm roll; a certificate is A4 portrait."""

    def setPageLayout(self, layout: QPageLayout) -> bool:  # noqa: N802 - Qt API
        return super().setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), layout.orientation(),
                                                 layout.margins()))


class BackOfficeWindow(QMainWindow):
    agencyRequested = Signal(int)    # affair id  # noqa: N815 - Qt signal naming
    timelineRequested = Signal(int)  # resident id  # noqa: N815

    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        self.detail: AffairDetail | None = None
        self.current_id = 0
        self.result: QueueResult | None = None
        self.digest: Digest | None = None
        self.dialog: ActionDialog | None = None
        self.last_documents: list[tuple[Path, str]] = []  # (pdf, paper) of the last action
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.refresh()
        if not self.current_id and self.queue_view.model.rows:
            self.queue_view.table.selectRow(0)
        self.queue_view.table.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("backOfficeWindow")
        self.setStyleSheet(STYLE)
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=15000)
        self.digest_banner = QFrame(objectName="digestBanner")
        self.digest_label = QLabel(objectName="digestText")
        self.digest_label.setTextFormat(Qt.TextFormat.RichText)
        self.digest_label.setWordWrap(True)
        self.digest_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.digest_button = QPushButton(objectName="showOverdueButton")
        banner = QHBoxLayout(self.digest_banner)
        banner.setContentsMargins(6, 2, 6, 2)
        banner.addWidget(self.digest_label, 1)
        banner.addWidget(self.digest_button)
        self.queue_view = QueueView(self.ctx, self.station.id)
        self.detail_panel = DetailPanel()
        self.agency_button = self.detail_panel.agency_button
        self.timeline_button = self.detail_panel.timeline_button
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="backOfficeSplitter")
        self.splitter.addWidget(self.queue_view)
        # Large font on a 768-pixel screen: the affair's pane scrolls rather than pushing the window taller.
        self.splitter.addWidget(VerticalScroll(self.detail_panel, "detailScroll"))
        self.splitter.setSizes([800, 566])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(objectName="backOfficeCentral")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.digest_banner)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_counts = QLabel(objectName="statusCounts")
        self.status_worker = QLabel(objectName="statusWorker")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_counts, 1)
        self.statusBar().addPermanentWidget(self.status_worker)
        self.refresh_timer = QTimer(self, objectName="refreshTimer")
        self.refresh_timer.setInterval(REFRESH_MS)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        self.office_menu = bar.addMenu("")
        self.office_menu.setObjectName("officeMenu")
        self.refresh_action = QAction(self, objectName="actionRefresh")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.overdue_action = QAction(self, objectName="actionShowOverdue")
        self.overdue_action.setShortcut(QKeySequence("F6"))
        self.print_action = QAction(self, objectName="actionPrintLast")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setEnabled(False)
        self.quit_action = QAction(self, objectName="actionQuit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.refresh_action, self.overdue_action, self.print_action):
            self.office_menu.addAction(action)
        self.office_menu.addSeparator()
        self.office_menu.addAction(self.quit_action)
        self.lang_menu = add_language_menu(self)

    def _build_shortcuts(self) -> None:
        shortcut = partial(window_shortcut, self)
        shortcut("F3", lambda: self.queue_view.table.setFocus(Qt.FocusReason.ShortcutFocusReason), "shortcutQueue")
        shortcut("F7", lambda: self.queue_view.category.setFocus(Qt.FocusReason.ShortcutFocusReason),
                 "shortcutFilters")
        shortcut("Escape", self.hide_message, "shortcutDismiss")

    def retranslate(self) -> None:
        self.office_menu.setTitle(self.tr("&Back office"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.overdue_action.setText(self.tr("Show &overdue"))
        self.print_action.setText(self.tr("&Print the last documents"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.digest_button.setText(self.tr("Show overdue (F6)"))
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("%1 · %2 · Desk: %3").replace("%1", self.station.name).replace(
            "%2", actor.name if actor else "").replace("%3", actor.desk if actor else ""))
        self._show_counts()
        self._show_digest()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.queue_view.affair_selected.connect(self.on_selected)
        self.queue_view.loaded.connect(self.on_loaded)
        self.queue_view.message.connect(self.show_message)
        self.detail_panel.action.connect(self.do_action)
        self.digest_button.clicked.connect(self.show_overdue)
        self.digest_label.installEventFilter(self)
        self.refresh_action.triggered.connect(self.refresh)
        self.overdue_action.triggered.connect(self.show_overdue)
        self.print_action.triggered.connect(self.print_last)
        self.quit_action.triggered.connect(self.close)
        self.refresh_timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self.refresh_timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.digest_label and event.type() == QEvent.Type.MouseButtonRelease:
            self.show_overdue()
            return True
        return super().eventFilter(obj, event)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def refresh(self) -> None:
        """Queue, digest and the affair on screen, read again; the selection stays on the same affair."""
        self.queue_view.reload(self.current_id or None)
        try:
            self.digest = queue.digest(self.ctx)
        except DomainError as err:
            self.show_message(error_text(err))
        self._show_digest()
        if self.current_id:
            self.load_detail(self.current_id)

    def on_loaded(self, result: QueueResult) -> None:
        self.result = result
        self._show_counts()

    def on_selected(self, affair_id: int) -> None:
        if affair_id and affair_id != self.current_id:
            self.load_detail(affair_id)

    def load_detail(self, affair_id: int) -> AffairDetail | None:
        try:
            detail = queue.detail(self.ctx, affair_id)
        except DomainError as err:
            self.show_message(error_text(err))
            return None
        self.current_id = affair_id
        self.detail = detail
        self.detail_panel.show_detail(detail)
        return detail

    def show_overdue(self) -> None:
        self.show_deadline(OVERDUE)

    def show_deadline(self, state: str) -> None:
        """The queue narrowed to one deadline state (the dashboard's overdue and due-soon tiles lead here)."""
        self.queue_view.clear_filters()
        self.queue_view.set_deadline_filter(state)
        if self.queue_view.model.rows and not self.queue_view.selected_row():
            self.queue_view.table.selectRow(0)
        self.queue_view.table.setFocus()

    def _show_counts(self) -> None:
        r = self.result
        if r is None:
            return
        shown, overdue, soon = len(r.rows), r.counts.get(OVERDUE, 0), r.counts.get(DUE_SOON, 0)
        self.setWindowTitle(self.tr("Back office — %1 affairs (%2 overdue · %3 due soon)").replace(
            "%1", str(shown)).replace("%2", str(overdue)).replace("%3", str(soon)))
        self.status_counts.setText(
            self.tr("%1 shown of %2 open · %3 overdue · %4 due soon · %5 half used · %6 urgent")
            .replace("%1", str(shown)).replace("%2", str(r.total)).replace("%3", str(overdue))
            .replace("%4", str(soon)).replace("%5", str(r.counts.get(HALF, 0))).replace("%6", str(r.urgent)))

    def digest_text(self) -> str:
        """One line: how many are overdue, due soon, urgent, then the most pressing few by name."""
        d = self.digest
        if d is None:
            return ""
        if not (d.overdue or d.due_soon or d.urgent):
            return self.tr("Nothing overdue or due soon.")
        head = self.tr("Overdue %1, due soon %2, urgent %3:").replace("%1", str(d.overdue)).replace(
            "%2", str(d.due_soon)).replace("%3", str(d.urgent))
        shown = "；".join(self._digest_item(i, brief=True) for i in d.items[:DIGEST_SHOWN])
        return f"{head} {shown}" + (" …" if len(d.items) > DIGEST_SHOWN else "")

    def _digest_item(self, item, brief: bool = False) -> str:
        # The banner stays one line: number and name; the tooltip adds the affair type.
        text = f"{item.number} {item.resident_name}"
        if not brief:
            text += f" {LANGUAGE.pick(item.type_name_zh, item.type_name_en)}"
        if item.days_overdue:
            text += " " + self.tr("(%n working day(s) overdue)", "", item.days_overdue)
        return text

    def _show_digest(self) -> None:
        d = self.digest
        text = self.digest_text()
        kind = "overdue" if d and d.overdue else "due_soon" if d and (d.due_soon or d.urgent) else "calm"
        self.digest_banner.setProperty("kind", kind)
        self.digest_banner.style().unpolish(self.digest_banner)
        self.digest_banner.style().polish(self.digest_banner)
        color = DEADLINE_TEXT.get(kind, "#1b5e20")
        self.digest_label.setText(f"<span style='color:{color}'><b>{escape(text)}</b></span>")
        items = "<br>".join(escape(self._digest_item(i)) for i in d.items) if d else ""
        hint = escape(self.tr("Click to show the overdue affairs"))
        self.digest_label.setToolTip(f"{items}<br><i>{hint}</i>" if items else hint)
        self.digest_button.setVisible(bool(d and d.overdue))

    # -- actions ------------------------------------------------------------

    def partners(self, kind: str | None = None) -> list[PartnerInfo]:
        """Those an affair may be sent to now; the queue's filter still lists retired ones."""
        return catalogue.list_partners(self.ctx, kind, active_only=True)

    def do_action(self, kind: str) -> None:
        d = self.detail
        if d is None:
            return
        if kind == "agency":
            self.agencyRequested.emit(d.id)
            return
        if kind == "timeline":
            self.timelineRequested.emit(d.resident_id)
            return
        button = self.detail_panel.buttons.get(kind)
        if button is not None and not button.isEnabled():
            self._explain_refusal(kind)
            return
        handlers = {
            "dispatch": lambda: self.open_dispatch(refer=False), "refer": lambda: self.open_dispatch(refer=True),
            "whistle": self.open_whistle, "urge": self.open_urge, "feedback": self.open_feedback,
            "notify": self.open_notify, "close": self.open_close,
            "reopen": lambda: self.open_reason("reopen"), "cancel": lambda: self.open_reason("cancel"),
            "certificate": self.issue_certificate, "check_in": self.check_in, "print_slip": self.print_slip,
            "print_certificate": self.print_certificate,
        }
        try:
            handlers[kind]()
        except DomainError as err:
            self.show_message(error_text(err))

    def _explain_refusal(self, kind: str) -> None:
        # An action asked for while its button is disabled: say why in the state machine's own words.
        try:
            lifecycle.target(self.detail.state, kind)
        except DomainError as err:
            self.show_message(error_text(err))

    def _open(self, dialog: ActionDialog, done) -> ActionDialog:
        """Window-modal and non-blocking: the queue keeps refreshing behind it, and tests can drive it."""
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _done(self, text: str) -> None:
        self.refresh()
        self.show_message(text, ok=True)

    def open_dispatch(self, refer: bool = False) -> DispatchDialog:
        d = self.detail
        state = {}

        def submit(dlg: DispatchDialog) -> None:
            state["before"] = {g.id for g in queue.detail(self.ctx, d.id).legs}
            state["refer"] = dlg.refer
            if dlg.refer:
                transfers.refer(self.ctx, d.id, dlg.codes(), dlg.text())
            else:
                transfers.dispatch(self.ctx, d.id, dlg.codes(), dlg.text(), phone_consent=dlg.consent.isChecked())

        def done() -> None:
            self.refresh()
            new = [g for g in (self.detail.legs if self.detail else ()) if g.id not in state["before"]]
            names = "、".join(pair((g.partner_name_zh, g.partner_name_en)) for g in new)
            text = (self.tr("Referred to %1.") if state["refer"] else self.tr("Dispatched to %1.")).replace(
                "%1", names)
            slips, written = self._write_slips(new)
            self.show_message(f"{text} {slips}", ok=written)

        return self._open(DispatchDialog(d, self.partners(), submit, refer=refer,
                                         refer_allowed="refer" in d.actions, parent=self), done)

    def _write_slips(self, legs) -> tuple[str, bool]:
        """Render each new leg's slip; says where they are, and whether all were written."""
        paths, failed = [], ""
        for leg in legs:
            try:
                paths.append(self.write_slip(leg.id))
            except Exception as err:  # PrintingError, OSError: the dispatch is recorded regardless
                log.exception("referral slip for leg %s not written", leg.id)
                failed = self.tr("The slip could not be written: %1").replace("%1", error_text(err))
        self._remember([(p, "A5") for p in paths])
        saved = self.tr("Slips saved in %1: %2 — Ctrl+P prints them.").replace("%1", str(self.output_dir)).replace(
            "%2", "、".join(p.name for p in paths)) if paths else ""
        return f"{saved} {failed}".strip(), not failed

    def write_slip(self, leg_id: int) -> Path:
        # reportlab costs ~0.3 s to import: keep it off the start-up path.
        from app.printing.output import referral_bytes, write_pdf
        from app.services import documents

        doc = documents.referral(self.ctx, leg_id)
        path = self.output_dir / f"{doc.slip_number}-referral.pdf"
        self.output_dir.mkdir(parents=True, exist_ok=True)
        write_pdf(referral_bytes(doc, "A5"), path)
        return path

    def write_certificate(self, certificate_id: int, reprint: bool = False) -> Path:
        from app.printing.output import certificate_bytes, write_pdf
        from app.services import certificates  # builds CertificateDoc, so it loads reportlab too

        doc = certificates.document(self.ctx, certificate_id, reprint=reprint)
        path = self.output_dir / (f"{doc.number}-certificate-copy.pdf" if reprint else f"{doc.number}-certificate.pdf")
        self.output_dir.mkdir(parents=True, exist_ok=True)
        write_pdf(certificate_bytes(doc), path)
        return path

    def open_whistle(self) -> WhistleDialog:
        d = self.detail
        state = {}

        departments = self.partners("department")

        def submit(dlg: WhistleDialog) -> None:
            state["names"] = "、".join(pair((p.name_zh, p.name_en)) for p in departments if p.code in dlg.codes())
            transfers.whistle(self.ctx, d.id, dlg.codes(), dlg.text())

        return self._open(WhistleDialog(d, departments, submit, parent=self), lambda: self._done(
            self.tr("Immediate Response started: %1 called in; due today.").replace("%1", state["names"])))

    def open_urge(self) -> UrgeDialog:
        d = self.detail
        state = {}

        def submit(dlg: UrgeDialog) -> None:
            state["count"] = transfers.urge(self.ctx, d.id, dlg.text())

        return self._open(UrgeDialog(d, submit, parent=self), lambda: self._done(
            self.tr("Urged (%n time(s) so far).", "", state["count"])))

    def open_feedback(self) -> FeedbackDialog:
        d = self.detail
        state = {}

        def submit(dlg: FeedbackDialog) -> None:
            leg = next(g for g in d.legs if g.id == dlg.leg_id())
            state["who"] = pair((leg.partner_name_zh, leg.partner_name_en))
            state["result"] = label(RESULT_LABELS, dlg.result_code())
            state["state"] = transfers.feedback(self.ctx, leg.id, dlg.result_code(), dlg.text())

        def done() -> None:
            text = self.tr("Feedback from %1 recorded: %2.").replace("%1", state["who"]).replace(
                "%2", state["result"])
            if state["state"] == "answered":
                text += " " + self.tr("Every dispatch has answered: tell the resident (Ctrl+T), then close.")
            self._done(text)

        selected = self.detail_panel.selected_leg()
        return self._open(FeedbackDialog(d, submit, selected.id if selected else None, parent=self), done)

    def open_notify(self) -> NotifyDialog:
        d = self.detail
        state = {}

        def submit(dlg: NotifyDialog) -> None:
            state["how"] = label(NOTIFY_LABELS, dlg.method_code())
            transfers.notify(self.ctx, d.id, dlg.method_code(), dlg.text())

        return self._open(NotifyDialog(d, submit, parent=self), lambda: self._done(
            self.tr("Recorded: %1 was told (%2).").replace("%1", d.resident_name).replace("%2", state["how"])))

    def open_close(self) -> CloseDialog:
        d = self.detail

        def submit(dlg: CloseDialog) -> None:
            transfers.close(self.ctx, d.id, rating=dlg.rating(), comment=dlg.comment_text(),
                            no_rating_reason=dlg.reason_text())

        def done() -> None:
            text = self.tr("%1 closed.").replace("%1", d.number)
            if d.closing_document == "certificate":
                text += " " + self.tr("Issue the certificate now (Ctrl+K).")
            self._done(text)

        return self._open(CloseDialog(d, submit, parent=self), done)

    def open_reason(self, kind: str) -> ReasonDialog:
        d = self.detail
        service = transfers.reopen if kind == "reopen" else transfers.cancel

        def submit(dlg: ReasonDialog) -> None:
            service(self.ctx, d.id, dlg.text())

        return self._open(ReasonDialog(d, kind, submit, parent=self), lambda: self._done(
            self.tr("%1: %2 done.").replace("%1", d.number).replace("%2", label(ACTION_LABELS, kind))))

    def check_in(self) -> None:
        call = self.detail_panel.selected_call()
        if call is None:
            return
        transfers.check_in(self.ctx, call.id)
        self._done(self.tr("%1 has checked in.").replace("%1", pair((call.partner_name_zh, call.partner_name_en))))

    def issue_certificate(self) -> Path | None:
        from app.services import certificates

        d = self.detail
        info = certificates.issue(self.ctx, d.id)
        self.refresh()
        try:
            path = self.write_certificate(info.id)
        except Exception as err:  # PrintingError, OSError: the certificate is numbered and recorded regardless
            log.exception("certificate %s not written", info.number)
            self.show_message(self.tr("Certificate %1 issued, but the PDF could not be written: %2").replace(
                "%1", info.number).replace("%2", error_text(err)))
            return None
        self._remember([(path, "A4")])
        self.show_message(self.tr("Certificate %1 issued and saved as %2 — Ctrl+P prints it (A4).").replace(
            "%1", info.number).replace("%2", str(path)), ok=True)
        return path

    # -- printing -----------------------------------------------------------

    def _remember(self, documents: list[tuple[Path, str]]) -> None:
        self.last_documents = documents
        self.print_action.setEnabled(bool(documents))

    def print_file(self, path: Path, paper: str, printer: QPrinter | None = None, ask: bool = True) -> bool:
        """paper: A5 | roll80 (slips, as the desk prints them) or A4 (certificates; pass an A4Printer if any)."""
        if paper == "A4" and printer is None:
            printer = A4Printer(QPrinter.PrinterMode.HighResolution)
        return print_pdf(path, paper, self, printer=printer, ask=ask)

    def _print(self, documents: list[tuple[Path, str]]) -> None:
        try:
            for path, paper in documents:
                if not self.print_file(path, paper):
                    return
        except OSError as err:
            self.show_message(error_text(err))

    def print_last(self) -> None:
        self._print(self.last_documents)

    def print_slip(self) -> None:
        leg = self.detail_panel.selected_leg()
        if leg is None:
            return
        try:
            path = self.write_slip(leg.id)
        except Exception as err:  # PrintingError, OSError, DomainError: nothing to print, say why
            log.exception("referral slip for leg %s not written", leg.id)
            self.show_message(self.tr("The slip could not be written: %1").replace("%1", error_text(err)))
            return
        self._print([(path, "A5")])

    def print_certificate(self) -> None:
        cert = self.detail_panel.selected_certificate()
        if cert is None:
            return
        # The original went out when it was issued (Ctrl+P right after); any later print is a counted, marked copy.
        try:
            path = self.write_certificate(cert.id, reprint=True)
        except Exception as err:  # PrintingError, OSError, DomainError (e.g. voided meanwhile)
            log.exception("certificate %s copy not written", cert.number)
            self.show_message(error_text(err))
            return
        self.refresh()
        self._print([(path, "A4")])

