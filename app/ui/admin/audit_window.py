"""The audit log viewer for the stationmaster and the administrator: who did what,
when and from which desk. Read-only, and nothing leaves the application from here."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.services import audit, station
from app.services.audit import ACTION_LABELS, AuditFilter, AuditInfo
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError

from ..chrome import MessageBar, add_language_menu, install_body, window_shortcut
from ..feedback import error_text
from ..formats import datetime_text
from ..i18n import pair
from ..models import Column, RowsModel
from ..search_list import setup_results_table

FILTER_DELAY_MS = 250
DEFAULT_DAYS = 7
LIMIT = 1000
FAILURE_RED = "#b00020"
_ALARMING = {"login_failed", "locked", "reveal", "export"}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class AuditWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station_info: StationInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.station = ctx, station_info
        self._build_ui()
        self.lang_menu = add_language_menu(self, ("auditLanguageMenu", "auditLangZh", "auditLangEn"))
        self.menuBar().setObjectName("auditMenuBar")
        self._fill_combos()
        self.retranslate()
        self._wire()
        self.refresh()
        self.text.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("auditWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("auditMessageBar", timeout_ms=12000)
        self.title = QLabel(objectName="auditTitle")
        self.title.setProperty("role", "paneTitle")
        today = self.ctx.now().date()
        self.first = QDateEdit(objectName="auditFirst")
        self.last = QDateEdit(objectName="auditLast")
        for edit, day in ((self.first, today - timedelta(days=DEFAULT_DAYS - 1)), (self.last, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
        self.staff = QComboBox(objectName="auditStaff")
        self.action = QComboBox(objectName="auditAction")
        self.text = QLineEdit(objectName="auditText")
        self.text.setClearButtonEnabled(True)
        self.text.setMaxLength(100)
        self.search_button = QPushButton(objectName="auditSearchButton")
        self.search_button.setAutoDefault(False)
        self.labels = {key: QLabel(objectName=f"auditLabel_{key}") for key in ("first", "last", "staff", "action",
                                                                               "text")}
        filters = QHBoxLayout()
        for key, box in (("first", self.first), ("last", self.last), ("staff", self.staff), ("action", self.action),
                         ("text", self.text)):
            self.labels[key].setBuddy(box)
            filters.addWidget(self.labels[key])
            filters.addWidget(box, 2 if key == "text" else 0)
        filters.addWidget(self.search_button)
        self.model = RowsModel([
            Column(lambda: self.tr("Time"), lambda e: datetime_text(e.at, seconds=True)),
            Column(lambda: self.tr("User"), lambda e: e.username),
            Column(lambda: self.tr("Name"), lambda e: e.staff_name),
            Column(lambda: self.tr("Desk"), lambda e: e.desk),
            Column(lambda: self.tr("Action"), lambda e: pair(ACTION_LABELS.get(e.action, (e.action, e.action))),
                   lambda e: FAILURE_RED if e.action in _ALARMING else None),
            Column(lambda: self.tr("Operation"), lambda e: e.operation),
            Column(lambda: self.tr("Target"), lambda e: e.target),
            Column(lambda: self.tr("Detail"), self._detail),
        ], self)
        self.table = QTableView(objectName="auditTable")
        setup_results_table(self.table, self.model)
        self.count = QLabel(objectName="auditCount")
        self.note = QLabel(objectName="auditNote")
        self.note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.note, 1)
        body = QWidget(objectName="auditBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.status_station, self.status_worker = install_body(self, "audit", self.message_bar, body)
        self.timer = QTimer(self, objectName="auditFilterTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)

    def _fill_combos(self) -> None:
        self.staff.addItem("", None)
        try:
            for m in station.list_staff(self.ctx, self.station.id):
                self.staff.addItem(f"{m.name} ({m.username})", m.id)
        except DomainError as err:
            self.message_bar.show_text(error_text(err))
        self.action.addItem("", "")
        for key in ACTION_LABELS:
            self.action.addItem("", key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log — %1").replace("%1", self.station.name))
        self.title.setText(self.tr("Audit log: who did what, when and from which desk"))
        for key, text in (("first", self.tr("&From day")), ("last", self.tr("&To day")),
                          ("staff", self.tr("Staff &member")),
                          ("action", self.tr("&Action")), ("text", self.tr("T&ext"))):
            self.labels[key].setText(text)
        self.staff.setItemText(0, self.tr("All staff"))
        self.action.setItemText(0, self.tr("All actions"))
        for i in range(1, self.action.count()):
            self.action.setItemText(i, pair(ACTION_LABELS[self.action.itemData(i)]))
        self.text.setPlaceholderText(self.tr("operation, target, detail or user name"))
        self.search_button.setText(self.tr("Search (F5)"))
        self.note.setText(self.tr("The log cannot be edited or exported; it only grows."))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Signed in: %1").replace("%1", actor.name) if actor else "")
        self._show_count()
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.timer.timeout.connect(self.refresh)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(lambda _d: self.timer.start())
        for combo in (self.staff, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.text.textChanged.connect(lambda _t: self.timer.start())
        self.text.returnPressed.connect(self.refresh)
        self.search_button.clicked.connect(self.refresh)
        window_shortcut(self, "F5", self.refresh, "auditShortcutRefresh")

    # -- behaviour ----------------------------------------------------------

    def _detail(self, e: AuditInfo) -> str:
        return f"{e.detail} ({e.rows})" if e.rows and e.detail else (e.detail or (str(e.rows) if e.rows else ""))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(first=self.first.date().toPython(), last=self.last.date().toPython(),
                           staff_id=self.staff.currentData(), action=self.action.currentData() or "",
                           text=self.text.text(), limit=LIMIT)

    def refresh(self) -> list[AuditInfo]:
        self.timer.stop()
        try:
            rows = audit.entries(self.ctx, self.current_filter())
        except DomainError as err:
            self.message_bar.show_text(error_text(err))
            return self.model.rows
        self.message_bar.dismiss()
        self.model.set_rows(rows)
        self._show_count()
        return rows

    def _show_count(self) -> None:
        n = len(self.model.rows)
        text = self.tr("%n entries", "", n)
        if n >= LIMIT:
            text += " " + self.tr("(the newest %1; narrow the filters to see older ones)").replace("%1", str(LIMIT))
        self.count.setText(text)
