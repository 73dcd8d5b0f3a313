"""The desk main window: resident | affair type | materials and actions."""
from __future__ import annotations

import logging
import shutil
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from app.services import acceptance, appointments
from app.services.context import ServiceContext
from app.services.dto import AffairResult, AffairSummary, ResidentDetail, StationInfo
from app.services.errors import DomainError
from app.services.lifecycle import STATE_LABELS
from app.services.reception_dto import TicketInfo

from ..chrome import MessageBar, VerticalScroll, add_language_menu, window_shortcut
from ..feedback import error_text
from ..formats import long_date_text
from ..i18n import LANGUAGE, pair
from ..register_dialog import RegisterResidentDialog
from .action_panel import ActionPanel
from .resident_panel import ResidentPanel
from .ticket_bar import TicketBar
from .type_panel import TypePanel

log = logging.getLogger(__name__)


class DeskWindow(QMainWindow):
    timelineRequested = Signal(int)  # resident id; the navigator opens the history

    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path,
                 backend: str = "SQLite", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        self.backend = backend
        self.resident: ResidentDetail | None = None
        self.last_result: AffairResult | None = None
        self.last_pdf: Path | None = None
        self.last_paper = "A5"
        self.printer_name = ""  # this desk's printer (desk settings); "" or "ask": the print dialog
        self.linked_ticket_id: int | None = None  # the ticket whose appointment got this desk's affair
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.residents.search.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("deskWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=12000, selectable=False)
        self.residents = ResidentPanel(self.ctx)
        self.types = TypePanel(self.ctx)
        self.actions_panel = ActionPanel(self.ctx)
        # The queue ticket sits over the resident pane: calling the next ticket is how a resident arrives.
        self.ticket_bar = TicketBar(self.ctx)
        left = QWidget(objectName="deskLeftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.ticket_bar)
        left_layout.addWidget(self.residents, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="deskSplitter")
        # Large font on a 768-pixel screen: the resident and the materials scroll rather than being cut off.
        for pane in (VerticalScroll(left, "deskLeftScroll"), self.types,
                     VerticalScroll(self.actions_panel, "deskActionScroll")):
            self.splitter.addWidget(pane)
        self.splitter.setSizes([540, 400, 426])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(objectName="deskCentral")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_station = QLabel(objectName="statusStation")
        self.status_worker = QLabel(objectName="statusWorker")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_station, 1)
        self.statusBar().addPermanentWidget(self.status_worker)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.new_action = QAction(self, objectName="actionNewResident")
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.quit_action = QAction(self, objectName="actionQuit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.lang_menu = add_language_menu(self)

    def _build_shortcuts(self) -> None:
        shortcut = partial(window_shortcut, self)
        shortcut("F3", lambda: self._focus(self.residents.search), "shortcutResident")
        shortcut("F4", lambda: self._focus(self.types.search), "shortcutType")
        shortcut("F2", lambda: self.register_resident(self.residents.search.text().strip()), "shortcutRegister")
        shortcut("F8", lambda: self.do_action("handle"), "shortcutHandle")
        shortcut("F9", lambda: self.do_action("accept"), "shortcutAccept")
        shortcut("F10", lambda: self.do_action("notice"), "shortcutNotice")
        shortcut("Ctrl+P", lambda: self.do_action("print"), "shortcutPrint")
        shortcut("Ctrl+S", lambda: self.do_action("save"), "shortcutSave")
        shortcut("Ctrl+A", self.actions_panel.tick_all, "shortcutAllMaterials")
        shortcut("Escape", self.hide_message, "shortcutDismiss")
        shortcut("Ctrl+H", self.residents.request_history, "shortcutHistory")
        shortcut("F12", self.ticket_bar.call_next, "shortcutCallNext")
        shortcut("Shift+F12", self.ticket_bar.recall, "shortcutRecall")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One Window — %1").replace("%1", self.station.name))
        self.file_menu.setTitle(self.tr("&Desk"))
        self.new_action.setText(self.tr("&Next resident"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.status_station.setText(f"{self.station.name} ({self.station.code}) · {self.backend}")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Worker: %1 · Desk: %2").replace("%1", actor.name).replace(
            "%2", actor.desk) if actor else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.residents.resident_chosen.connect(self.on_resident)
        self.residents.resume_requested.connect(self.on_resume)
        self.residents.register_requested.connect(self.register_resident)
        self.residents.timeline_requested.connect(self.timelineRequested)
        self.types.type_chosen.connect(self.on_type)
        self.actions_panel.action.connect(self.do_action)
        for pane in (self.residents, self.types, self.actions_panel):
            pane.message.connect(self.show_message)
        self.ticket_bar.message.connect(self.show_message)
        self.ticket_bar.called.connect(self.on_ticket_called)
        self.ticket_bar.released.connect(self.on_ticket_released)
        self.new_action.triggered.connect(self.next_resident)
        self.quit_action.triggered.connect(self.close)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def _focus(self, widget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        widget.selectAll()

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def on_resident(self, resident: ResidentDetail) -> None:
        self.resident = resident
        self.hide_message()
        self.actions_panel.update_buttons(has_resident=True)
        self._focus(self.types.search)

    def on_type(self, code: str) -> None:
        if self.actions_panel.set_type(code):
            self.actions_panel.update_buttons(has_resident=self.resident is not None)
            self.actions_panel.materials.setFocus()

    def on_resume(self, affair: AffairSummary) -> None:
        if self.actions_panel.set_type(affair.type_code, affair.id, affair.number):
            self.actions_panel.update_buttons(has_resident=True)
            self.actions_panel.materials.setFocus()

    def on_ticket_called(self, ticket: TicketInfo) -> None:
        """The next resident is on the way: open the desk on them, and on what they booked for."""
        self.next_resident()
        if ticket.resident_id is not None:
            self.residents.choose(ticket.resident_id)
            if ticket.type_code and self.resident is not None:
                self.types.select_code(ticket.type_code)
        if ticket.appointment_id is not None:
            self.actions_panel.channel.setCurrentIndex(max(0, self.actions_panel.channel.findData("appointment")))
        called = self.tr("Called %1").replace("%1", ticket.code)
        if ticket.resident_name:
            called += f" · {ticket.resident_name}"
        if ticket.appointment_id is not None:
            called += " · " + self.tr("appointment")
        self.show_message(called, ok=True)

    def on_ticket_released(self, ticket: TicketInfo) -> None:
        # A skipped resident never came: do not leave their record open for the next one.
        if ticket.state == "skipped" and self.last_result is None and self.resident is not None \
                and self.resident.id == ticket.resident_id:
            self.next_resident()

    def _link_appointment(self, result: AffairResult) -> None:
        """An affair recorded for a resident called from an appointment closes the appointment."""
        ticket = self.ticket_bar.current
        if ticket is None or ticket.appointment_id is None or self.linked_ticket_id == ticket.id \
                or self.resident is None or self.resident.id != ticket.resident_id:
            return
        try:
            appointments.attach_affair(self.ctx, ticket.appointment_id, result.id)
        except DomainError as err:
            self.show_message(self.message_bar.text() + "\n" + error_text(err))
            return
        self.linked_ticket_id = ticket.id
        linked = self.tr("Linked to the appointment of ticket %1").replace("%1", ticket.code)
        shown = self.message_bar.text() if self.message_bar.isVisible() else ""
        self.show_message(f"{shown}\n{linked}".strip(), ok=not (shown and self.message_bar.property("kind") == "error"))

    def register_resident(self, prefill: str = "") -> None:
        dialog = RegisterResidentDialog(self.ctx, prefill, self)
        if dialog.exec() != RegisterResidentDialog.DialogCode.Accepted:
            return
        resident_id = dialog.result_resident.id if dialog.result_resident else dialog.existing_id
        if resident_id is not None:
            self.residents.choose(resident_id)

    def next_resident(self) -> None:
        self.resident = None
        self.last_result = None
        self.last_pdf = None
        self.residents.clear()
        self.types.clear()
        self.actions_panel.clear()
        self.hide_message()

    def do_action(self, kind: str) -> None:
        panel = self.actions_panel
        if kind in ("handle", "accept"):
            button = panel.handle_button if kind == "handle" else panel.accept_button
            if button.isEnabled():
                self._record(acceptance.accept, "receipt")
            elif panel.type is not None and self.resident is not None and panel.required_missing():
                self.show_message(self.tr("Required materials are missing: issue a one-time notice (F10) "
                                          "or tick 'collect by home visit'."))
        elif kind == "notice" and panel.notice_button.isEnabled():
            self._record(acceptance.issue_notice, "notice")
        elif kind == "print" and self.last_pdf:
            self._print()
        elif kind == "save" and self.last_pdf:
            self._save_as()

    def _record(self, service, document: str) -> None:
        """Accept or issue a notice: the service decides, the desk prints what it recorded."""
        panel = self.actions_panel
        try:
            result = service(
                self.ctx, self.resident.id, panel.type.code, panel.statuses(),
                channel=panel.channel.currentData(), note=panel.note.text(),
                resume_affair_id=panel.resume_affair_id,
            )
        except DomainError as err:
            self.show_message(err.text(LANGUAGE.code))
            return
        self._after(result, document)

    def _after(self, result: AffairResult, document: str) -> None:
        self.last_result = result
        panel = self.actions_panel
        panel.resume_affair_id = None
        paper = panel.paper.currentData()
        self.last_paper = paper
        try:
            self.last_pdf = self.write_document(result.id, result.number, document, paper)
            if result.state == "completed" and result.closing_document == "certificate":
                # The resident came for the certificate: it is what Ctrl+P prints.
                self.last_pdf, self.last_paper = self.write_certificate(result.id), "A4"
        except Exception as err:  # PrintingError, OSError, DomainError: the affair is saved regardless
            log.exception("document for %s not written", result.number)
            self.last_pdf = None
            self.show_message(self.tr("Saved, but the document could not be written: %1").replace(
                "%1", error_text(err)))
        state = pair(STATE_LABELS.get(result.state, (result.state, result.state)))
        due = ""
        if result.committed_date and result.state != "completed":
            due = "<br>" + self.tr("Promised by %1").replace("%1", long_date_text(result.committed_date))
        panel.show_result(
            f"<span style='font-size:15pt'><b>{result.number}</b></span> · {state}{due}<br>"
            + (self.tr("Document: %1").replace("%1", self.last_pdf.name) if self.last_pdf else ""))
        panel.result.setToolTip(str(self.last_pdf or ""))
        panel.update_buttons(has_document=self.last_pdf is not None)
        if self.last_pdf is not None:
            self.show_message(self.tr("%1 recorded as %2 — Ctrl+P prints, Ctrl+N for the next resident")
                              .replace("%1", result.number).replace("%2", state), ok=True)
        self.residents.refresh_affairs()
        self._link_appointment(result)
        panel.print_button.setFocus()

    def write_document(self, affair_id: int, number: str, document: str, paper: str) -> Path:
        # reportlab costs ~0.3 s to import: keep it off the start-up path.
        from app import printing
        from app.services import documents

        self.output_dir.mkdir(parents=True, exist_ok=True)
        if document == "notice":
            doc = documents.notice(self.ctx, affair_id)
            path = self.output_dir / f"{number}-notice.pdf"
            printing.render_notice(doc, path, paper)
        else:
            doc = documents.receipt(self.ctx, affair_id)
            path = self.output_dir / f"{number}-receipt.pdf"
            printing.render_receipt(doc, path, paper)
        return path

    def write_certificate(self, affair_id: int) -> Path:
        from app import printing
        from app.services import certificates

        info = certificates.issue(self.ctx, affair_id)
        path = self.output_dir / f"{info.number}-certificate.pdf"
        printing.render_certificate(certificates.document(self.ctx, info.id), path)
        return path

    def _print(self) -> None:
        # Qt's printing module is loaded when first printing, not at start-up (10 ms of the start).
        from ..print_pdf import print_pdf

        try:
            print_pdf(self.last_pdf, self.last_paper, self, printer_name=self.printer_name)
        except OSError as err:
            self.show_message(error_text(err))

    def set_print_settings(self, paper: str, printer_name: str) -> None:
        """This desk's paper (the default of the paper choice) and printer, from the desk settings."""
        self.printer_name = printer_name
        index = self.actions_panel.paper.findData(paper)
        if index >= 0:
            self.actions_panel.paper.setCurrentIndex(index)

    def _save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path.home() / self.last_pdf.name),
                                                "PDF (*.pdf)")
        if target:
            try:
                shutil.copyfile(self.last_pdf, target)
            except OSError as err:
                self.show_message(error_text(err))
                return
            self.show_message(self.tr("Saved to %1").replace("%1", target), ok=True)
