"""The week's opening hours as a grid: one row a weekday, open or closed, a morning and an
optional afternoon, the slot length and how many residents a slot takes. The same periods
are the appointment slots (app.services.appointments)."""
from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from app.services.reception_dto import SlotRuleInfo

MORNING = (time(8, 30), time(12, 0))
AFTERNOON = (time(13, 30), time(17, 30))


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class _Row:
    """The widgets of one weekday."""

    def __init__(self, grid: "HoursGrid", weekday: int):
        self.weekday = weekday
        self.open = QCheckBox(objectName=f"hoursOpen_{weekday}")
        self.am_start = grid.time_edit(f"hoursAmStart_{weekday}")
        self.am_end = grid.time_edit(f"hoursAmEnd_{weekday}")
        self.pm = QCheckBox(objectName=f"hoursPm_{weekday}")
        self.pm_start = grid.time_edit(f"hoursPmStart_{weekday}")
        self.pm_end = grid.time_edit(f"hoursPmEnd_{weekday}")
        self.minutes = QSpinBox(objectName=f"hoursMinutes_{weekday}")
        self.minutes.setRange(5, 240)
        self.minutes.setSingleStep(5)
        self.capacity = QSpinBox(objectName=f"hoursCapacity_{weekday}")
        self.capacity.setRange(1, 50)
        self.dashes = (QLabel("–", objectName=f"hoursAmDash_{weekday}"),
                       QLabel("–", objectName=f"hoursPmDash_{weekday}"))
        self.extra: list[SlotRuleInfo] = []  # a third period and more: kept as they are

    def widgets(self) -> list[QWidget]:
        return [self.open, self.am_start, self.dashes[0], self.am_end, self.pm, self.pm_start, self.dashes[1],
                self.pm_end, self.minutes, self.capacity]

    def set(self, rules: list[SlotRuleInfo]) -> None:
        rules = sorted(rules, key=lambda r: r.start)
        self.open.setChecked(bool(rules))
        first = rules[0] if rules else SlotRuleInfo(self.weekday, *MORNING, 30, 3)
        self.am_start.setTime(_qtime(first.start))
        self.am_end.setTime(_qtime(first.end))
        self.minutes.setValue(first.minutes)
        self.capacity.setValue(first.capacity)
        second = rules[1] if len(rules) > 1 else None
        self.pm.setChecked(second is not None or not rules)
        self.pm_start.setTime(_qtime(second.start if second else AFTERNOON[0]))
        self.pm_end.setTime(_qtime(second.end if second else AFTERNOON[1]))
        self.extra = rules[2:]

    def rules(self) -> list[SlotRuleInfo]:
        if not self.open.isChecked():
            return []
        minutes, capacity = self.minutes.value(), self.capacity.value()
        found = [SlotRuleInfo(self.weekday, _time(self.am_start.time()), _time(self.am_end.time()), minutes, capacity)]
        if self.pm.isChecked():
            found.append(SlotRuleInfo(self.weekday, _time(self.pm_start.time()), _time(self.pm_end.time()),
                                      minutes, capacity))
        return found + self.extra


