"""Signing in at the desk: the first start's administrator password, the login dialog with its
lockout, the idle lock that keeps unsaved input, and switching user."""
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QAbstractItemView, QComboBox, QDialogButtonBox, QLineEdit, QWidget

from app.services import accounts, audit, demo, station
from app.services.audit import AuditFilter
from app.services.context import ServiceContext
from app.services.errors import DomainError, ValidationError
from app.ui.app import DeskSession, build_navigator
from app.ui.i18n import LANGUAGE
from app.ui.login.idle_lock import idle_minutes
from app.ui.login.login_dialog import LAST_DESK_KEY, LAST_USER_KEY, LoginDialog
from app.ui.login.setup_dialog import SetupDialog
from tests.ui.test_desk import type_text

ADMIN_PASSWORD = "Station2026"


@pytest.fixture
def base(qapp, sqlite_database, clock):
    LANGUAGE.set("zh")
    yield ServiceContext.for_database(sqlite_database, now=clock)
    LANGUAGE.set("zh")


@pytest.fixture
def navigators(qtbot, sqlite_database, tmp_path):
    opened = []

    def open_for(actor, base):
        nav = build_navigator(sqlite_database, base, actor, output_dir=tmp_path / "docs")
        window = nav.start_window()
        window.navigator = nav
        window.show()
        qtbot.waitExposed(window)
        opened.append(nav)
        return nav, window

    yield open_for
    for nav in opened:
        nav.idle_lock.stop()
        for w in list(nav._windows.values()):
            w.close()


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def sign_in(qtbot, dialog, username, password, desk="窗口2"):
    dialog.username.setText(username)
    dialog.desk.setText(desk)
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs in
    return dialog.actor


def test_the_first_start_sets_the_administrators_password_and_refuses_weak_or_different_ones(qtbot, base):
    assert accounts.needs_setup(base)
    dialog = SetupDialog(base)
    qtbot.addWidget(dialog)
    dialog.show()
    for first, second, refusal in (
            ("short1", "short1", ValidationError("password_short", min=accounts.PASSWORD_MIN)),
            ("onlyletters", "onlyletters", ValidationError("password_weak")),
            (ADMIN_PASSWORD, ADMIN_PASSWORD + "x", None)):
        dialog.password.setText(first)
        dialog.repeat.setText(second)
        ok_button(dialog).click()
        assert dialog.isVisible() and dialog.actor is None and dialog.message.isVisibleTo(dialog)
        if refusal is not None:
            assert dialog.message.text() == refusal.text("zh")
        else:
            assert dialog.message.text() == dialog.tr("The two passwords differ; type the same password twice.")
        assert accounts.needs_setup(base)
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.repeat.setText(ADMIN_PASSWORD)
    ok_button(dialog).click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted and dialog.actor.role == "admin"
    assert not accounts.needs_setup(base)
    assert accounts.login(base, "admin", ADMIN_PASSWORD, "窗口1").role == "admin"


@pytest.mark.parametrize("username, start", [("wangxm", "deskWindow"), ("chenlx", "backOfficeWindow"),
                                             ("liufang", "backOfficeWindow"), ("admin", "accountsWindow")])
