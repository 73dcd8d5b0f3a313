"""The stationmaster's dashboard: today at a glance in large tiles over the last 30
days in four charts. The figures load off the UI thread at start, on F5 and every
minute, so the window never freezes while the database counts."""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from app.services.deadlines import DUE_SOON, OVERDUE
from app.services.dto import StationInfo
from app.services.errors import DomainError

from ..background import Task, run_in_background
from ..backoffice.common import DEADLINE_COLORS, DEADLINE_TEXT, URGENT_COLOR
from ..chrome import MessageBar, add_language_menu, window_shortcut
from ..feedback import error_text
from ..formats import number_text, time_text
from ..i18n import LANGUAGE
from . import charts

if TYPE_CHECKING:  # importing app.printing loads reportlab: the service is imported on the worker thread
    from app.printing.report_data import Dashboard

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
# Each tile shows the Dashboard field of the same name; the object names are camel-cased.
TILES = ("waiting", "open", DUE_SOON, OVERDUE, "urgent", "accepted_today", "completed_today")
CLICKABLE = (DUE_SOON, OVERDUE)  # a click opens the back office filtered to these affairs
CHART_VIEWS = ("dayChartView", "categoryChartView", "onTimeChartView", "ratingChartView")
STYLE = f"""
QFrame[role="tile"] {{ background: #f4f7fb; border: 1px solid #c9d6e5; border-radius: 6px; }}
QFrame[role="tile"]:focus {{ border: 2px solid #0d3b66; }}
QLabel[role="tileValue"] {{ font-size: 24pt; font-weight: bold; color: #0d3b66; }}
QLabel[role="tileCaption"] {{ font-size: 11pt; color: #333; }}
QFrame[kind="due_soon"] QLabel {{ color: {DEADLINE_TEXT[DUE_SOON]}; }}
QFrame[kind="due_soon"][alert="true"] {{ background: {DEADLINE_COLORS[DUE_SOON]}; }}
QFrame[kind="overdue"] QLabel {{ color: {DEADLINE_TEXT[OVERDUE]}; }}
QFrame[kind="overdue"][alert="true"] {{ background: {DEADLINE_COLORS[OVERDUE]}; }}
QFrame[kind="urgent"][alert="true"] QLabel {{ color: {URGENT_COLOR}; }}
QChartView {{ border: 1px solid #d5dde8; border-radius: 4px; background: white; }}
"""


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part.title() for part in rest)