class HoursGrid(QWidget):
    changed = Signal()

    def __init__(self, name: str = "hoursGrid", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.read_only = False
        self._build_ui()
        self.retranslate()
        for row in self.rows:
            for w in (row.open, row.pm):
                w.toggled.connect(self._update_enabled)
                w.toggled.connect(self.changed)
            for w in (row.am_start, row.am_end, row.pm_start, row.pm_end):
                w.timeChanged.connect(self.changed)
            for w in (row.minutes, row.capacity):
                w.valueChanged.connect(self.changed)
        self.copy_button.clicked.connect(self.copy_monday)
        self._update_enabled()

    def time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(objectName=name)
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumWidth(84)
        return edit

    def _build_ui(self) -> None:
        self.rows = [_Row(self, weekday) for weekday in range(7)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.headers = {key: QLabel(objectName=f"hoursHeader_{key}") for key in
                        ("day", "morning", "afternoon", "minutes", "capacity")}
        for key, header in self.headers.items():
            header.setProperty("role", "columnHeader")
            header.setWordWrap(True)
        grid.addWidget(self.headers["day"], 0, 0)
        grid.addWidget(self.headers["morning"], 0, 1, 1, 3)
        grid.addWidget(self.headers["afternoon"], 0, 4, 1, 4)
        grid.addWidget(self.headers["minutes"], 0, 8)
        grid.addWidget(self.headers["capacity"], 0, 9)
        for row in self.rows:
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, row.weekday + 1, column)
        grid.setColumnStretch(10, 1)
        self.copy_button = QPushButton(objectName="hoursCopyMonday")
        self.copy_button.setAutoDefault(False)
        self.note = QLabel(objectName="hoursNote")
        self.note.setWordWrap(True)
        self.extra_note = QLabel(objectName="hoursExtraNote")
        self.extra_note.setWordWrap(True)
        self.extra_note.hide()
        below = QHBoxLayout()
        below.addWidget(self.copy_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(below)
        layout.addWidget(self.note)
        layout.addWidget(self.extra_note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        days = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        for row, day in zip(self.rows, days):
            row.open.setText(day)
            row.pm.setText(self.tr("Afternoon"))
            row.minutes.setSuffix(self.tr(" min"))
        self.headers["day"].setText(self.tr("Open on"))
        self.headers["morning"].setText(self.tr("Morning"))
        self.headers["afternoon"].setText(self.tr("Afternoon (tick to open)"))
        self.headers["minutes"].setText(self.tr("Slot length"))
        self.headers["capacity"].setText(self.tr("Residents per slot"))
        self.copy_button.setText(self.tr("Copy &Monday to Tuesday–Friday"))
        self.note.setText(self.tr("These periods are also the appointment slots. Public holidays close the "
                                  "station and make-up working days open it, as the official calendar says."))
        self.extra_note.setText(self.tr("Some days have more than two periods: the others are kept as they are."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def set_rules(self, rules) -> None:
        rules = list(rules)
        for row in self.rows:
            row.set([r for r in rules if r.weekday == row.weekday])
        self.extra_note.setVisible(any(row.extra for row in self.rows))
        self._update_enabled()

    def rules(self) -> tuple[SlotRuleInfo, ...]:
        return tuple(rule for row in self.rows for rule in row.rules())

    def copy_monday(self) -> None:
        monday = self.rows[0]
        for row in self.rows[1:5]:
            row.open.setChecked(monday.open.isChecked())
            row.pm.setChecked(monday.pm.isChecked())
            for source, target in ((monday.am_start, row.am_start), (monday.am_end, row.am_end),
                                   (monday.pm_start, row.pm_start), (monday.pm_end, row.pm_end)):
                target.setTime(source.time())
            row.minutes.setValue(monday.minutes.value())
            row.capacity.setValue(monday.capacity.value())
            row.extra = list(monday.extra)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.copy_button.setVisible(not read_only)
        self._update_enabled()

    def _update_enabled(self) -> None:
        """Closed days and afternoons are greyed out; read only, the hours stay readable but fixed."""
        ro = self.read_only
        for row in self.rows:
            open_ = row.open.isChecked()
            for w in (row.am_start, row.am_end, row.pm, row.minutes, row.capacity):
                w.setEnabled(open_)
            for w in (row.pm_start, row.pm_end):
                w.setEnabled(open_ and row.pm.isChecked())
            for box in (row.open, row.pm):
                box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, ro)
                box.setFocusPolicy(Qt.FocusPolicy.NoFocus if ro else Qt.FocusPolicy.StrongFocus)
            for w in (row.am_start, row.am_end, row.pm_start, row.pm_end, row.minutes, row.capacity):
                w.setReadOnly(ro)
                w.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if ro
                                   else QAbstractSpinBox.ButtonSymbols.UpDownArrows)

    def focus_day(self, weekday: int) -> None:
        self.rows[weekday].open.setFocus(Qt.FocusReason.OtherFocusReason)
