"""Moving between the station's screens: each role starts where its day starts."""
import pytest
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.app import build_window
from app.ui.i18n import LANGUAGE


@pytest.fixture
def opened(qapp, sqlite_database, tmp_path):
    windows = []

    def open_as(user):
        LANGUAGE.set("zh")
        window, database = build_window(sqlite_database.url, user=user, seed_demo=False,
                                        output_dir=tmp_path / "docs")
        windows.append((window, database))
        return window

    yield open_as
    for window, database in windows:
        for w in window.navigator._windows.values():
            w.close()
        database.dispose()


def test_the_deputy_starts_at_the_transfer_queue_and_a_worker_at_the_desk(opened):
    assert opened("liufang").objectName() == "backOfficeWindow"
    assert opened("wangxm").objectName() == "deskWindow"


def test_the_go_menu_opens_every_screen_once(qtbot, opened):
    window = opened("liufang")
    nav = window.navigator
    labels = {a.objectName(): a for _, a in window.go_menu.items}
    assert window.go_menu.menu.title() == "转到(&G)"
    labels["actionGo_desk"].trigger()
    labels["actionGo_visits"].trigger()
    assert set(nav._windows) == {"back_office", "desk", "visits"}
    desk = nav.window("desk")
    assert desk.isVisible() and nav.window("desk") is desk
    assert nav.window("visits").objectName() == "visitsWindow"


def test_a_social_worker_does_not_see_what_they_may_not_do(opened):
    window = opened("wangxm")
    visible = {a.objectName() for _, a in window.go_menu.items if a.isVisible()}
    assert "actionGo_desk" in visible and "actionGo_visits" in visible


def test_ctrl_h_on_the_desk_opens_the_resident_history(qtbot, opened):
    from tests.ui.test_desk import find_resident_by_keyboard

    desk = opened("wangxm")
    desk.show()
    qtbot.waitExposed(desk)
    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    assert desk.residents.history_button.isEnabled()
    desk.residents.history_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert any(d.objectName() == "timelineDialog" for d in dialogs)
    for d in dialogs:
        d.close()


def test_every_screen_of_the_station_opens_from_the_go_menu(qtbot, opened):
    window = opened("chenlx")  # the chief stationmaster may open every one of them
    nav = window.navigator
    names = {"desk": "deskWindow", "back_office": "backOfficeWindow", "visits": "visitsWindow",
             "reception": "receptionWindow", "display": "waitingDisplay", "cases": "casesWindow",
             "needs": "needsWindow", "reports": "reportsWindow", "dashboard": "dashboardWindow"}
    visible = {a.objectName() for _, a in window.go_menu.items if a.isVisible()}
    assert visible == {f"actionGo_{n}" for n in names} | {"actionGo_certificates"}
    for name, object_name in names.items():
        assert nav.window(name).objectName() == object_name
    assert not hasattr(nav.window("display"), "go_menu")  # residents look at it: no menus
    assert window.go_menu.menu.actions()[4].text() == "预约与取号"


def test_the_dashboards_overdue_tile_opens_the_queue_filtered(qtbot, opened):
    window = opened("liufang")
    nav = window.navigator
    dashboard = nav.window("dashboard")
    from app.services import queue

    counts = queue.queue(nav.ctx).counts
    for state in ("due_soon", "overdue"):
        dashboard.backOfficeRequested.emit(state)
        queue_view = nav.window("back_office").queue_view
        assert queue_view.deadline.currentData() == state
        shown = queue_view.visible_rows()
        assert len(shown) == counts[state] and all(r.deadline == state for r in shown)
    assert counts["overdue"] > 0
    assert nav.window("back_office").isVisible()
