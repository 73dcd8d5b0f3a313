"""Reception dialogs: book an appointment, give a reason or a note, read an import's report."""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.services import appointments
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.reception_dto import AppointmentInfo, SlotInfo

from ..feedback import error_text
from ..visits.dialogs import label_buttons
from ..visits.pickers import ResidentPicker, TypePicker
from .labels import CHANNEL_LABELS, CHANNELS, label

ERROR_STYLE = "color: #b00020;"
NOTE_MAX = 500


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def slot_text(start: time, end: time | None = None) -> str:
    return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"


def _name_buttons(buttons: QDialogButtonBox) -> None:
    for b in buttons.buttons():
        b.setObjectName(buttons.objectName() + buttons.standardButton(b).name)


class BookingDialog(QDialog):
    """Books through appointments.book; `appointment` holds what was booked.
    Full slots (and today's past ones) are listed but cannot be chosen."""

    def __init__(self, ctx: ServiceContext, day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.appointment: AppointmentInfo | None = None
        self.slot_rows: list[SlotInfo] = []
        self._build_ui()
        self.day.setDate(qdate(max(day, ctx.now().date())))
        self.retranslate()
        self._wire()
        self.load_slots()
        self.resident.search.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("bookingDialog")
        self.setModal(True)
        self.resize(640, 700)
        self.resident = ResidentPicker(self.ctx, self)
        self.type_picker = TypePicker(self.ctx, self)
        today = self.ctx.now().date()
        self.day = QDateEdit(objectName="bookingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumDate(qdate(today))
        self.slots = QListWidget(objectName="bookingSlots")
        self.slots.setMinimumHeight(120)
        self.channel = QComboBox(objectName="bookingChannel")
        for code in CHANNELS:
            self.channel.addItem("", code)
        self.note = QLineEdit(objectName="bookingNote")
        self.note.setMaxLength(NOTE_MAX)
        self.labels = {key: QLabel() for key in ("resident", "type", "day", "slot", "channel", "note")}
        for key, buddy in (("resident", self.resident.search), ("type", self.type_picker.search), ("day", self.day),
                           ("slot", self.slots), ("channel", self.channel), ("note", self.note)):
            self.labels[key].setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.labels["resident"], self.resident)
        form.addRow(self.labels["type"], self.type_picker)
        form.addRow(self.labels["day"], self.day)
        form.addRow(self.labels["slot"], self.slots)
        form.addRow(self.labels["channel"], self.channel)
        form.addRow(self.labels["note"], self.note)
        self.message = QLabel(objectName="bookingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            objectName="bookingButtons")
        _name_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Book an appointment"))
        self.labels["resident"].setText(self.tr("&Resident"))
        self.labels["type"].setText(self.tr("&Affair type"))
        self.labels["day"].setText(self.tr("&Day"))
        self.labels["slot"].setText(self.tr("&Time"))
        self.labels["channel"].setText(self.tr("C&hannel"))
        self.labels["note"].setText(self.tr("&Note"))
        self.type_picker.search.setPlaceholderText(self.tr("Optional: affair type, name, code or pinyin initials"))
        self.note.setPlaceholderText(self.tr("Optional, e.g. comes with a relative"))
        for i, code in enumerate(CHANNELS):
            self.channel.setItemText(i, label(CHANNEL_LABELS, code))
        label_buttons(self.buttons, save=self.tr("Book"), cancel=self.tr("Cancel"))
        self._render_slots()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.resident.chosen.connect(lambda _r: self.type_picker.search.setFocus())
        self.type_picker.chosen.connect(lambda _t: self.slots.setFocus())
        for picker in (self.resident, self.type_picker):
            picker.message.connect(self.message.setText)
        self.day.dateChanged.connect(lambda _d: self.load_slots())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def chosen_day(self) -> date:
        return pydate(self.day.date())

    def load_slots(self) -> list[SlotInfo]:
        keep = self.chosen_slot()
        try:
            self.slot_rows = appointments.slots(self.ctx, self.chosen_day())
        except DomainError as err:
            self.slot_rows = []
            self.message.setText(error_text(err))
        self._render_slots(keep)
        return self.slot_rows

    def _bookable(self, s: SlotInfo) -> bool:
        # A slot still running can be booked, as the service allows.
        return s.free > 0 and datetime.combine(self.chosen_day(), s.end) > self.ctx.now()

    def _render_slots(self, keep: time | None = None) -> None:
        self.slots.clear()
        if not self.slot_rows:
            item = QListWidgetItem(self.tr("No appointments on this day (closed)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slots.addItem(item)
            return
        first = None
        for s in self.slot_rows:
            if s.free <= 0:
                state = self.tr("full")
            elif not self._bookable(s):
                state = self.tr("past")
            else:
                state = self.tr("%1 of %2 free").replace("%1", str(s.free)).replace("%2", str(s.capacity))
            item = QListWidgetItem(f"{slot_text(s.start, s.end)}    {state}")
            item.setData(Qt.ItemDataRole.UserRole, s.start)
            if not self._bookable(s):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            elif first is None or s.start == keep:
                first = item
            self.slots.addItem(item)
        if first is not None:
            self.slots.setCurrentItem(first)

    def slot_item(self, start: time) -> QListWidgetItem | None:
        for i in range(self.slots.count()):
            if self.slots.item(i).data(Qt.ItemDataRole.UserRole) == start:
                return self.slots.item(i)
        return None

    def chosen_slot(self) -> time | None:
        item = self.slots.currentItem() if hasattr(self, "slots") else None
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def save(self) -> bool:
        if self.resident.current is None:
            self.message.setText(self.tr("Choose the resident: type a name and press Enter"))
            self.resident.search.setFocus()
            return False
        slot = self.chosen_slot()
        if slot is None:
            self.message.setText(self.tr("Choose a time with free places"))
            self.slots.setFocus()
            return False
        chosen_type = self.type_picker.current
        try:
            self.appointment = appointments.book(
                self.ctx, self.resident.current.id, self.chosen_day(), slot,
                type_code=chosen_type.code if chosen_type else "", channel=self.channel.currentData(),
                note=self.note.text().strip())
        except DomainError as err:
            self.message.setText(error_text(err))
            self.load_slots()  # somebody else may have taken the last place meanwhile
            return False
        self.accept()
        return True


class TextDialog(QDialog):
    """One line of text to go with an action: the reason for a cancellation, the note of a visit."""

    def __init__(self, name: str, title: str, what: str, field: str, required: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.required = required
        self._title, self._what, self._field = title, what, field
        self.setObjectName(name)
        self.setModal(True)
        self.setMinimumWidth(460)
        self.what = QLabel(objectName=f"{name}What")
        self.what.setWordWrap(True)
        self.edit = QLineEdit(objectName=f"{name}Edit")
        self.edit.setMaxLength(NOTE_MAX)
        self.field_label = QLabel()
        self.field_label.setBuddy(self.edit)
        form = QFormLayout()
        form.addRow(self.what)
        form.addRow(self.field_label, self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName=f"{name}Buttons")
        _name_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(lambda _t: self._update_ok())
        self._update_ok()
        self.edit.setFocus()

    def retranslate(self) -> None:
        # The caller passes texts already translated in its own context.
        self.setWindowTitle(self._title)
        self.what.setText(self._what)
        self.field_label.setText(self._field)
        self.edit.setPlaceholderText(self.tr("Required") if self.required else self.tr("Optional"))
        label_buttons(self.buttons, ok=self.tr("OK"), cancel=self.tr("Cancel"))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()) or not self.required)

    def text(self) -> str:
        return self.edit.text().strip()


class ImportReportDialog(QDialog):
    """What an import said, in a box the worker can read, scroll and copy from."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(title)
        self.resize(640, 380)
        self.text = QPlainTextEdit(objectName="importReportText")
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="importReportButtons")
        _name_buttons(self.buttons)
        label_buttons_close(self.buttons, self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)


def label_buttons_close(buttons: QDialogButtonBox, text: str) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Close)
    if button is not None:
        button.setText(text)