class Tile(QFrame):
    """One figure, large, with its caption; a clickable one also answers Enter and Space."""

    clicked = Signal()

    def __init__(self, key: str, clickable: bool = False, parent: QWidget | None = None):
        name = _camel(key)
        super().__init__(parent, objectName=f"{name}Tile")
        self.key, self.clickable = key, clickable
        self.setProperty("role", "tile")
        self.setProperty("kind", key)
        self.setProperty("alert", False)
        self.value = QLabel("—", objectName=f"{name}Value")
        self.value.setProperty("role", "tileValue")
        self.caption = QLabel(objectName=f"{name}Caption")
        self.caption.setProperty("role", "tileCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(0)
        for label in (self.value, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_count(self, count: int | None) -> None:
        self.value.setText(number_text(count))
        alert = bool(count)
        if self.property("alert") != alert:
            # Colours hang on a dynamic property: restyle the tile and the labels under it.
            self.setProperty("alert", alert)
            for widget in (self, self.value, self.caption):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self.clickable and event.button() == Qt.MouseButton.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class DashboardWindow(QMainWindow):
    backOfficeRequested = Signal(str)  # deadline state to filter the back office by  # noqa: N815 - Qt naming
    loaded = Signal()  # fresh figures are on screen

    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.output_dir = Path(output_dir)
        self.data: Dashboard | None = None
        self.as_of: datetime | None = None
        self.task: Task | None = None
        self._again = False  # asked to refresh while a load was running
        self.charts: dict[str, QChart] = {}
        self._build_ui()
        self._build_menus()
        self.retranslate()
        self._wire()
        self.refresh()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("dashboardWindow")
        self.setStyleSheet(STYLE)
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=15000, timer_name="dashboardMessageTimer")
        tile_row = QWidget(objectName="tileRow")
        tiles = QHBoxLayout(tile_row)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(8)
        self.tiles: dict[str, Tile] = {}
        for key in TILES:
            tile = Tile(key, clickable=key in CLICKABLE)
            self.tiles[key] = tile
            tiles.addWidget(tile, 1)
        chart_grid = QWidget(objectName="chartGrid")
        grid = QGridLayout(chart_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.views: dict[str, QChartView] = {}
        for i, name in enumerate(CHART_VIEWS):
            view = QChartView(objectName=name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(400, 220)
            self.views[name] = view
            grid.addWidget(view, i // 2, i % 2)
        central = QWidget(objectName="dashboardCentral")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.message_bar)
        layout.addWidget(tile_row)
        layout.addWidget(chart_grid, 1)
        self.setCentralWidget(central)
        self.status_station = QLabel(objectName="statusStation")
        self.status_as_of = QLabel(objectName="statusAsOf")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addWidget(self.status_station, 1)
        self.statusBar().addPermanentWidget(self.status_as_of)
        self.refresh_timer = QTimer(self, objectName="dashboardRefreshTimer")
        self.refresh_timer.setInterval(REFRESH_MS)
        self.setTabOrder(self.tiles[DUE_SOON], self.tiles[OVERDUE])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        self.dashboard_menu = bar.addMenu("")
        self.dashboard_menu.setObjectName("dashboardMenu")
        self.refresh_action = QAction(self, objectName="actionRefresh")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.overdue_action = QAction(self, objectName="actionOpenOverdue")
        self.overdue_action.setShortcut(QKeySequence("F6"))
        self.due_soon_action = QAction(self, objectName="actionOpenDueSoon")
        self.due_soon_action.setShortcut(QKeySequence("F7"))
        self.quit_action = QAction(self, objectName="actionQuit")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.refresh_action, self.overdue_action, self.due_soon_action):
            self.dashboard_menu.addAction(action)
        self.dashboard_menu.addSeparator()
        self.dashboard_menu.addAction(self.quit_action)
        self.lang_menu = add_language_menu(self)
        window_shortcut(self, "Escape", self.message_bar.dismiss, "shortcutDismiss")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard — %1").replace("%1", self.station.name))
        self.dashboard_menu.setTitle(self.tr("&Dashboard"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.overdue_action.setText(self.tr("Open the &overdue affairs in the back office"))
        self.due_soon_action.setText(self.tr("Open the affairs &due soon in the back office"))
        self.quit_action.setText(self.tr("&Quit"))
        self.lang_menu.setTitle(self.tr("&Language"))
        captions = {
            "waiting": (self.tr("Waiting now"), self.tr("Queue tickets issued today and not yet called")),
            "open": (self.tr("Open affairs"), self.tr("Affairs still being handled for the resident")),
            DUE_SOON: (self.tr("Due soon"), self.tr("Open affairs close to their committed date")),
            OVERDUE: (self.tr("Overdue"), self.tr("Open affairs past their committed date")),
            "urgent": (self.tr("Urgent"), self.tr("Open affairs under Immediate Response")),
            "accepted_today": (self.tr("Accepted today"), self.tr("Affairs registered today")),
            "completed_today": (self.tr("Completed today"), self.tr("Affairs closed today")),
        }
        hint = self.tr("Click or press Enter to open them in the back office")
        for key, tile in self.tiles.items():
            caption, tip = captions[key]
            tile.caption.setText(caption)
            tile.setToolTip(f"{tip}\n{hint}" if tile.clickable else tip)
        self.status_station.setText(self.station.name)
        self._show_as_of()
        self._show_charts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.refresh_action.triggered.connect(self.refresh)
        self.overdue_action.triggered.connect(lambda: self.request_back_office(OVERDUE))
        self.due_soon_action.triggered.connect(lambda: self.request_back_office(DUE_SOON))
        self.quit_action.triggered.connect(self.close)
        for key in CLICKABLE:
            self.tiles[key].clicked.connect(lambda key=key: self.request_back_office(key))
        self.refresh_timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self.refresh_timer.start()

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def request_back_office(self, deadline_state: str) -> None:
        self.backOfficeRequested.emit(deadline_state)

    @property
    def loading(self) -> bool:
        return self.task is not None and self.task.running

    def refresh(self) -> None:
        """Read the figures again on a worker thread; asked while a load runs, load once more after it."""
        if self.loading:
            self._again = True
            return
        ctx = self.ctx

        def load():
            from app.services import reports

            return ctx.now(), reports.dashboard(ctx)

        self.task = run_in_background(load, on_done=self._on_loaded, on_error=self._on_failed)
        self._show_as_of()

    @Slot(object)
    def _on_loaded(self, result: tuple[datetime, Dashboard]) -> None:
        self.as_of, self.data = result
        self._show_tiles()
        self._show_charts()
        self._show_as_of()
        self.loaded.emit()
        self._next()

    @Slot(object)
    def _on_failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            log.error("dashboard not loaded", exc_info=(type(err), err, err.__traceback__))
        self.message_bar.show_text(error_text(err))
        self._show_as_of()
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _show_tiles(self) -> None:
        for key, tile in self.tiles.items():
            tile.show_count(getattr(self.data, key) if self.data else None)

    def _show_as_of(self) -> None:
        if self.as_of is None:
            self.status_as_of.setText(self.tr("Loading…"))
        else:
            self.status_as_of.setText(self.tr("As of %1").replace("%1", time_text(self.as_of)))

    # -- charts -------------------------------------------------------------

    def _set_chart(self, view_name: str, chart: QChart) -> None:
        view = self.views[view_name]
        old = self.charts.get(view_name)
        view.setChart(chart)
        self.charts[view_name] = chart
        if old is not None:
            old.deleteLater()  # the view lets go of its chart, but does not delete it

    def chart(self, view_name: str) -> QChart:
        return self.views[view_name].chart()

    def _show_charts(self) -> None:
        d = self.data
        if d is None:
            for name in CHART_VIEWS:
                self._set_chart(name, charts.new_chart(name.replace("View", ""), self.tr("Loading…")))
            return
        self._set_chart("dayChartView", self._day_chart(d))
        self._set_chart("categoryChartView", self._category_chart(d))
        self._set_chart("onTimeChartView", self._on_time_chart(d))
        self._set_chart("ratingChartView", self._rating_chart(d))

    def _day_chart(self, d: Dashboard) -> QChart:
        accepted, completed = sum(x.accepted for x in d.days), sum(x.completed for x in d.days)
        if accepted or completed:
            title = self.tr("Affairs by day, last 30 days: %1 accepted, %2 completed").replace(
                "%1", str(accepted)).replace("%2", str(completed))
        else:
            title = self.tr("Affairs by day: no data for the last 30 days")
        return charts.day_chart(d.days, title, self.tr("Accepted"), self.tr("Completed"), self.tr("Affairs"))

    def _category_chart(self, d: Dashboard) -> QChart:
        if sum(b.accepted for b in d.by_category):
            title = self.tr("Accepted by category, last 30 days")
        else:
            title = self.tr("Accepted by category: no data for the last 30 days")
        rows = [(b.label(LANGUAGE.code), b.accepted) for b in d.by_category]
        return charts.category_chart(rows, title, self.tr("Affairs accepted"))

    def _on_time_chart(self, d: Dashboard) -> QChart:
        due = sum(x.completed_with_deadline for x in d.days)
        if due:
            rate = 100.0 * sum(x.completed_on_time for x in d.days) / due
            title = self.tr("On-time completion: %1% over the last 30 days").replace("%1", f"{rate:.0f}")
        else:
            title = self.tr("On-time completion: no data for the last 30 days")
        return charts.on_time_chart(d.days, title, self.tr("Completed on time"), self.tr("On time"))

    def _rating_chart(self, d: Dashboard) -> QChart:
        s = d.satisfaction
        if s.average is not None:
            title = self.tr("Satisfaction: average %1 of 5 over the last 30 days (%2 rated)").replace(
                "%1", f"{s.average:.1f}").replace("%2", str(s.rated))
        else:
            title = self.tr("Satisfaction: no ratings in the last 30 days")
        return charts.rating_chart(d.days, title, self.tr("Average rating"), self.tr("Average rating"))
