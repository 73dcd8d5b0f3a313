import pytest

from app.services import station
from app.services.context import ServiceContext
from app.ui.app import make_app
from app.ui.desk.window import DeskWindow
from app.ui.i18n import LANGUAGE


@pytest.fixture
def qapp():
    return make_app()


@pytest.fixture
def desk(qtbot, qapp, sqlite_database, clock, tmp_path):
    LANGUAGE.set("zh")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    ctx = base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    window = DeskWindow(ctx, station.current_station(ctx), tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    LANGUAGE.set("zh")
