"""The settings screen: each tab edited and saved, what a desk worker may not change, refusals
shown on their tab, and the changes the navigator applies at once."""
from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtGui import QKeySequence

from app.services import station
from app.services.context import ServiceContext
from app.ui.app import build_navigator
from app.ui.i18n import LANGUAGE
from app.ui.setup import desk_settings
from app.ui.setup.settings_window import DATABASE, DESK, FOLDERS, HOURS, STATION, SettingsWindow


@pytest.fixture
def base(qapp, sqlite_database, clock):
    LANGUAGE.set("en")
    yield ServiceContext.for_database(sqlite_database, now=clock)
    LANGUAGE.set("zh")


@pytest.fixture
def open_settings(qtbot, base, tmp_path):
    def open_as(username: str) -> SettingsWindow:
        ctx = base.as_actor(station.actor_for(base, username, desk="窗口1"))
        window = SettingsWindow(ctx, station.current_station(ctx), tmp_path / "desk-settings.ini", tmp_path / "docs")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: "XCQG01" in window.database_tab.in_use.text(), timeout=10000)
        return window

    return open_as


def save_with_keys(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def ini(window) -> QSettings:
    return QSettings(str(window.settings_path), QSettings.Format.IniFormat)


def test_the_administrator_changes_the_station_details(qtbot, open_settings):
    window = open_settings("admin")
    tab = window.station_tab
    assert tab.edits["code"].isReadOnly() and not tab.edits["name"].isReadOnly()
    assert not tab.read_only_note.isVisibleTo(window)
    changed = []
    window.stationChanged.connect(changed.append)
    tab.edits["name"].setText("强根社区服务站")

    tab.edits["phone"].setText("010-63040000")
    save_with_keys(qtbot, window)
    info = station.current_station(window.ctx)
    assert (info.name, info.phone, info.code) == ("强根社区服务站", "010-63040000", "XCQG01")
    assert changed == [info] and window.message_bar.property("kind") == "ok"
    tab.edits["name"].clear()
    assert not window.save()
    assert window.tabs.currentIndex() == STATION and window.message_bar.text() == "Enter the station's name."
    assert station.current_station(window.ctx).name == "强根社区服务站"


def test_the_chief_changes_the_opening_hours_and_bad_hours_are_refused(qtbot, open_settings):
    window = open_settings("chenlx")
    grid = window.hours_tab.grid
    assert not grid.rows[0].am_start.isReadOnly()
    saturday = grid.rows[5]
    saturday.open.setChecked(True)
    saturday.pm.setChecked(False)
    saturday.am_start.setTime(QTime(9, 0))
    saturday.am_end.setTime(QTime(11, 0))
    assert window.save()
    hours = station.opening_hours(window.ctx)
    assert [(r.start, r.end) for r in hours if r.weekday == 5] == [(time(9, 0), time(11, 0))]
    assert "opening hours are saved" in window.message_bar.text()
    window.tabs.setCurrentIndex(DESK)
    grid.rows[2].pm_end.setTime(QTime(13, 0))  # Wednesday afternoon ends before it starts
    assert not window.save()
    assert window.tabs.currentIndex() == HOURS and window.message_bar.text().startswith("Wednesday 13:30–13:00")
    assert station.opening_hours(window.ctx) == hours


def test_a_desk_worker_sees_the_station_tabs_read_only(qtbot, open_settings):
    window = open_settings("wangxm")
    assert window.station_tab.edits["name"].isReadOnly()
    assert window.station_tab.read_only_note.isVisibleTo(window)
    monday = window.hours_tab.grid.rows[0]
    assert monday.am_start.isReadOnly() and monday.open.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(monday.open, Qt.MouseButton.LeftButton)
    assert monday.open.isChecked()
    assert not window.hours_tab.grid.copy_button.isVisibleTo(window)
    assert not window.folders_tab.backup_now.isEnabled()  # the administrator's
    window.security_tab.idle.setValue(12)
    assert window.save()  # this desk's own settings: everybody's
    assert ini(window).value("lock/idle_minutes") == 12 or ini(window).value("lock/idle_minutes") == "12"


def test_this_desk_folders_and_security_are_written_to_the_desk_settings(qtbot, open_settings, tmp_path):
    window = open_settings("wangxm")
    desk = window.desk_tab
    assert desk.desk.text() == "窗口1" and desk.printer.printer() == "ask" and desk.paper.paper() == "A5"
    desk.desk.setText("窗口2")
    desk.paper.set_paper("roll80")
    folders = window.folders_tab
    assert folders.backup.text() == str(tmp_path / "backups")
    assert folders.export.text() == str(tmp_path / "docs" / "reports")
    folders.backup.setText(str(tmp_path / "usb" / "backups"))
    folders.keep.setValue(30)
    folders.daily.setChecked(False)
    folders.export.setText(str(tmp_path / "exports"))
    window.security_tab.idle.setValue(0)
    assert window.security_tab.idle.text() == "never"
    desk.language.set_language("zh")
    assert window.save()
    prefs = desk_settings.load(window.settings_path)
    assert (prefs.desk_name, prefs.paper, prefs.backup_keep, prefs.backup_enabled, prefs.idle_minutes) == (
        "窗口2", "roll80", 30, False, 0)
    assert prefs.backup_folder == str(tmp_path / "usb" / "backups") and (tmp_path / "usb" / "backups").is_dir()
    assert ini(window).value("autoExport/folder") == str(tmp_path / "exports")
    assert LANGUAGE.code == "zh" and prefs.language == "zh"
    # Back again: what was saved is what the tabs show.
    window.load()
    assert window.folders_tab.keep.value() == 30 and not window.folders_tab.daily.isChecked()


def test_an_unusable_folder_is_refused_on_its_tab(qtbot, open_settings, tmp_path):
    window = open_settings("admin")
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    window.folders_tab.export.setText(str(blocker / "reports"))
    assert not window.save()
    assert window.tabs.currentIndex() == FOLDERS and "cannot be used" in window.message_bar.text()
    assert desk_settings.load(window.settings_path).export_folder == ""


def test_back_up_now_as_the_administrator(qtbot, open_settings, tmp_path):
    window = open_settings("admin")
    window.folders_tab.backup.setText(str(tmp_path / "manual"))
    qtbot.mouseClick(window.folders_tab.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backed up to" in window.folders_tab.backup_result.text(), timeout=20000)
    assert list((tmp_path / "manual").iterdir())


def test_the_database_tab_masks_passwords_and_keeps_them(qtbot, open_settings, tmp_path):
    window = open_settings("admin")
    tab = window.database_tab
    assert "SQLite" in tab.in_use.text() and tab.url.text() == ""
    tab.url.setText("mysql://x/y")
    assert not window.save()
    assert window.tabs.currentIndex() == DATABASE and "PostgreSQL" in window.message_bar.text()
    tab.url.setText("postgresql://station:s3cret@db.local/one_window")
    assert window.save()
    assert "next start" in window.message_bar.text()
    assert ini(window).value("database/url") == "postgresql://station:s3cret@db.local/one_window"
    window.load()
    assert tab.url.text() == "postgresql://station:***@db.local/one_window"
    window.desk_tab.desk.setText("窗口5")
    assert window.save()  # the masked text left alone keeps the stored password
    assert ini(window).value("database/url") == "postgresql://station:s3cret@db.local/one_window"
    tab.url.setText(f"sqlite:///{tmp_path / 'next' / 'one-window.sqlite3'}")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "new database file" in tab.result.text(), timeout=10000)


def test_the_navigator_opens_settings_for_everybody_and_applies_them_at_once(qtbot, base, sqlite_database,
                                                                             tmp_path):
    settings_path = tmp_path / "desk-settings.ini"
    desk_settings.save(settings_path, desk_settings.DeskSettings(paper="roll80", printer="Counter printer"),
                       only=("paper", "printer"))
    nav = build_navigator(sqlite_database, base, station.actor_for(base, "wangxm", desk="窗口1"),
                          output_dir=tmp_path / "docs", settings_path=settings_path)
    try:
        desk = nav.start_window()
        qtbot.addWidget(desk)
        assert desk.actions_panel.paper.currentData() == "roll80" and desk.printer_name == "Counter printer"
        action = desk.findChild(type(desk.go_menu.items[0][1]), "actionGo_settings")
        assert action.isVisible() and QKeySequence("Ctrl+,") in action.shortcuts()
        action.trigger()
        window = nav.window("settings")
        qtbot.addWidget(window)
        assert window.isVisible() and window.station_tab.edits["name"].isReadOnly()
        window.security_tab.idle.setValue(15)
        window.desk_tab.paper.set_paper("A5")
        assert window.save()
        assert nav.idle_lock.idle_ms == 15 * 60_000
        assert desk.actions_panel.paper.currentData() == "A5"
    finally:
        nav.idle_lock.stop()
        nav.auto_exporter.stop()


def test_every_widget_of_the_settings_has_a_unique_name(open_settings):
    from tests.ui.test_setup_wizard import unnamed_widgets

    window = open_settings("admin")
    found, unnamed, twice = unnamed_widgets(window.centralWidget())
    assert len(found) > 40 and unnamed == [] and twice == []


def test_no_two_keys_of_a_tab_share_a_mnemonic(base, sqlite_database, qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.ui.test_setup_wizard import mnemonics

    nav = build_navigator(sqlite_database, base, station.actor_for(base, "admin", desk="窗口1"),
                          output_dir=tmp_path / "docs", settings_path=tmp_path / "desk-settings.ini")
    try:
        window = nav.window("settings")
        qtbot.addWidget(window)
        shared = [a for a in window.menuBar().actions()] + [
            type("Tab", (), {"text": lambda self, i=i: window.tabs.tabText(i)})() for i in range(window.tabs.count())]
        for i in range(window.tabs.count()):
            tab = window.tabs.widget(i)
            letters = mnemonics(shared + tab.findChildren(QLabel) + tab.findChildren(QAbstractButton))
            assert len(letters) == len(set(letters)), (tab.objectName(), sorted(letters))
    finally:
        nav.idle_lock.stop()
        nav.auto_exporter.stop()
