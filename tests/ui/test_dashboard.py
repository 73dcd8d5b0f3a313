"""The stationmaster's dashboard against the report service: tiles, the four charts, refresh, language."""
import threading
from datetime import datetime

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QFrame, QLabel, QLineEdit, QWidget

from app import db as dbmod
from app.services import acceptance, catalogue, demo, queue, reports, residents, station, tickets, transfers
from app.services.context import ServiceContext
from app.services.errors import PermissionDenied
from app.ui.dashboard import charts
from app.ui.dashboard.window import CHART_VIEWS, TILES, DashboardWindow
from app.ui.i18n import LANGUAGE

from ..conftest import Clock


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang", "后台")


@pytest.fixture
def worker(make_ctx):
    return make_ctx("wangxm")


def loaded(qtbot, window):
    qtbot.waitUntil(lambda: window.data is not None and not window.loading, timeout=10000)
    return window


@pytest.fixture
def open_window(qtbot, qapp, tmp_path):
    made = []

    def open_(ctx):
        window = DashboardWindow(ctx, station.current_station(ctx), tmp_path / "documents")
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return loaded(qtbot, window)

    LANGUAGE.set("zh")
    yield open_
    for window in made:  # no load may land on a deleted window, and later language switches must not reach it
        qtbot.waitUntil(lambda: not window.loading, timeout=10000)
        window.refresh_timer.stop()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    LANGUAGE.set("zh")


def reload(qtbot, window):
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.refresh_action.trigger()  # offscreen windows never become active: shortcuts cannot be typed


def switch(window, lang):
    window.set_language(lang)
    QCoreApplication.processEvents()  # the language change reaches the widgets as posted events


def values(bar_set):
    return [bar_set.at(i) for i in range(bar_set.count())]


def points(line):
    return [(p.x(), p.y()) for p in line.points()]


def series(window, view, name):
    found = charts.series(window.chart(view), name)
    assert found is not None, (view, name)
    return found


def accept(ctx, code, name):
    rid = residents.search(ctx, name)[0].id
    return acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials)).id


def test_tiles_show_the_services_figures(qtbot, open_window, deputy, worker):
    window = open_window(deputy)
    assert window.tiles["waiting"].value.text() == "0" and window.tiles["urgent"].value.text() == "0"
    assert not window.tiles["urgent"].property("alert")  # nothing urgent: no red
    tickets.issue(worker)
    tickets.issue(worker)
    transfers.whistle(deputy, accept(worker, "G046", "张秀兰"), ["DEPT-CL"])  # urgent and due today
    reload(qtbot, window)
    d = reports.dashboard(deputy)
    assert (d.waiting, d.urgent, d.accepted_today) == (2, 1, 1) and d.open and d.overdue and d.due_soon
    shown = {key: int(tile.value.text()) for key, tile in window.tiles.items()}
    assert shown == {key: getattr(d, key) for key in TILES}
    assert shown["overdue"] == queue.queue(deputy).counts["overdue"]
    assert shown["due_soon"] == queue.queue(deputy).counts["due_soon"]
    assert all(window.tiles[key].property("alert") for key in ("overdue", "due_soon", "urgent"))
    assert window.status_station.text() == station.current_station(deputy).name
    assert window.status_as_of.text() == window.tr("As of %1").replace("%1", "10:00")
    # Every staff role reads the dashboard: the social worker sees the same station.
    desk_view = open_window(worker)
    assert {key: int(tile.value.text()) for key, tile in desk_view.tiles.items()} == shown


def test_the_day_chart_has_thirty_days_of_accepted_bars_and_completed_points(open_window, deputy):
    window = open_window(deputy)
    d = reports.dashboard(deputy)
    assert len(d.days) == 30 and d.days[-1].day == d.today
    bars = series(window, "dayChartView", "acceptedBars")
    [accepted] = bars.barSets()
    assert accepted.count() == 30 and values(accepted) == [x.accepted for x in d.days]
    assert sum(values(accepted)) == sum(x.accepted for x in d.days) > 0
    completed = series(window, "dayChartView", "completedLine")
    assert points(completed) == [(i, x.completed) for i, x in enumerate(d.days)]
    x_axis = window.chart("dayChartView").axes(Qt.Orientation.Horizontal)[0]
    # MM-dd every 5th day, counted back from today so today is always named.
    assert x_axis.categoriesLabels() == [f"{x.day:%m-%d}" for x in d.days[4::5]]
    assert x_axis.categoriesLabels()[-1] == f"{d.today:%m-%d}"
    assert all(view.renderHints() & view.renderHints().Antialiasing for view in window.views.values())


