import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from app.services import station
from app.services.context import ServiceContext
from app.ui.app import build_navigator, make_app
from app.ui.appearance import APPEARANCE
from app.ui.desk.window import DeskWindow
from app.ui.i18n import LANGUAGE


@pytest.fixture
def qapp():
    return make_app()


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp):
    """Windows a test built without handing them to qtbot (a navigator's, a dialog's) are deleted after it:
    otherwise they pile up, and every later style change (large font, high contrast) re-polishes them all,
    which made the UI tests four times slower run together than file by file."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMainWindow, QDialog)):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_ctx(qapp, sqlite_database, clock):
    """make_ctx(username, desk="窗口1"): that user signed in on the SQLite station, in Chinese; the
    language is Chinese again after the test."""
    LANGUAGE.set("zh")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    yield lambda username, desk="窗口1": base.as_actor(station.actor_for(base, username, desk=desk))
    LANGUAGE.set("zh")


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


@pytest.fixture
def navigators(qapp, sqlite_database, clock, tmp_path):
    """make(user, output_dir=None): the navigator of `user` signed in at 窗口1 (output in tmp_path/<user>
    unless given). After the test the modes and language are reset, and the navigators and their windows
    shut down and deleted at once: every window alive is re-polished at each style switch of a later test."""
    base = ServiceContext.for_database(sqlite_database, now=clock)
    made = []

    def make(user, output_dir=None):
        nav = build_navigator(sqlite_database, base, station.actor_for(base, user, desk="窗口1"),
                              output_dir=output_dir or tmp_path / user)
        made.append(nav)
        return nav

    yield make
    APPEARANCE.set_modes(large=False, high_contrast=False, save=False)
    LANGUAGE.set("zh")
    for nav in made:
        nav.idle_lock.stop()
        nav.auto_exporter.stop()
        for window in nav._windows.values():
            window.close()
            window.deleteLater()
        nav.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