def test_each_role_signs_in_and_lands_where_its_day_starts(qtbot, base, navigators, tmp_path, username, start):
    password = demo.DEMO_PASSWORD
    if username == "admin":
        accounts.set_up_admin(base, ADMIN_PASSWORD)
        password = ADMIN_PASSWORD
    settings = QSettings(str(tmp_path / "desk-settings.ini"), QSettings.Format.IniFormat)
    dialog = LoginDialog(base, "测试站", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    actor = sign_in(qtbot, dialog, username, password)
    assert actor is not None and dialog.result() == LoginDialog.DialogCode.Accepted
    assert (actor.desk, dialog.password.text()) == ("窗口2", "")
    assert settings.value(LAST_USER_KEY) == username and settings.value(LAST_DESK_KEY) == "窗口2"
    nav, window = navigators(actor, base)
    assert window.objectName() == start and nav.ctx.actor == actor
    # The next start offers the same user and desk; the caret waits in the password box.
    again = LoginDialog(base, settings=settings)
    qtbot.addWidget(again)
    assert (again.username.text(), again.desk.text()) == (username, "窗口2")
    assert again.focusWidget() is again.password or again.password.hasFocus() or not again.isVisible()


def test_a_wrong_password_says_how_many_tries_are_left_and_five_lock_the_account(qtbot, base):
    dialog = LoginDialog(base, username="wangxm", desk="窗口1")
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(1, accounts.MAX_FAILURES):
        assert sign_in(qtbot, dialog, "wangxm", f"wrong{attempt}x") is None
        expected = ValidationError("login_failed", left=accounts.MAX_FAILURES - attempt,
                                   minutes=accounts.LOCK_MINUTES).text("zh")
        assert dialog.message.text() == expected and dialog.isVisible()
        assert dialog.password.text() == ""
    assert sign_in(qtbot, dialog, "wangxm", "wrong5x") is None
    locked = DomainError("login_locked", minutes=accounts.LOCK_MINUTES).text("zh")
    assert dialog.message.text() == locked
    # Locked: even the right password is refused until the quarter of an hour is over.
    assert sign_in(qtbot, dialog, "wangxm", demo.DEMO_PASSWORD) is None
    assert dialog.message.text() == locked
    assert dialog.result() != LoginDialog.DialogCode.Accepted


def test_escape_quits_the_sign_in_and_an_empty_desk_is_asked_for(qtbot, base):
    dialog = LoginDialog(base, username="wangxm")
    qtbot.addWidget(dialog)
    dialog.show()
    assert sign_in(qtbot, dialog, "wangxm", demo.DEMO_PASSWORD, desk="") is None
    assert dialog.message.text() == dialog.tr("Enter the name of this desk.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == LoginDialog.DialogCode.Rejected and not dialog.isVisible()


def test_the_idle_lock_covers_every_window_and_keeps_what_was_typed(qtbot, base, navigators):
    actor = accounts.login(base, "wangxm", demo.DEMO_PASSWORD, "窗口1")
    nav, desk = navigators(actor, base)
    assert nav.idle_minutes == 5 and nav.idle_lock.idle_ms == 5 * 60_000
    visits = nav.window("visits")
    nav.show("visits")
    qtbot.waitExposed(visits)
    desk.activateWindow()
    search = desk.residents.search
    search.setFocus()
    type_text(qtbot, search, "张秀")
    nav.idle_lock.set_idle_ms(150)  # the test's "five minutes"
    qtbot.waitUntil(lambda: nav.idle_lock.is_locked, timeout=5000)
    overlays = {o.parentWidget().objectName(): o for o in nav.idle_lock.overlays()}
    assert set(overlays) == {"deskWindow", "visitsWindow"}
    for window in (desk, visits):
        overlay = overlays[window.objectName()]
        assert overlay.isVisible() and overlay.geometry() == window.rect()
        assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    # Keys do not reach the hidden desk, nor do its shortcuts.
    type_text(qtbot, search, "兰")
    qtbot.keyClick(desk, Qt.Key.Key_F2)
    assert search.text() == "张秀"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    desk.resize(1200, 700)
    assert overlays["deskWindow"].geometry() == desk.rect()
    overlay = overlays["deskWindow"]
    qtbot.keyClicks(overlay.password, "wrong1x")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert nav.idle_lock.is_locked and overlay.message.isVisibleTo(overlay)
    assert overlay.message.text() == ValidationError("login_failed", left=accounts.MAX_FAILURES - 1,
                                                     minutes=accounts.LOCK_MINUTES).text("zh")
    assert nav.idle_lock.unlock(demo.DEMO_PASSWORD, overlay)
    assert not nav.idle_lock.is_locked and nav.idle_lock.overlays() == []
    assert search.text() == "张秀" and search.isEnabled() and desk.centralWidget().isEnabled()
    assert nav.idle_lock.timer.isActive()  # counting again
    entries = audit.entries(accounts_ctx(base, "chenlx"), AuditFilter(action="unlock"))
    assert [e.username for e in entries] == ["wangxm"]


def accounts_ctx(base, username):
    return base.as_actor(station.actor_for(base, username, desk="窗口1"))


def test_ctrl_l_locks_at_once_and_the_setting_turns_the_idle_lock_off(qtbot, base, navigators, tmp_path):
    settings = QSettings(str(tmp_path / "docs" / "desk-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("lock/idle_minutes", 0)
    settings.sync()
    assert idle_minutes(settings) == 0
    actor = accounts.login(base, "liufang", demo.DEMO_PASSWORD, "后台")
    nav, window = navigators(actor, base)
    assert nav.idle_minutes == 0 and not nav.idle_lock.timer.isActive()
    window.activateWindow()
    lock_action = dict(window.go_menu.session_items)["lock"]
    assert lock_action.shortcut().toString() == "Ctrl+L"
    lock_action.trigger()
    assert nav.idle_lock.is_locked
    assert nav.idle_lock.unlock(demo.DEMO_PASSWORD)
    # Another navigator's windows (another test's, a closed session's) are not this lock's to cover.
    from PySide6.QtWidgets import QMainWindow

    foreign = QMainWindow(objectName="foreignWindow")
    qtbot.addWidget(foreign)
    foreign.show()
    nav.lock_now()
    assert [o.parentWidget().objectName() for o in nav.idle_lock.overlays()] == ["backOfficeWindow"]
    assert foreign.findChildren(QWidget, "lockOverlay") == []
    assert nav.idle_lock.unlock(demo.DEMO_PASSWORD)
    window.hide()
    assert not nav.idle_lock.lock()  # none of its windows open: nothing to hide, no lock
    window.show()
    # The cases window adds notes on Ctrl+L: there the menu item goes without the key.
    cases = nav.window("cases")
    assert dict(cases.go_menu.session_items)["lock"].shortcuts() == []


def test_switch_user_signs_out_after_asking_and_the_next_worker_signs_in(qtbot, base, sqlite_database, tmp_path,
                                                                          monkeypatch):
    session = DeskSession(sqlite_database, base, user="wangxm", desk="窗口1", settings_path=tmp_path / "d.ini",
                          output_dir=tmp_path / "docs")
    try:
        window = session.start(accounts.login(base, "wangxm", demo.DEMO_PASSWORD, "窗口1"))
        qtbot.waitExposed(window)
        nav = session.navigator
        type_text(qtbot, window.residents.search, "张")
        nav.lock_now()
        overlay = nav.idle_lock.overlays()[0]
        nav.idle_lock.confirm_switch = lambda parent: False  # "Cancel": nothing happens
        overlay.switch_button.click()
        assert nav.idle_lock.is_locked and window.isVisible()
        next_worker = accounts.login(base, "liufang", demo.DEMO_PASSWORD, "窗口1")
        monkeypatch.setattr(session, "ask", lambda: next_worker)
        nav.idle_lock.confirm_switch = lambda parent: True
        with qtbot.waitSignal(nav.signedOut, timeout=3000):
            overlay.switch_button.click()
        assert not window.isVisible()
        qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible(), timeout=5000)
        assert session.navigator is not nav and session.window.objectName() == "backOfficeWindow"
        assert session.navigator.ctx.actor == next_worker and not session.navigator.idle_lock.is_locked
        logouts = audit.entries(accounts_ctx(base, "chenlx"), AuditFilter(action="logout"))
        assert [e.username for e in logouts] == ["wangxm"]
    finally:
        if session.navigator is not None:
            session.navigator.sign_out()
        session.end()


def test_every_widget_of_the_sign_in_dialogs_has_an_object_name(qtbot, base):
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)
    for dialog in (LoginDialog(base), SetupDialog(base)):
        qtbot.addWidget(dialog)
        found = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds) and not isinstance(
            w.parent(), kinds)]
        assert found and [type(w).__name__ for w in found if not w.objectName()] == []
        names = [w.objectName() for w in dialog.findChildren(QWidget) if w.objectName()]
        assert len([n for n in names if n.startswith(("login", "setup"))]) >= 5


