"""The first-run setup wizard, driven from the keyboard on temporary SQLite files: a new
station, the demo, joining an existing station, a failed connection test, going back."""
from __future__ import annotations

import shutil
from datetime import time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from app import db as dbmod
from app.services import accounts, setup, station
from app.services.context import ServiceContext
from app.services.setup_dto import AdminAccount, StationDetails, StationSetup
from app.ui.i18n import LANGUAGE
from app.ui.setup.wizard import SetupWizard
from app.ui.setup.wizard_pages import ADMIN, DATABASE, DESK, HOURS, STATION, SUMMARY, WELCOME
from tests.ui.test_desk import type_text

PASSWORD = "Station2026"


@pytest.fixture
def make_wizard(qtbot, qapp, tmp_path, clock):
    made = []

    def make(**kwargs):
        wizard = SetupWizard(tmp_path / "desk-settings.ini", data_dir=tmp_path / "data",
                             documents_dir=tmp_path / "documents", now=clock, **kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    LANGUAGE.set("zh")
    yield make
    for wizard in made:
        if wizard.database is not None:
            wizard.database.dispose()
    LANGUAGE.set("zh")


def enter(qtbot, wizard):
    """Enter where the worker is typing: the wizard's default button (Next, or Finish)."""
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)


def retype(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def to_database_page(qtbot, wizard, folder):
    enter(qtbot, wizard)
    assert wizard.currentId() == DATABASE
    retype(qtbot, wizard.database_page.folder.edit, str(folder))


def to_station_page(qtbot, wizard, folder):
    to_database_page(qtbot, wizard, folder)
    enter(qtbot, wizard)  # Next tests the connection first, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentId() == STATION, timeout=10000)


def settings_of(wizard) -> QSettings:
    return QSettings(str(wizard.settings_path), QSettings.Format.IniFormat)


def test_a_new_station_from_the_keyboard(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    folder = tmp_path / "station data"
    to_station_page(qtbot, wizard, folder)
    assert "SQLite" in wizard.database_page.result.text()

    page = wizard.station_page
    for key, text in (("name", "西城区H街道新街社区服务站"), ("code", "xcxj03"), ("subdistrict", "西城区H街道"),
                      ("address", "北京市西城区新街口8号"), ("phone", "010-66001234")):
        retype(qtbot, page.edits[key], text)
    enter(qtbot, wizard)
    assert wizard.currentId() == HOURS and page.edits["code"].text() == "XCXJ03"

    grid = wizard.hours_page.grid
    saturday = grid.rows[5]
    saturday.open.setFocus()
    qtbot.keyClick(saturday.open, Qt.Key.Key_Space)  # open on Saturday mornings only
    qtbot.keyClick(saturday.pm, Qt.Key.Key_Space)
    assert saturday.open.isChecked() and not saturday.pm.isChecked() and not saturday.pm_start.isEnabled()
    enter(qtbot, wizard)
    assert wizard.currentId() == ADMIN

    admin = wizard.admin_page
    retype(qtbot, admin.username, "zhaogl")
    retype(qtbot, admin.name, "赵管理")
    admin.password.setFocus()
    qtbot.keyClicks(admin.password, PASSWORD)
    admin.repeat.setFocus()
    qtbot.keyClicks(admin.repeat, PASSWORD)
    enter(qtbot, wizard)
    assert wizard.currentId() == DESK

    desk = wizard.desk_page
    assert desk.backup.text() == str(folder / "backups")  # beside the database unless chosen
    retype(qtbot, desk.desk, "窗口3")
    desk.paper.setFocus()
    qtbot.keyClick(desk.paper, Qt.Key.Key_Down)
    assert desk.paper.paper() == "roll80"
    desk.desk.setFocus()
    enter(qtbot, wizard)
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary_page.summary.text()
    assert "XCXJ03" in summary and "窗口3" in summary and "08:30–12:00" in summary

    enter(qtbot, wizard)  # Finish
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30000)
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.mode == "station"
    assert wizard.actor.role == "admin" and wizard.actor.desk == "窗口3" and wizard.actor.name == "赵管理"
    assert not admin.password.text()  # the password does not stay in the widgets

    ini = settings_of(wizard)
    url = setup.sqlite_url(folder)
    assert ini.value("setup/done") == "true" and ini.value("setup/mode") == "station"
    assert ini.value("database/url") == url
    assert ini.value("login/desk") == "窗口3" and ini.value("login/last_user") == "zhaogl"
    assert ini.value("printer/name") == "ask" and ini.value("printer/paper") == "roll80"
    assert ini.value("backup/folder") == str(folder / "backups")
    assert ini.value("autoExport/folder") == str(tmp_path / "documents" / "reports")
    assert ini.value("ui/language") == "zh"

    ctx = wizard.ctx
    info = station.current_station(ctx)
    assert (info.code, info.name, info.phone) == ("XCXJ03", "西城区H街道新街社区服务站", "010-66001234")
    hours = station.opening_hours(ctx.as_actor(wizard.actor))
    assert [r for r in hours if r.weekday == 5] == [setup.DEFAULT_HOURS[0].__class__(5, time(8, 30), time(12, 0),
                                                                                      30, 3)]
    assert len(hours) == 11
    assert accounts.login(ctx, "zhaogl", PASSWORD, "窗口3").staff_id == wizard.actor.staff_id


def test_the_demo_choice_finishes_at_once_and_remembers_it(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    wizard.welcome.demo.setFocus()
    qtbot.keyClick(wizard.welcome.demo, Qt.Key.Key_Space)
    assert wizard.welcome.demo.isChecked()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled() or \
        not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    enter(qtbot, wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.mode == "demo"
    assert wizard.database is None  # run() opens it the way --demo does
    ini = settings_of(wizard)
    assert ini.value("setup/done") == "true" and ini.value("setup/mode") == "demo"
    assert ini.value("database/url") is None
    assert not (tmp_path / "data").exists()


def test_the_connection_test_shows_why_a_server_cannot_be_used(qtbot, make_wizard):
    LANGUAGE.set("en")
    wizard = make_wizard()
    enter(qtbot, wizard)
    page = wizard.database_page
    page.server.setFocus()
    qtbot.keyClick(page.server, Qt.Key.Key_Space)
    assert page.url.isEnabled() and not page.folder.isEnabled()
    retype(qtbot, page.url, "postgresql://station:secret@127.0.0.1:1/one_window")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() not in ("", page.tr("Connecting…")), timeout=15000)
    assert "127.0.0.1" in page.result.text() and "cannot be reached" in page.result.text()
    assert "secret" not in page.result.text()
    enter(qtbot, wizard)  # Next tries again and stays
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)
    assert wizard.currentId() == DATABASE and "cannot be reached" in page.result.text()
    retype(qtbot, page.url, "mysql://somewhere/db")
    assert page.result.text() == ""  # an edited URL has not been tested
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PostgreSQL" in page.result.text(), timeout=5000)


def test_back_and_forward_keep_what_was_typed(qtbot, make_wizard, tmp_path):
    wizard = make_wizard()
    to_station_page(qtbot, wizard, tmp_path / "d")
    retype(qtbot, wizard.station_page.edits["name"], "和平社区服务站")
    retype(qtbot, wizard.station_page.edits["code"], "HP01")
    enter(qtbot, wizard)
    wizard.hours_page.grid.rows[0].capacity.setValue(5)
    enter(qtbot, wizard)
    assert wizard.currentId() == ADMIN
    wizard.admin_page.password.setText(PASSWORD)
    for _ in range(3):
        wizard.back()
    assert wizard.currentId() == DATABASE
    assert wizard.database_page.folder.text() == str(tmp_path / "d")
    enter(qtbot, wizard)  # checked already: no second test
    assert wizard.currentId() == STATION and wizard.station_page.edits["name"].text() == "和平社区服务站"
    enter(qtbot, wizard)
    assert wizard.hours_page.grid.rows[0].capacity.value() == 5
    enter(qtbot, wizard)
    assert wizard.admin_page.password.text() == PASSWORD


def test_refusals_stay_on_their_page(qtbot, make_wizard, tmp_path):
    LANGUAGE.set("en")
    wizard = make_wizard()
    to_station_page(qtbot, wizard, tmp_path / "d")
    retype(qtbot, wizard.station_page.edits["name"], "Peace station")
    retype(qtbot, wizard.station_page.edits["code"], "PS-1")
    enter(qtbot, wizard)
    assert wizard.currentId() == STATION and "capital letters" in wizard.station_page.message.text()
    assert wizard.station_page.edits["code"].hasFocus()
    retype(qtbot, wizard.station_page.edits["code"], "PS1")
    enter(qtbot, wizard)
    monday = wizard.hours_page.grid.rows[0]
    monday.am_start.setTime(monday.am_end.time())
    enter(qtbot, wizard)
    assert wizard.currentId() == HOURS and wizard.hours_page.message.text().startswith("Monday")
    monday.am_start.setTime(monday.am_end.time().addSecs(-3600))
    enter(qtbot, wizard)
    wizard.admin_page.password.setText(PASSWORD)
    wizard.admin_page.repeat.setText(PASSWORD + "x")
    enter(qtbot, wizard)
    assert wizard.currentId() == ADMIN and wizard.admin_page.message.isVisibleTo(wizard.admin_page)
    assert wizard.admin_page.repeat.text() == ""


def test_a_station_created_meanwhile_sends_the_finish_back_to_the_database_page(qtbot, make_wizard, tmp_path,
                                                                                 clock):
    LANGUAGE.set("en")
    wizard = make_wizard()
    to_station_page(qtbot, wizard, tmp_path / "d")
    retype(qtbot, wizard.station_page.edits["name"], "Peace station")
    retype(qtbot, wizard.station_page.edits["code"], "PS1")
    enter(qtbot, wizard)
    enter(qtbot, wizard)
    wizard.admin_page.password.setText(PASSWORD)
    wizard.admin_page.repeat.setText(PASSWORD)
    enter(qtbot, wizard)
    enter(qtbot, wizard)
    assert wizard.currentId() == SUMMARY
    # Another desk computer finished its setup on the same database first.
    other = dbmod.connect(setup.sqlite_url(tmp_path / "d"))
    setup.create_station(ServiceContext.for_database(other, now=clock), StationSetup(
        StationDetails("Other station", "OT1"), setup.DEFAULT_HOURS, AdminAccount("admin", "Admin", PASSWORD)))
    other.dispose()
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == DATABASE, timeout=30000)
    assert "Other station (OT1)" in wizard.database_page.message.text() and wizard.isVisible()
    assert not QSettings(str(wizard.settings_path), QSettings.Format.IniFormat).value("setup/done")