def test_the_category_chart_has_one_bar_per_category(open_window, deputy):
    window = open_window(deputy)
    d = reports.dashboard(deputy)
    [bars] = series(window, "categoryChartView", "categoryBars").barSets()
    names = window.chart("categoryChartView").axes(Qt.Orientation.Vertical)[0]
    # The first category is drawn on top, and a horizontal bar axis counts from the bottom.
    assert values(bars)[::-1] == [b.accepted for b in d.by_category]
    assert names.categories()[::-1] == [b.label_zh for b in d.by_category]
    assert len(d.by_category) >= 7 and sum(values(bars)) == sum(x.accepted for x in d.days)


def test_on_time_and_satisfaction_lines_follow_the_days(open_window, deputy):
    window = open_window(deputy)
    d = reports.dashboard(deputy)
    on_time = points(series(window, "onTimeChartView", "onTimeLine"))
    assert on_time == [(i, pytest.approx(100 * x.on_time_rate)) for i, x in enumerate(d.days)
                       if x.completed_with_deadline]
    assert on_time and all(0 <= y <= 100 for _, y in on_time)
    ratings = points(series(window, "ratingChartView", "ratingLine"))
    assert ratings == [(i, pytest.approx(x.rating_sum / x.rated)) for i, x in enumerate(d.days) if x.rated]
    assert ratings and all(1 <= y <= 5 for _, y in ratings)
    rate = 100 * sum(x.completed_on_time for x in d.days) / sum(x.completed_with_deadline for x in d.days)
    assert window.chart("onTimeChartView").title() == window.tr(
        "On-time completion: %1% over the last 30 days").replace("%1", f"{rate:.0f}")
    s = d.satisfaction
    assert window.chart("ratingChartView").title() == window.tr(
        "Satisfaction: average %1 of 5 over the last 30 days (%2 rated)").replace(
        "%1", f"{s.average:.1f}").replace("%2", str(s.rated))
    assert s.rated == sum(x.rated for x in d.days) > 0


@pytest.fixture
def empty_station(qapp, tmp_path):
    """A station just set up: staff and catalogue, no affairs, no tickets."""
    database = dbmod.connect(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    base = ServiceContext.for_database(database, now=Clock(datetime(2026, 11, 23, 10, 0)))
    demo.seed(base, residents=0, affairs=0)
    yield base.as_actor(station.actor_for(base, "liufang", desk="后台"))
    database.dispose()


def test_an_empty_station_shows_no_data_without_error(open_window, empty_station):
    window = open_window(empty_station)
    assert all(tile.value.text() == "0" and not tile.property("alert") for tile in window.tiles.values())
    titles = {name: window.chart(name).title() for name in CHART_VIEWS}
    assert titles == {
        "dayChartView": window.tr("Affairs by day: no data for the last 30 days"),
        "categoryChartView": window.tr("Accepted by category: no data for the last 30 days"),
        "onTimeChartView": window.tr("On-time completion: no data for the last 30 days"),
        "ratingChartView": window.tr("Satisfaction: no ratings in the last 30 days"),
    }
    [accepted] = series(window, "dayChartView", "acceptedBars").barSets()
    assert values(accepted) == [0] * 30
    assert series(window, "onTimeChartView", "onTimeLine").count() == 0
    assert series(window, "ratingChartView", "ratingLine").count() == 0
    [bars] = series(window, "categoryChartView", "categoryBars").barSets()
    assert bars.count() == 7 and not any(values(bars))
    assert not window.message_bar.isVisible()


def test_f5_and_the_timer_read_the_figures_again(qtbot, open_window, deputy, worker, clock):
    window = open_window(deputy)
    assert window.refresh_action.shortcut() == QKeySequence("F5")
    assert window.refresh_timer.isActive() and window.refresh_timer.interval() == 60_000
    before = int(window.tiles["accepted_today"].value.text())
    accept(worker, "G046", "张秀兰")
    clock.value = datetime(2026, 11, 23, 10, 7)
    reload(qtbot, window)
    assert int(window.tiles["accepted_today"].value.text()) == before + 1
    assert window.status_as_of.text().endswith("10:07")
    [accepted] = series(window, "dayChartView", "acceptedBars").barSets()
    assert accepted.at(29) == before + 1
    accept(worker, "G031", "李德胜")
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.refresh_timer.timeout.emit()
    assert int(window.tiles["accepted_today"].value.text()) == before + 2


def test_the_load_runs_off_the_ui_thread_and_a_refresh_asked_meanwhile_follows(qtbot, open_window, deputy,
                                                                                monkeypatch):
    window = open_window(deputy)
    real, gate, threads = reports.dashboard, threading.Event(), []

    def slow(ctx):
        threads.append(threading.get_ident())
        gate.wait(5)
        return real(ctx)

    monkeypatch.setattr(reports, "dashboard", slow)
    window.refresh()
    assert window.loading  # refresh() came back at once: the window stays usable
    switch(window, "en")
    assert window.tiles["overdue"].caption.text() == "Overdue"
    window.refresh()  # asked again while loading: one more load after this one, not two at once
    with qtbot.waitSignals([window.loaded, window.loaded], timeout=10000):
        gate.set()
    assert len(threads) == 2 and threading.get_ident() not in threads
    assert not window.loading


def test_a_refused_load_is_said_in_the_message_bar(qtbot, open_window, deputy, monkeypatch):
    window = open_window(deputy)

    def refuse(ctx):
        raise PermissionDenied("permission_denied", perm="reports")

    monkeypatch.setattr(reports, "dashboard", refuse)
    window.refresh()
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10000)
    assert window.message_bar.text() and int(window.tiles["open"].value.text())  # the last figures stay


