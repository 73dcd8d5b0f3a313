"""Door-to-door work (入户走访): grid areas on the left, visit tasks and their log on the right."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from app.services import grids, home_visits, station as station_service
from app.services.backoffice_dto import GridInfo, HomeVisitInfo
from app.services.context import ServiceContext
from app.services.dto import AffairResult, StaffInfo, StationInfo
from app.services.errors import DomainError
from app.services.home_visits import OUTCOME_LABELS
from app.services.permissions import Perm, allowed

from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import date_text, datetime_text
from ..i18n import pair
from ..models import Column, RowsModel
from ..receipts import write_receipt
from ..search_list import setup_results_table
from .dialogs import CancelVisitDialog, PlanVisitDialog, RecordVisitDialog
from .grid_dialog import GridDialog, blocks_text

log = logging.getLogger(__name__)

STATE_FILTERS = ("planned", "done", "cancelled", "")
STATE_COLORS = {"planned": "#0d47a1", "done": "#1b5e20", "cancelled": "#9e9e9e"}
OVERDUE_RED = "#b00020"
WEEKDAYS = (("周一", "Mon"), ("周二", "Tue"), ("周三", "Wed"), ("周四", "Thu"), ("周五", "Fri"), ("周六", "Sat"),
            ("周日", "Sun"))


def _day(d) -> str:
    return f"{date_text(d)} {pair(WEEKDAYS[d.weekday()])}"


def _when(at) -> str:
    return datetime_text(at)


class VisitsWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        self.staff: list[StaffInfo] = []
        self.last_affair: AffairResult | None = None
        self.last_pdf: Path | None = None
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.refresh()
        self.tasks.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("visitsWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=12000, timer_name="visitsMessageTimer")

        grid_pane = QWidget(objectName="gridPane")
        self.grid_title = QLabel(objectName="gridTitle")
        self.grid_title.setProperty("role", "paneTitle")
        self.grid_model = RowsModel([
            Column(lambda: self.tr("Grid area"), lambda g: g.name),
            Column(lambda: self.tr("Grid worker"), lambda g: g.staff_name or "—",
                   lambda g: None if g.staff_name else OVERDUE_RED),
            Column(lambda: self.tr("Buildings / units"), lambda g: blocks_text(g.blocks, "、") or "—"),
            Column(lambda: self.tr("Households"), lambda g: g.households),
            Column(lambda: self.tr("Residents"), lambda g: g.residents),
        ], self)
        self.grid_table = QTableView(objectName="gridTable")
        setup_results_table(self.grid_table, self.grid_model, stretch_column=2)
        self.grid_table.setWordWrap(True)
        self.new_grid_button = QPushButton(objectName="newGridButton")
        self.edit_grid_button = QPushButton(objectName="editGridButton")
        grid_buttons = QHBoxLayout()
        grid_buttons.addWidget(self.new_grid_button)
        grid_buttons.addWidget(self.edit_grid_button)
        grid_buttons.addStretch(1)
        grid_layout = QVBoxLayout(grid_pane)
        grid_layout.setContentsMargins(6, 6, 6, 6)
        grid_layout.addWidget(self.grid_title)
        grid_layout.addWidget(self.grid_table, 1)
        grid_layout.addLayout(grid_buttons)

        task_pane = QWidget(objectName="taskPane")
        self.task_title = QLabel(objectName="taskTitle")
        self.task_title.setProperty("role", "paneTitle")
        self.state_filter = QComboBox(objectName="visitStateFilter")
        for code in STATE_FILTERS:
            self.state_filter.addItem("", code)
        self.grid_filter = QComboBox(objectName="visitGridFilter")
        self.grid_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grid_filter.setMinimumContentsLength(10)
        self.state_label, self.grid_label = QLabel(), QLabel()
        self.state_label.setBuddy(self.state_filter)
        self.grid_label.setBuddy(self.grid_filter)
        self.task_count = QLabel(objectName="visitCount")
        filters = QHBoxLayout()
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.grid_label)
        filters.addWidget(self.grid_filter)
        filters.addStretch(1)
        filters.addWidget(self.task_count)
        self.task_model = RowsModel([
            Column(lambda: self.tr("Planned for"), lambda v: _day(v.planned_on), self._date_color),
            Column(lambda: self.tr("Grid area"), lambda v: v.grid_name or "—"),
            Column(lambda: self.tr("Resident"), lambda v: v.resident_name or "—"),
            Column(lambda: self.tr("Address"), lambda v: v.address),
            Column(lambda: self.tr("Linked affair"), self._affair_number),
            Column(lambda: self.tr("Staff"), lambda v: v.staff_name),
            Column(lambda: self.tr("Purpose"), lambda v: v.purpose),
            Column(lambda: self.tr("State"), self._state, lambda v: STATE_COLORS.get(v.state)),
        ], self)
        self.tasks = QTableView(objectName="visitTable")
        setup_results_table(self.tasks, self.task_model, stretch_column=6)
        self.plan_button = QPushButton(objectName="planVisitButton")
        self.plan_button.setProperty("role", "primary")
        self.record_button = QPushButton(objectName="recordVisitButton")
        self.record_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(objectName="cancelVisitButton")
        self.history_button = QPushButton(objectName="residentHistoryButton")
        task_buttons = QHBoxLayout()
        for b in (self.plan_button, self.record_button, self.cancel_button):
            task_buttons.addWidget(b)
        task_buttons.addStretch(1)
        task_buttons.addWidget(self.history_button)
        self.log_title = QLabel(objectName="visitLogTitle")
        self.log_model = RowsModel([
            Column(lambda: self.tr("Time"), lambda e: _when(e.at)),
            Column(lambda: self.tr("Staff"), lambda e: e.staff_name),
            Column(lambda: self.tr("Outcome"), lambda e: pair(OUTCOME_LABELS.get(e.outcome, (e.outcome,) * 2)),
                   lambda e: "#8a4b00" if e.outcome == "need_found" else None),
            Column(lambda: self.tr("Note"), lambda e: e.note),
            Column(lambda: self.tr("Linked affair"), lambda e: e.affair_number),
        ], self)
        self.log_table = QTableView(objectName="visitLogTable")
        setup_results_table(self.log_table, self.log_model, stretch_column=3)
        upper = QWidget(objectName="visitTaskArea")
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.tasks, 1)
        upper_layout.addLayout(task_buttons)
        lower = QWidget(objectName="visitLogArea")
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.log_title)
        lower_layout.addWidget(self.log_table, 1)
        self.task_splitter = QSplitter(Qt.Orientation.Vertical, objectName="visitTaskSplitter")
        self.task_splitter.addWidget(upper)
        self.task_splitter.addWidget(lower)
        self.task_splitter.setSizes([430, 200])
        self.task_splitter.setChildrenCollapsible(False)
        task_layout = QVBoxLayout(task_pane)
        task_layout.setContentsMargins(6, 6, 6, 6)
        task_layout.addWidget(self.task_title)
        task_layout.addWidget(self.task_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="visitsSplitter")
        self.splitter.addWidget(grid_pane)
        self.splitter.addWidget(task_pane)
        self.splitter.setSizes([510, 856])
        self.splitter.setChildrenCollapsible(False)
        self.status_station, self.status_worker = install_body(self, "visits", self.message_bar, self.splitter)
        for a, b in ((self.state_filter, self.grid_filter), (self.grid_filter, self.tasks),
                     (self.tasks, self.plan_button), (self.plan_button, self.record_button),
                     (self.record_button, self.cancel_button), (self.cancel_button, self.history_button),
                     (self.history_button, self.log_table), (self.log_table, self.grid_table),
                     (self.grid_table, self.new_grid_button), (self.new_grid_button, self.edit_grid_button)):
            QWidget.setTabOrder(a, b)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("visitsMenuBar")
        self.visits_menu = bar.addMenu("")
        self.visits_menu.setObjectName("visitsMenu")

        def action(name, key, slot):
            a = QAction(self, objectName=name)
            a.setShortcut(QKeySequence(key))
            a.triggered.connect(slot)
            self.visits_menu.addAction(a)
            return a

        self.plan_action = action("actionPlanVisit", "Ctrl+N", self.plan_visit)
        self.record_action = action("actionRecordVisit", "Ctrl+R", self.record_visit)
        self.cancel_action = action("actionCancelVisit", "Ctrl+Del", self.cancel_visit)
        self.history_action = action("actionResidentHistory", "Ctrl+H", self.show_history)
        self.visits_menu.addSeparator()
        self.new_grid_action = action("actionNewGrid", "Ctrl+G", self.new_grid)
        self.edit_grid_action = action("actionEditGrid", "Ctrl+E", self.edit_grid)
        self.visits_menu.addSeparator()
        self.refresh_action = action("actionRefreshVisits", "F5", self.refresh)
        self.close_action = action("actionCloseVisits", QKeySequence.StandardKey.Close, self.close)
        self.lang_menu = add_language_menu(self, ("visitsLanguageMenu", "visitsLangZh", "visitsLangEn"))

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Escape", self.hide_message, "visitsShortcutDismiss")
        window_shortcut(self, "F3", lambda: self.tasks.setFocus(Qt.FocusReason.ShortcutFocusReason),
                        "visitsShortcutTasks")
        window_shortcut(self, "F4", lambda: self.grid_table.setFocus(Qt.FocusReason.ShortcutFocusReason),
                        "visitsShortcutGrids")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Home visits — %1").replace("%1", self.station.name))
        self.visits_menu.setTitle(self.tr("&Visits"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.plan_action.setText(self.tr("&Plan a visit…"))
        self.record_action.setText(self.tr("&Record the visit…"))
        self.cancel_action.setText(self.tr("&Cancel the visit…"))
        self.history_action.setText(self.tr("Resident's &history…"))
        self.new_grid_action.setText(self.tr("&New grid area…"))
        self.edit_grid_action.setText(self.tr("&Edit grid area…"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.close_action.setText(self.tr("C&lose"))
        self.grid_title.setText(self.tr("Grid areas  (F4)"))
        self.new_grid_button.setText(self.tr("New (Ctrl+G)"))
        self.edit_grid_button.setText(self.tr("Edit (Ctrl+E)"))
        self.task_title.setText(self.tr("Home visit tasks  (F3)"))
        self.state_label.setText(self.tr("&Show"))
        self.grid_label.setText(self.tr("G&rid"))
        for i, text in enumerate((self.tr("Planned"), self.tr("Done"), self.tr("Cancelled"), self.tr("All"))):
            self.state_filter.setItemText(i, text)
        if self.grid_filter.count():
            self.grid_filter.setItemText(0, self.tr("All grid areas"))
        self.plan_button.setText(self.tr("Plan a visit (Ctrl+N)"))
        self.record_button.setText(self.tr("Record the visit (Ctrl+R)"))
        self.cancel_button.setText(self.tr("Cancel the visit (Ctrl+Del)"))
        self.history_button.setText(self.tr("Resident's history (Ctrl+H)"))
        self.log_title.setText(self.tr("Log of the selected visit"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Worker: %1 · Desk: %2").replace("%1", actor.name).replace(
            "%2", actor.desk) if actor else "")
        may_manage = bool(actor and allowed(actor.role, Perm.MANAGE_GRIDS))
        tip = "" if may_manage else self.tr("Only the stationmasters change grid areas")
        for w in (self.new_grid_button, self.edit_grid_button):
            w.setToolTip(tip)
        for m in (self.grid_model, self.task_model, self.log_model):
            m.relabel()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.new_grid_button.clicked.connect(self.new_grid)
        self.edit_grid_button.clicked.connect(self.edit_grid)
        self.grid_table.activated.connect(lambda _i: self.edit_grid())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.load_visits())
        self.grid_filter.currentIndexChanged.connect(lambda _i: self.load_visits())
        self.tasks.selectionModel().currentRowChanged.connect(lambda *_: self._task_changed())
        self.tasks.activated.connect(lambda _i: self.record_visit())
        self.plan_button.clicked.connect(self.plan_visit)
        self.record_button.clicked.connect(self.record_visit)
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.history_button.clicked.connect(self.show_history)
        press_buttons_on_enter(self.new_grid_button, self.edit_grid_button, self.plan_button, self.record_button,
                               self.cancel_button, self.history_button)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def _date_color(self, v: HomeVisitInfo) -> str | None:
        return OVERDUE_RED if v.state == "planned" and v.planned_on < self.ctx.now().date() else None

    def _state(self, v: HomeVisitInfo) -> str:
        return {"planned": self.tr("Planned"), "done": self.tr("Done"),
                "cancelled": self.tr("Cancelled")}.get(v.state, v.state)

    def _affair_number(self, v: HomeVisitInfo) -> str:
        # The affair the visit serves, else the one a need found there became.
        found = [e.affair_number for e in v.log if e.affair_number]
        return v.affair_number or (found[-1] if found else "")

    def _show_count(self) -> None:
        self.task_count.setText(self.tr("Visits shown: %1").replace("%1", str(self.task_model.rowCount())))

    def selected_visit(self) -> HomeVisitInfo | None:
        index = self.tasks.currentIndex()
        return self.task_model.row(index.row()) if index.isValid() else None

    def selected_grid(self) -> GridInfo | None:
        index = self.grid_table.currentIndex()
        return self.grid_model.row(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        try:
            self.staff = station_service.list_staff(self.ctx, self.station.id)
        except DomainError as err:
            self.show_message(error_text(err))
        self.load_grids()
        self.load_visits()

    def load_grids(self, select_id: int | None = None) -> None:
        keep = select_id or (self.selected_grid().id if self.selected_grid() else None)
        try:
            rows = grids.list_grids(self.ctx)
        except DomainError as err:
            self.show_message(error_text(err))
            return
        self.grid_model.set_rows(rows)
        self.grid_table.resizeRowsToContents()
        if rows:
            self.grid_table.selectRow(next((i for i, g in enumerate(rows) if g.id == keep), 0))
        chosen = self.grid_filter.currentData()
        self.grid_filter.blockSignals(True)
        self.grid_filter.clear()
        self.grid_filter.addItem(self.tr("All grid areas"), None)
        for g in rows:
            self.grid_filter.addItem(g.name, g.id)
        self.grid_filter.setCurrentIndex(max(0, self.grid_filter.findData(chosen)))
        self.grid_filter.blockSignals(False)
        may_manage = bool(self.ctx.actor and allowed(self.ctx.actor.role, Perm.MANAGE_GRIDS))
        self.new_grid_button.setEnabled(may_manage)
        self.edit_grid_button.setEnabled(may_manage and bool(rows))

    def load_visits(self, select_id: int | None = None) -> list[HomeVisitInfo]:
        keep = select_id or (self.selected_visit().id if self.selected_visit() else None)
        try:
            rows = home_visits.visits(self.ctx, state=self.state_filter.currentData() or "",
                                      grid_id=self.grid_filter.currentData())
        except DomainError as err:
            self.show_message(error_text(err))
            rows = []
        self.task_model.set_rows(rows)
        if rows:
            self.tasks.selectRow(next((i for i, v in enumerate(rows) if v.id == keep), 0))
        self._show_count()
        self._task_changed()
        return rows

    def _task_changed(self) -> None:
        v = self.selected_visit()
        self.log_model.set_rows(v.log if v else ())
        planned = v is not None and v.state == "planned"
        for w in (self.record_button, self.record_action, self.cancel_button, self.cancel_action):
            w.setEnabled(planned)
        has_resident = v is not None and v.resident_id is not None
        self.history_button.setEnabled(has_resident)
        self.history_action.setEnabled(has_resident)

    def _run(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def new_grid(self) -> None:
        dialog = GridDialog(self.ctx, self.staff, None, self)
        if self._run(dialog):
            self.load_grids(dialog.grid_id)
            self.show_message(self.tr("Grid area saved"), ok=True)

    def edit_grid(self) -> None:
        grid = self.selected_grid()
        if grid is None or not self.edit_grid_button.isEnabled():
            return
        dialog = GridDialog(self.ctx, self.staff, grid, self)
        if self._run(dialog):
            self.load_grids(dialog.grid_id)
            self.load_visits()
            self.show_message(self.tr("Grid area saved"), ok=True)

    def plan_visit(self) -> None:
        dialog = PlanVisitDialog(self.ctx, self.staff, list(self.grid_model.rows), self)
        if self._run(dialog):
            # Show the new task whatever the filter was.
            self.state_filter.blockSignals(True)
            self.state_filter.setCurrentIndex(0)
            self.state_filter.blockSignals(False)
            self.grid_filter.blockSignals(True)
            self.grid_filter.setCurrentIndex(0)
            self.grid_filter.blockSignals(False)
            self.load_visits(dialog.visit_id)
            self.show_message(self.tr("Visit planned"), ok=True)
            self.tasks.setFocus()

    def record_visit(self) -> None:
        v = self.selected_visit()
        if v is None or v.state != "planned":
            return
        dialog = RecordVisitDialog(self.ctx, v, self)
        if not self._run(dialog):
            return
        if dialog.affair is not None:
            self._accepted(dialog.affair)
        else:
            self.show_message(self.tr("Visit recorded"), ok=True)
        self.load_visits(v.id)

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

    def cancel_visit(self) -> None:
        v = self.selected_visit()
        if v is None or v.state != "planned":
            return
        if self._run(CancelVisitDialog(self.ctx, v, self)):
            self.show_message(self.tr("Visit cancelled"), ok=True)
            self.load_visits(v.id)

    def show_history(self) -> None:
        v = self.selected_visit()
        if v is None or v.resident_id is None:
            return
        from ..timeline.dialog import TimelineDialog

        self._run(TimelineDialog(self.ctx, v.resident_id, self))
