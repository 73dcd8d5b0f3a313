"""Reception (前台): the day's appointments with check-in, booking and import | walk-in queue tickets."""
from __future__ import annotations

import logging
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from app.services import appointments, tickets
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError
from app.services.reception_dto import AppointmentInfo, TicketInfo

from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import date_text
from ..i18n import LANGUAGE, pair
from ..models import Column, RowsModel
from ..print_pdf import print_pdf
from ..search_list import setup_results_table
from .dialogs import BookingDialog, ImportReportDialog, TextDialog, pydate, qdate, slot_text
from .labels import APPOINTMENT_STATE_COLORS, APPOINTMENT_STATE_LABELS, CHANNEL_LABELS, label
from .slip import write_slip
from .ticket_panel import TicketPanel

log = logging.getLogger(__name__)

STATE_FILTERS = ("", "booked", "checked_in", "no_show", "cancelled", "done")
WEEKDAYS = (("周一", "Mon"), ("周二", "Tue"), ("周三", "Wed"), ("周四", "Thu"), ("周五", "Fri"), ("周六", "Sat"),
            ("周日", "Sun"))


class _ArrowsTurnDays(QObject):
    """Left/Right on the appointment list turn the day: its rows are whole, so the keys are free."""

    def __init__(self, view: QTableView, turn):
        super().__init__(view)
        self.turn = turn
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) \
                and not event.modifiers():
            self.turn(-1 if event.key() == Qt.Key.Key_Left else 1)
            return True
        return False


class ReceptionWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        self.last_slip: Path | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.load_day()
        self.ticket_panel.refresh_queue()
        self.table.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("receptionWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=12000, timer_name="receptionMessageTimer")

        pane = QWidget(objectName="appointmentPane")
        self.title = QLabel(objectName="appointmentTitle")
        self.title.setProperty("role", "paneTitle")
        self.prev_button = QPushButton("◀", objectName="previousDayButton")
        self.next_button = QPushButton("▶", objectName="nextDayButton")
        self.today_button = QPushButton(objectName="todayButton")
        today = self.ctx.now().date()
        self.day_edit = QDateEdit(objectName="receptionDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(qdate(today))
        self.weekday = QLabel(objectName="receptionWeekday")
        self.state_filter = QComboBox(objectName="appointmentStateFilter")
        for code in STATE_FILTERS:
            self.state_filter.addItem("", code)
        self.state_label = QLabel()
        self.state_label.setBuddy(self.state_filter)
        self.count = QLabel(objectName="appointmentCount")
        days = QHBoxLayout()
        days.addWidget(self.prev_button)
        days.addWidget(self.day_edit)
        days.addWidget(self.weekday)
        days.addWidget(self.next_button)
        days.addWidget(self.today_button)
        days.addSpacing(12)
        days.addWidget(self.state_label)
        days.addWidget(self.state_filter)
        days.addStretch(1)
        # Beside the title: the day's row must fit a 1366-pixel screen in large font too.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.count)
        self.model = RowsModel([
            Column(lambda: self.tr("Time"), lambda a: slot_text(a.slot, a.slot_end)),
            Column(lambda: self.tr("Resident"), lambda a: a.resident_name),
            Column(lambda: self.tr("Phone"), lambda a: a.phone_masked or "—"),
            Column(lambda: self.tr("Affair type"),
                   lambda a: LANGUAGE.pick(a.type_name_zh, a.type_name_en) if a.type_code else "—"),
            Column(lambda: self.tr("Channel"), lambda a: label(CHANNEL_LABELS, a.channel),
                   lambda a: "#6a1b9a" if a.channel == "door_to_door" else None),
            Column(lambda: self.tr("State"), lambda a: label(APPOINTMENT_STATE_LABELS, a.state),
                   lambda a: APPOINTMENT_STATE_COLORS.get(a.state)),
            Column(lambda: self.tr("Ticket"), lambda a: a.ticket_code or ""),
            Column(lambda: self.tr("Note"), lambda a: a.note),
        ], self)
        self.table = QTableView(objectName="appointmentTable")
        setup_results_table(self.table, self.model, stretch_column=7)
        self.check_in_button = QPushButton(objectName="checkInButton")
        self.check_in_button.setProperty("role", "primary")
        self.no_show_button = QPushButton(objectName="noShowButton")
        self.cancel_button = QPushButton(objectName="cancelAppointmentButton")
        self.visited_button = QPushButton(objectName="visitedButton")
        self.book_button = QPushButton(objectName="bookButton")
        self.import_button = QPushButton(objectName="importBookingsButton")
        buttons = QHBoxLayout()
        for b in (self.check_in_button, self.no_show_button, self.cancel_button, self.visited_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.import_button)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(6, 6, 6, 6)
        pane_layout.addLayout(heading)
        pane_layout.addLayout(days)
        pane_layout.addWidget(self.table, 1)
        pane_layout.addLayout(buttons)

        self.ticket_panel = TicketPanel(self.ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="receptionSplitter")
        self.splitter.addWidget(pane)
        self.splitter.addWidget(self.ticket_panel)
        self.splitter.setSizes([936, 430])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.status_station, self.status_worker = install_body(self, "reception", self.message_bar, self.splitter)
        order = (self.prev_button, self.day_edit, self.next_button, self.today_button, self.state_filter, self.table,
                 self.check_in_button, self.no_show_button, self.cancel_button, self.visited_button, self.book_button,
                 self.import_button, self.ticket_panel.resident.search, self.ticket_panel.resident.results,
                 self.ticket_panel.pregnant, self.ticket_panel.clear_button, self.ticket_panel.issue_button)
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("receptionMenuBar")
        self.reception_menu = bar.addMenu("")
        self.reception_menu.setObjectName("receptionMenu")

        def action(name, key, slot):
            a = QAction(self, objectName=name)
            a.setShortcut(QKeySequence(key))
            a.triggered.connect(slot)
            self.reception_menu.addAction(a)
            return a

        self.book_action = action("actionBook", "Ctrl+B", self.book)
        self.import_action = action("actionImportBookings", "Ctrl+I", self.import_bookings)
        self.reception_menu.addSeparator()
        self.reprint_action = action("actionReprintSlip", "Ctrl+P", self.reprint)
        self.refresh_action = action("actionRefreshReception", "F5", self.refresh)
        self.reception_menu.addSeparator()
        self.close_action = action("actionCloseReception", QKeySequence.StandardKey.Close, self.close)
        self.lang_menu = add_language_menu(self, ("receptionLanguageMenu", "receptionLangZh", "receptionLangEn"))

    def _build_shortcuts(self) -> None:
        shortcut = partial(window_shortcut, self)
        shortcut("F9", self.check_in, "receptionShortcutCheckIn")
        shortcut("F2", self.issue_ticket, "receptionShortcutIssue")
        shortcut("F3", lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason), "receptionShortcutList")
        shortcut("F4", self._focus_walk_in, "receptionShortcutWalkIn")
        shortcut("Alt+Left", lambda: self.turn_day(-1), "receptionShortcutPreviousDay")
        shortcut("Alt+Right", lambda: self.turn_day(1), "receptionShortcutNextDay")
        shortcut("Alt+Home", self.go_today, "receptionShortcutToday")
        shortcut("Escape", self.hide_message, "receptionShortcutDismiss")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reception — %1").replace("%1", self.station.name))
        self.reception_menu.setTitle(self.tr("&Reception"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.book_action.setText(self.tr("&Book an appointment…"))
        self.import_action.setText(self.tr("&Import bookings…"))
        self.reprint_action.setText(self.tr("Re&print the last ticket slip"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.close_action.setText(self.tr("C&lose"))
        self.title.setText(self.tr("Appointments  (F3)"))
        self.prev_button.setToolTip(self.tr("Previous day (Alt+←)"))
        self.next_button.setToolTip(self.tr("Next day (Alt+→)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Back to today (Alt+Home)"))
        self.state_label.setText(self.tr("&Show"))
        self.state_filter.setItemText(0, self.tr("All"))
        for i, code in enumerate(STATE_FILTERS[1:], start=1):
            self.state_filter.setItemText(i, label(APPOINTMENT_STATE_LABELS, code))
        self.check_in_button.setText(self.tr("Check in (F9)"))
        self.check_in_button.setToolTip(self.tr("The resident has arrived: issue and print the queue ticket "
                                                "(Enter on the list does the same)"))
        self.no_show_button.setText(self.tr("&No-show"))
        self.cancel_button.setText(self.tr("&Cancel…"))
        self.visited_button.setText(self.tr("&Visited…"))
        self.visited_button.setToolTip(self.tr("A door-to-door appointment: the visit was made"))
        self.book_button.setText(self.tr("Book… (Ctrl+B)"))
        self.import_button.setText(self.tr("Import… (Ctrl+I)"))
        self.import_button.setToolTip(self.tr("Import bookings made online or by the subdistrict"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Worker: %1 · Desk: %2").replace("%1", actor.name).replace(
            "%2", actor.desk) if actor else "")
        self.model.relabel()
        self._show_day()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.prev_button.clicked.connect(lambda: self.turn_day(-1))
        self.next_button.clicked.connect(lambda: self.turn_day(1))
        self.today_button.clicked.connect(self.go_today)
        self.day_edit.dateChanged.connect(lambda _d: self.load_day())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.load_day())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda _i: self.check_in())
        _ArrowsTurnDays(self.table, self.turn_day)
        self.check_in_button.clicked.connect(self.check_in)
        self.no_show_button.clicked.connect(self.no_show)
        self.cancel_button.clicked.connect(self.cancel)
        self.visited_button.clicked.connect(self.visited)
        self.book_button.clicked.connect(self.book)
        self.import_button.clicked.connect(self.import_bookings)
        self.ticket_panel.issue_requested.connect(self.issue_ticket)
        self.ticket_panel.message.connect(self.show_message)
        press_buttons_on_enter(self.prev_button, self.next_button, self.today_button, self.check_in_button,
                               self.no_show_button, self.cancel_button, self.visited_button, self.book_button,
                               self.import_button)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def _focus_walk_in(self) -> None:
        self.ticket_panel.resident.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ticket_panel.resident.search.selectAll()

    def day(self) -> date:
        return pydate(self.day_edit.date())

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(qdate(day))  # dateChanged reloads

    def turn_day(self, step: int) -> None:
        self.set_day(self.day() + timedelta(days=step))

    def go_today(self) -> None:
        self.set_day(self.ctx.now().date())

    def _show_day(self) -> None:
        d = self.day()
        today = self.ctx.now().date()
        when = self.tr("today") if d == today else self.tr("tomorrow") if d == today + timedelta(days=1) else ""
        self.weekday.setText(pair(WEEKDAYS[d.weekday()]) + (f" · {when}" if when else ""))
        rows = self.model.rows
        if self.state_filter.currentData():
            self.count.setText(self.tr("%n appointment(s) shown", "", len(rows)))
            return
        arrived = sum(1 for a in rows if a.state in ("checked_in", "done"))
        expected = sum(1 for a in rows if a.state == "booked")
        self.count.setText(self.tr("%1 booked · %2 arrived · %3 still expected").replace(
            "%1", str(sum(1 for a in rows if a.state != "cancelled"))).replace("%2", str(arrived)).replace(
            "%3", str(expected)))

    def selected(self) -> AppointmentInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        self.load_day()
        self.ticket_panel.refresh_queue()

    def load_day(self, select_id: int | None = None) -> list[AppointmentInfo]:
        keep = select_id or (self.selected().id if self.selected() else None)
        try:
            rows = appointments.day_list(self.ctx, self.day(), state=self.state_filter.currentData() or "")
        except DomainError as err:
            self.show_message(error_text(err))
            rows = []
        self.model.set_rows(rows)
        if rows:
            # The first resident still expected is who walks in next.
            default = next((i for i, a in enumerate(rows) if a.state == "booked"), 0)
            self.table.selectRow(next((i for i, a in enumerate(rows) if a.id == keep), default))
        self._show_day()
        self._update_buttons()
        return rows

    def _update_buttons(self) -> None:
        a = self.selected()
        booked = a is not None and a.state == "booked"
        today = self.day() == self.ctx.now().date()
        door = booked and a.channel == "door_to_door"
        self.check_in_button.setEnabled(booked and today and not door)
        self.no_show_button.setEnabled(booked and not door)
        self.cancel_button.setEnabled(booked)
        self.visited_button.setEnabled(door)
        self.reprint_action.setEnabled(self.last_slip is not None)

    def _run(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _act(self, service, *args) -> bool:
        try:
            service(self.ctx, *args)
        except DomainError as err:
            self.show_message(error_text(err))
            self.load_day()
            return False
        return True

    def check_in(self) -> TicketInfo | None:
        a = self.selected()
        if a is None or not self.check_in_button.isEnabled():
            return None
        try:
            ticket = appointments.check_in(self.ctx, a.id)
        except DomainError as err:
            self.show_message(error_text(err))
            self.load_day()
            return None
        self.load_day(a.id)
        self._issued(ticket, a.resident_name)
        return ticket

    def no_show(self) -> None:
        a = self.selected()
        if a is None or not self.no_show_button.isEnabled():
            return
        if self._act(appointments.no_show, a.id):
            self.load_day(a.id)
            self.show_message(self.tr("%1 marked as not come").replace("%1", a.resident_name), ok=True)

    def cancel(self) -> None:
        a = self.selected()
        if a is None or not self.cancel_button.isEnabled():
            return
        who = f"{a.resident_name} · {date_text(a.day)} {slot_text(a.slot)}"
        dialog = TextDialog("cancelAppointmentDialog", self.tr("Cancel the appointment"),
                            self.tr("Cancel the appointment of %1?").replace("%1", who), self.tr("&Reason"),
                            True, self)
        if not self._run(dialog):
            return
        if self._act(appointments.cancel, a.id, dialog.text()):
            self.load_day(a.id)
            self.show_message(self.tr("Appointment of %1 cancelled").replace("%1", a.resident_name), ok=True)

    def visited(self) -> None:
        a = self.selected()
        if a is None or not self.visited_button.isEnabled():
            return
        dialog = TextDialog("visitedDialog", self.tr("Door-to-door visit made"),
                            self.tr("Record the visit to %1").replace("%1", a.resident_name),
                            self.tr("What was &done"), False, self)
        if not self._run(dialog):
            return
        if self._act(appointments.visited, a.id, dialog.text()):
            self.load_day(a.id)
            self.show_message(self.tr("Visit to %1 recorded").replace("%1", a.resident_name), ok=True)

    def book(self) -> AppointmentInfo | None:
        dialog = BookingDialog(self.ctx, self.day(), self)
        if not self._run(dialog) or dialog.appointment is None:
            return None
        booked = dialog.appointment
        if self.state_filter.currentData() not in ("", "booked"):
            self.state_filter.setCurrentIndex(0)
        if booked.day != self.day():
            self.day_edit.blockSignals(True)
            self.set_day(booked.day)
            self.day_edit.blockSignals(False)
        self.load_day(booked.id)
        self.show_message(self.tr("Booked %1 for %2 %3").replace("%1", booked.resident_name).replace(
            "%2", date_text(booked.day)).replace("%3", slot_text(booked.slot)), ok=True)
        self.table.setFocus()
        return booked

    def import_bookings(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bookings"), str(Path.home()),
            self.tr("Booking files (*.csv *.json);;All files (*)"))
        if not path:
            return
        try:
            report = appointments.import_file(self.ctx, path)
        except DomainError as err:
            self._show_report(error_text(err))
            return
        self.load_day()
        self.show_message(self.tr("Bookings imported: %1 created, %2 skipped (already imported)").replace(
            "%1", str(report.created)).replace("%2", str(report.skipped)), ok=True)

    def _show_report(self, text: str) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = ImportReportDialog(self.tr("Import bookings: nothing was imported"), text, self)
        self.report_dialog.open()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.report_dialog is not None:
            self.report_dialog.close()
        super().closeEvent(event)

    # -- tickets ------------------------------------------------------------

    def issue_ticket(self) -> TicketInfo | None:
        panel = self.ticket_panel
        try:
            ticket = tickets.issue(self.ctx, panel.resident_id(), priority_reason=panel.priority_reason())
        except DomainError as err:
            self.show_message(error_text(err))
            return None
        name = panel.resident.current.name if panel.resident.current else ""
        panel.reset()
        self._issued(ticket, name)
        return ticket

    def _issued(self, ticket: TicketInfo, name: str) -> None:
        """A ticket exists: show it big, write the slip and print it."""
        self.ticket_panel.show_ticket(ticket)
        self.ticket_panel.refresh_queue()
        try:
            self.last_slip = write_slip(self.ctx, ticket, self.output_dir)
        except Exception as err:  # PrintingError, OSError, DomainError: the ticket stands regardless
            log.exception("slip for %s not written", ticket.code)
            self.show_message(self.tr("Ticket %1 issued, but the slip could not be written: %2 — "
                                      "tell the resident the number").replace("%1", ticket.code).replace(
                "%2", error_text(err)))
            return
        finally:
            self._update_buttons()
        who = f" · {name}" if name else ""
        self.show_message(self.tr("Ticket %1%2: %3 waiting ahead; the slip is printing (Ctrl+P prints it again)")
                          .replace("%1", ticket.code).replace("%2", who).replace("%3", str(ticket.waiting_ahead)),
                          ok=True)
        self._print(self.last_slip)

    def reprint(self) -> None:
        if self.last_slip is not None:
            self._print(self.last_slip)

    def _print(self, path: Path) -> None:
        try:
            print_pdf(path, "roll80", self)
        except OSError as err:
            self.show_message(error_text(err))