def test_overdue_and_due_soon_tiles_ask_for_the_back_office(qtbot, open_window, deputy):
    window = open_window(deputy)
    asked = []
    window.backOfficeRequested.connect(asked.append)
    qtbot.mouseClick(window.tiles["overdue"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.tiles["open"], Qt.MouseButton.LeftButton)  # a plain figure: nothing to open
    window.tiles["due_soon"].setFocus()
    qtbot.keyClick(window.tiles["due_soon"], Qt.Key.Key_Return)
    window.overdue_action.trigger()
    window.due_soon_action.trigger()
    assert asked == ["overdue", "due_soon", "overdue", "due_soon"]
    assert window.overdue_action.shortcut() == QKeySequence("F6")


def test_switching_to_english_relabels_tiles_charts_and_categories(qtbot, open_window, deputy):
    window = open_window(deputy)
    d = reports.dashboard(deputy)
    names = window.chart("categoryChartView").axes(Qt.Orientation.Vertical)[0]
    assert names.categories()[::-1] == [b.label_zh for b in d.by_category]
    switch(window, "en")
    captions = [tile.caption.text() for tile in window.tiles.values()]
    assert captions == ["Waiting now", "Open affairs", "Due soon", "Overdue", "Urgent", "Accepted today",
                        "Completed today"]
    names = window.chart("categoryChartView").axes(Qt.Orientation.Vertical)[0]
    assert names.categories()[::-1] == [b.label_en for b in d.by_category]
    assert window.chart("categoryChartView").title() == "Accepted by category, last 30 days"
    assert window.chart("dayChartView").title().startswith("Affairs by day, last 30 days:")
    y_axis = window.chart("ratingChartView").axes(Qt.Orientation.Vertical)[0]
    assert y_axis.titleText() == "Average rating"
    assert [m.label() for m in window.chart("dayChartView").legend().markers()] == ["Accepted", "Completed"]
    assert window.status_as_of.text() == "As of 10:00" and window.dashboard_menu.title() == "&Dashboard"
    # The figures were not loaded again for a language switch.
    assert [int(t.value.text()) for t in window.tiles.values()] == [getattr(d, k) for k in TILES]


def test_every_widget_has_a_unique_object_name(open_window, deputy):
    window = open_window(deputy)
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QLabel, QFrame, QChartView)

    def inside_a_composite(w):  # a chart view's viewport and scroll bars, a menu bar's extension button
        p = w.parent()
        while p is not None:
            if isinstance(p, (QChartView, QAbstractButton, QComboBox, QAbstractItemView)) or \
                    type(p).__name__ in ("QMenuBar", "QStatusBar") and not isinstance(w, QLabel):
                return True
            p = p.parent()
        return False

    found = [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)
             and w.window() is window]
    assert len(found) > 20
    assert [type(w).__name__ for w in found if not w.objectName()] == []
    names = [w.objectName() for w in found]
    assert len(names) == len(set(names)), sorted(names)
    assert window.objectName() == "dashboardWindow"


def test_it_fits_a_1366_by_768_screen_without_cut_text(qtbot, qapp, open_window, deputy):
    window = open_window(deputy)
    for lang in ("zh", "en"):
        switch(window, lang)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740, (lang, hint)
        for tile in window.tiles.values():
            for label in (tile.value, tile.caption):
                assert label.width() >= label.sizeHint().width(), (lang, label.objectName(), label.text())
        for name, view in window.views.items():
            chart = view.chart()
            title = QFontMetrics(chart.titleFont()).horizontalAdvance(chart.title())
            assert title < view.width() - 20, (lang, name, chart.title())