def test_a_second_desk_joins_the_station_database(qtbot, make_wizard, tmp_path, sqlite_template):
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copy(sqlite_template, folder / setup.SQLITE_FILE)
    wizard = make_wizard()
    to_database_page(qtbot, wizard, folder)
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == DESK, timeout=10000)  # station, hours, admin skipped
    assert "XCQG01" in wizard.database_page.result.text()
    retype(qtbot, wizard.desk_page.desk, "窗口2")
    enter(qtbot, wizard)
    assert wizard.currentId() == SUMMARY and "XCQG01" in wizard.summary_page.summary.text()
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=30000)
    assert wizard.mode == "joined" and wizard.actor is None and wizard.ctx is not None
    assert station.current_station(wizard.ctx).code == "XCQG01"
    ini = settings_of(wizard)
    assert ini.value("database/url") == setup.sqlite_url(folder) and ini.value("login/last_user") is None


def test_the_language_button_relabels_every_page(qtbot, make_wizard):
    wizard = make_wizard()
    LANGUAGE.set("en")
    qtbot.waitUntil(lambda: wizard.language.text() == "中文")
    assert wizard.welcome.title() == "Welcome to One Window"
    qtbot.mouseClick(wizard.language, Qt.MouseButton.LeftButton)
    # The default name follows the language until typed over.
    qtbot.waitUntil(lambda: wizard.admin_page.name.text() == "系统管理员")
    assert LANGUAGE.code == "zh" and wizard.language.text() == "English"
    assert wizard.welcome.title() == wizard.welcome.tr("Welcome to One Window")
    assert wizard.currentId() == WELCOME