def test_the_language_button_switches_the_sign_in(qtbot, base):
    LANGUAGE.set("en")
    dialog = LoginDialog(base)
    qtbot.addWidget(dialog)
    dialog.show()
    assert ok_button(dialog).text() == "Sign in" and dialog.language.text() == "中文"
    dialog.language.click()
    assert LANGUAGE.code == "zh" and dialog.language.text() == "English"
    qtbot.waitUntil(lambda: ok_button(dialog).text() == "登录")
    assert "登录" in dialog.windowTitle()
    dialog.language.click()
    assert LANGUAGE.code == "en"
    qtbot.waitUntil(lambda: ok_button(dialog).text() == "Sign in")


def test_the_first_desk_of_the_day_backs_up_the_database(qapp, qtbot, sqlite_database, tmp_path):
    from app.ui.app import start_daily_backup

    settings = tmp_path / "desk-settings.ini"
    results = []
    task = start_daily_backup(sqlite_database, settings)
    task.succeeded.connect(results.append)
    qtbot.waitUntil(lambda: not task.running, timeout=15000)
    made = list((tmp_path / "backups").glob("one-window-*.sqlite3"))
    assert len(made) == 1 and results and results[0].integrity == "ok"
    again = start_daily_backup(sqlite_database, settings)  # a second desk the same day: nothing new
    qtbot.waitUntil(lambda: not again.running, timeout=15000)
    assert list((tmp_path / "backups").glob("one-window-*.sqlite3")) == made
    from PySide6.QtCore import QSettings

    QSettings(str(settings), QSettings.Format.IniFormat).setValue("backup/enabled", "false")
    assert start_daily_backup(sqlite_database, settings) is None
