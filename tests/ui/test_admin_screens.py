"""The administrator's accounts window, the stationmaster's audit log and the full-number reveal."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QLineEdit, QWidget,
)

from app.services import accounts, acceptance, audit, catalogue, demo, residents, station
from app.services.audit import AuditFilter
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.admin.account_dialogs import AccountDialog, PasswordDialog
from app.ui.admin.accounts_window import AccountsWindow
from app.ui.admin.audit_window import AuditWindow
from app.ui.desk.resident_panel import REVEAL_MS
from app.ui.desk.window import DeskWindow
from app.ui.i18n import LANGUAGE
from app.ui.login.login_dialog import LoginDialog

ADMIN_PASSWORD = "Station2026"


@pytest.fixture
def base(qapp, sqlite_database, clock):
    LANGUAGE.set("zh")
    yield ServiceContext.for_database(sqlite_database, now=clock)
    LANGUAGE.set("zh")


def as_user(base, username, desk="窗口1"):
    return base.as_actor(station.actor_for(base, username, desk=desk))


@pytest.fixture
def admin(base):
    accounts.set_up_admin(base, ADMIN_PASSWORD)
    return as_user(base, "admin", "管理")


def show(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def select(window, username):
    row = next(i for i, a in enumerate(window.model.rows) if a.username == username)
    window.table.selectRow(row)
    return window.model.rows[row]


def test_the_administrator_creates_an_account_that_can_then_sign_in(qtbot, base, admin):
    window = show(qtbot, AccountsWindow(admin, station.current_station(admin)))
    assert {a.username for a in window.model.rows} >= {"wangxm", "chenlx", "liufang", "admin"}
    dialog = window.new_account()
    assert isinstance(dialog, AccountDialog)
    dialog.username.setText("zhangwei")
    dialog.name.setText("张伟")
    dialog.role.setCurrentIndex(dialog.role.findData("deputy_stationmaster"))
    dialog.password.setText("Zhang2026")
    dialog.repeat.setText("Zhang2027")
    ok_button(dialog).click()
    assert dialog.isVisible() and dialog.message.text() == dialog.tr(
        "The two passwords differ; type the same password twice.")
    dialog.repeat.setText("Zhang2026")
    dialog.username.setText("wangxm")  # taken: the service's refusal stays in the dialog
    ok_button(dialog).click()
    assert dialog.isVisible() and dialog.message.text() == ValidationError(
        "username_taken", username="wangxm").text("zh")
    dialog.username.setText("zhangwei")
    dialog.password.setText("zhangwei")
    dialog.repeat.setText("zhangwei")
    ok_button(dialog).click()
    assert dialog.message.text() == ValidationError("password_weak").text("zh")
    dialog.password.setText("Zhang2026")
    dialog.repeat.setText("Zhang2026")
    ok_button(dialog).click()
    assert not dialog.isVisible()
    created = window.selected()
    assert (created.username, created.name, created.role, created.active, created.has_password) == (
        "zhangwei", "张伟", "deputy_stationmaster", True, True)
    assert window.message_bar.isVisible() and "zhangwei" in window.message_bar.text()
    login = LoginDialog(base, username="zhangwei", desk="窗口3")
    qtbot.addWidget(login)
    login.password.setText("Zhang2026")
    ok_button(login).click()
    assert login.actor is not None and login.actor.role == "deputy_stationmaster"


def test_edit_reset_and_unlock_an_account(qtbot, base, admin):
    for n in range(accounts.MAX_FAILURES):
        with pytest.raises(Exception):
            accounts.login(base, "lijh", f"wrong{n}x", "窗口2")
    window = show(qtbot, AccountsWindow(admin, station.current_station(admin)))
    locked = select(window, "lijh")
    col = [c.header() for c in window.model.columns].index(window.tr("Locked until"))
    assert window.model.data(window.model.index(window.table.currentIndex().row(), col)) != ""
    assert locked.locked_until and window.unlock_button.isEnabled()
    window.unlock_button.click()
    assert not window.selected().locked_until and not window.unlock_button.isEnabled()
    assert accounts.login(base, "lijh", demo.DEMO_PASSWORD, "窗口2").role == "social_worker"

    select(window, "zhaomin")
    dialog = window.edit_account()
    assert dialog.username.isReadOnly() and not dialog.password.isVisibleTo(dialog)
    dialog.name.setText("赵敏（借调）")
    dialog.active.setChecked(False)
    ok_button(dialog).click()
    edited = window.selected()
    assert (edited.username, edited.name, edited.active) == ("zhaomin", "赵敏（借调）", False)

    select(window, "admin")
    dialog = window.edit_account()
    dialog.role.setCurrentIndex(dialog.role.findData("social_worker"))
    ok_button(dialog).click()  # the last administrator stays one
    assert dialog.isVisible() and dialog.message.text() == ValidationError("last_admin").text("zh")
    dialog.reject()

    select(window, "wangxm")
    dialog = window.reset_password()
    assert isinstance(dialog, PasswordDialog)
    dialog.password.setText("Wang2026new")
    dialog.repeat.setText("Wang2026new")
    ok_button(dialog).click()
    assert not dialog.isVisible() and window.message_bar.property("kind") == "ok"
    assert accounts.login(base, "wangxm", "Wang2026new", "窗口1").role == "social_worker"


def test_the_audit_log_shows_an_acceptance_and_filters_by_user(qtbot, base, clock):
    wang, li = as_user(base, "wangxm"), as_user(base, "lijh", "窗口2")
    zhang = residents.search(wang, "张秀兰")[0].id
    n = len(catalogue.get_type(wang, "P002").materials)
    acceptance.accept(wang, zhang, "P002", ["provided"] * n)
    lide = residents.search(li, "李德胜")[0].id
    n = len(catalogue.get_type(li, "L001").materials)
    acceptance.accept(li, lide, "L001", ["provided"] * n)
    chief = as_user(base, "chenlx")
    window = show(qtbot, AuditWindow(chief, station.current_station(chief)))
    rows = window.model.rows
    assert {"wangxm", "lijh"} <= {e.username for e in rows}
    assert [e.at for e in rows] == sorted((e.at for e in rows), reverse=True)  # newest first
    accepted = [e for e in rows if e.username == "wangxm" and e.operation.startswith("acceptance.accept")]
    assert accepted and accepted[0].desk == "窗口1" and accepted[0].action == "write"
    window.staff.setCurrentIndex(window.staff.findData(wang.actor.staff_id))
    assert window.model.rows and {e.username for e in window.model.rows} == {"wangxm"}
    window.staff.setCurrentIndex(0)
    window.action.setCurrentIndex(window.action.findData("write"))
    window.text.setText("lijh")
    rows = window.refresh()
    assert rows and all(e.action == "write" for e in rows) and {e.username for e in rows} == {"lijh"}
    # Read-only: no editing and nothing to export.
    assert window.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not [b for b in window.findChildren(QAbstractButton) if "xport" in b.text() or "导出" in b.text()]
    # A range that ends before it starts is the service's message, not a crash.
    window.first.setDate(window.last.date().addDays(3))
    window.refresh()
    assert window.message_bar.isVisible()


def test_the_reveal_button_is_only_for_roles_that_may_and_each_reveal_is_logged(qtbot, base, tmp_path):
    worker = show(qtbot, DeskWindow(as_user(base, "wangxm"), station.current_station(base), tmp_path))
    assert not worker.residents.reveal_button.isVisibleTo(worker)
    assert worker.residents.reveal() is None
    deputy_ctx = as_user(base, "liufang", "后台")
    desk = show(qtbot, DeskWindow(deputy_ctx, station.current_station(base), tmp_path))
    panel = desk.residents
    assert panel.reveal_button.isVisibleTo(desk) and not panel.reveal_button.isEnabled()
    zhang = residents.search(deputy_ctx, "张秀兰")[0]
    panel.choose(zhang.id)
    assert zhang.id_masked in panel.card.text() and panel.reveal_button.isEnabled()
    full = residents.reveal(deputy_ctx, zhang.id)
    panel.reveal_button.click()
    assert full.id_number in panel.card.text() and zhang.id_masked not in panel.card.text()
    assert panel.reveal_timer.isActive() and panel.reveal_timer.interval() == REVEAL_MS == 30_000
    panel.reveal_timer.timeout.emit()  # thirty seconds later
    assert full.id_number not in panel.card.text() and zhang.id_masked in panel.card.text()
    reveals = audit.entries(as_user(base, "chenlx"), AuditFilter(action="reveal"))
    assert len(reveals) == 2 and {e.username for e in reveals} == {"liufang"}
    assert reveals[0].target == f"resident:{zhang.id}"
    panel.clear()
    assert not panel.reveal_button.isEnabled()


def test_every_widget_of_the_admin_screens_has_an_object_name(qtbot, base, admin):
    chief = as_user(base, "chenlx")
    accounts_window = show(qtbot, AccountsWindow(admin, station.current_station(admin)))
    select(accounts_window, "wangxm")
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QDateEdit)

    def inside_a_composite(w):
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    for widget in (accounts_window, AuditWindow(chief, station.current_station(chief)),
                   accounts_window.new_account(), accounts_window.edit_account(), accounts_window.reset_password()):
        if widget.parent() is None:
            qtbot.addWidget(widget)  # the dialogs go with their window (and delete themselves on closing)
        found = [w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)
                 and w.window() is widget]  # the window's dialogs are counted on their own
        assert found and [type(w).__name__ for w in found if not w.objectName()] == [], widget.objectName()
        names = [w.objectName() for w in found]
        assert len(names) == len(set(names)), widget.objectName()
        if widget.isVisible() and widget is not accounts_window:
            widget.close()


def test_the_admin_screens_switch_language(qtbot, base, admin):
    LANGUAGE.set("en")
    window = show(qtbot, AccountsWindow(admin, station.current_station(admin)))
    chief = as_user(base, "chenlx")
    log = show(qtbot, AuditWindow(chief, station.current_station(chief)))
    assert window.new_button.text() == "New… (Ctrl+N)" and log.action.itemText(0) == "All actions"
    assert log.action.itemText(log.action.findData("reveal")) == "reveal full numbers"
    assert window.model.headerData(2, Qt.Orientation.Horizontal) == "Role"
    row = select(window, "wangxm")
    assert window.model.data(window.model.index(window.table.currentIndex().row(), 2)) == row.role_en
    window.lang_menu.zh.trigger()
    qtbot.waitUntil(lambda: log.action.itemText(log.action.findData("reveal")) == "显示完整号码")
    assert window.model.data(window.model.index(window.table.currentIndex().row(), 2)) == row.role_zh
    assert window.new_button.text() == window.tr("New… (Ctrl+N)")