def unnamed_widgets(root):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QTabBar

    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QLabel)

    def inside_a_composite(w):
        p = w.parent()
        while p is not None and p is not root:
            if isinstance(p, (QAbstractSpinBox, QComboBox, QTabBar)):
                return True
            p = p.parent()
        return False

    found = [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
    names = [w.objectName() for w in found]
    return found, [type(w).__name__ + ":" + getattr(w, "text", lambda: "")() for w in found if not w.objectName()], \
        sorted({n for n in names if n and names.count(n) > 1})


def test_every_widget_of_the_wizard_pages_has_a_unique_name(make_wizard):
    wizard = make_wizard()
    for page in wizard.pages():
        found, unnamed, twice = unnamed_widgets(page)
        assert found and unnamed == [] and twice == [], page.objectName()


def mnemonics(widgets):
    import re

    letters = []
    for w in widgets:
        text = w.text() if hasattr(w, "text") else w.title()
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
    return letters


def test_no_two_keys_of_a_page_share_a_mnemonic(qtbot, make_wizard):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    LANGUAGE.set("en")
    wizard = make_wizard()
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                          QWizard.WizardButton.FinishButton)]
    for page in wizard.pages():
        letters = mnemonics(buttons + page.findChildren(QLabel) + page.findChildren(QAbstractButton))
        assert len(letters) == len(set(letters)), (page.objectName(), sorted(letters))
