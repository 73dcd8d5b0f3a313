"""Today's report written by itself at closing time: settings, once a day, restarts, failures, the dialog."""
from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from PySide6.QtCore import QSettings

from app.ui.i18n import LANGUAGE
from app.ui.reports.auto_export import (
    AutoExportDialog, AutoExporter, ExportSettings, last_exported, settings_file,
)

CLOSING = datetime(2026, 11, 23, 17, 30)


@pytest.fixture
def ini(tmp_path) -> Path:
    return tmp_path / "desk-settings.ini"


def enable(ini: Path, folder: Path, formats=("pdf", "xlsx"), closing=time(17, 30)) -> None:
    ExportSettings(True, folder, closing, formats).save(settings_file(ini))


def exporter(ctx, ini, tmp_path) -> AutoExporter:
    return AutoExporter(ctx, settings_file(ini), output_dir=tmp_path / "documents")


def run_check(qtbot, auto: AutoExporter) -> bool:
    started = auto.check()
    if started:
        qtbot.waitUntil(lambda: not auto.task.running, timeout=15000)
    return started


def test_settings_round_trip_and_defaults(qapp, ini, tmp_path):
    empty = ExportSettings.load(settings_file(ini), tmp_path)
    assert empty == ExportSettings(False, tmp_path / "reports", time(17, 30), ("pdf", "xlsx"))
    chosen = ExportSettings(True, tmp_path / "out", time(18, 5), ("csv",))
    chosen.save(settings_file(ini))
    assert ExportSettings.load(settings_file(ini), tmp_path) == chosen
    both = ExportSettings(False, tmp_path / "out", time(9, 0), ("pdf", "csv"))
    both.save(settings_file(ini))
    assert ExportSettings.load(QSettings(str(ini), QSettings.Format.IniFormat), tmp_path) == both
    none = ExportSettings(True, tmp_path / "out", time(9, 0), ())
    none.save(settings_file(ini))
    assert ExportSettings.load(settings_file(ini), tmp_path).formats == ()


def test_a_hand_edited_ini_falls_back_to_the_defaults(qapp, ini, tmp_path):
    ini.write_text("[autoExport]\nenabled=maybe\nclosingTime=late\nformats=pdf, docx\nlastDone=yesterday\n",
                   encoding="utf-8")
    s = settings_file(ini)
    loaded = ExportSettings.load(s, tmp_path)
    assert loaded == ExportSettings(False, tmp_path / "reports", time(17, 30), ("pdf",))
    assert last_exported(s) is None


def test_nothing_happens_before_closing_time_or_when_disabled(qtbot, make_ctx, clock, ini, tmp_path):
    auto = exporter(make_ctx("liufang"), ini, tmp_path)
    clock.value = CLOSING.replace(hour=17, minute=29)
    enable(ini, tmp_path / "out")
    assert not run_check(qtbot, auto)
    ExportSettings(False, tmp_path / "out", time(17, 30), ("pdf",)).save(settings_file(ini))
    clock.value = CLOSING.replace(hour=20)
    assert not run_check(qtbot, auto)
    assert not (tmp_path / "out").exists()


def test_after_closing_time_the_files_are_written_once_a_day_even_across_a_restart(qtbot, make_ctx, clock,
                                                                                   ini, tmp_path):
    deputy = make_ctx("liufang")
    folder = tmp_path / "out"
    enable(ini, folder)
    auto = exporter(deputy, ini, tmp_path)
    clock.value = CLOSING
    with qtbot.waitSignal(auto.exported, timeout=15000) as signal:
        assert auto.check()
    names = sorted(Path(p).name for p in signal.args[0])
    assert names == ["XCQG01-日报-2026-11-23.pdf", "XCQG01-日报-2026-11-23.xlsx"]
    assert sorted(p.name for p in folder.iterdir()) == names
    assert last_exported(settings_file(ini)) == date(2026, 11, 23)

    clock.value = CLOSING.replace(hour=18)
    assert not run_check(qtbot, auto)
    restarted = exporter(deputy, ini, tmp_path)  # the program was closed and opened again
    assert not run_check(qtbot, restarted)

    clock.value = datetime(2026, 11, 24, 17, 45)
    with qtbot.waitSignal(restarted.exported, timeout=15000):
        assert restarted.check()
    assert (folder / "XCQG01-日报-2026-11-24.pdf").exists()


def test_an_unwritable_folder_fails_and_is_retried_at_the_next_check(qtbot, make_ctx, clock, ini, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    enable(ini, blocker / "reports", formats=("csv",))
    auto = exporter(make_ctx("liufang"), ini, tmp_path)
    clock.value = CLOSING
    failures: list[str] = []
    auto.failed.connect(failures.append)
    assert run_check(qtbot, auto)
    assert len(failures) == 1 and "无法写入文件" in failures[0]
    assert last_exported(settings_file(ini)) is None

    clock.value = CLOSING.replace(minute=31)
    assert run_check(qtbot, auto) and auto.attempts == 2  # tried again; the same news is not repeated each minute
    assert len(failures) == 1
    clock.value = CLOSING.replace(minute=50)
    assert run_check(qtbot, auto)
    assert len(failures) == 2  # but said again a while later

    enable(ini, tmp_path / "fixed", formats=("csv",))
    with qtbot.waitSignal(auto.exported, timeout=15000):
        assert auto.check()
    assert (tmp_path / "fixed" / "XCQG01-日报-2026-11-23.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_role_without_the_export_permission_is_told_once(qtbot, make_ctx, clock, ini, tmp_path):
    enable(ini, tmp_path / "out")
    auto = exporter(make_ctx("wangxm"), ini, tmp_path)
    clock.value = CLOSING
    failures: list[str] = []
    auto.failed.connect(failures.append)
    assert not auto.check()
    assert len(failures) == 1 and "无权" in failures[0]
    clock.value = CLOSING.replace(hour=18)
    assert not auto.check()
    assert len(failures) == 1 and not (tmp_path / "out").exists()


def test_the_timer_checks_every_minute(qapp, make_ctx, ini, tmp_path):
    auto = exporter(make_ctx("liufang"), ini, tmp_path)
    auto.start()
    assert auto.timer.isActive() and auto.timer.interval() == 60_000
    auto.stop()
    assert not auto.timer.isActive()


def test_the_dialog_refuses_ok_without_a_format_or_with_an_unwritable_folder(qtbot, qapp, tmp_path):
    LANGUAGE.set("en")
    try:
        dialog = AutoExportDialog(ExportSettings.defaults(tmp_path))
        qtbot.addWidget(dialog)
        assert not dialog.closing.isEnabled()  # nothing to time while it is off
        dialog.enabled.setChecked(True)
        assert dialog.closing.isEnabled()
        for box in dialog.format_boxes.values():
            box.setChecked(False)
        dialog.show()
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text() == "Choose at least one format for the automatic export."

        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        dialog.format_boxes["csv"].setChecked(True)
        dialog.folder.setText(str(blocker / "reports"))
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text().startswith("The export folder cannot be written")
        dialog.folder.setText("relative/folder")
        dialog.accept()
        assert dialog.isVisible() and "full path" in dialog.error.text()

        dialog.folder.setText(str(tmp_path / "new" / "reports"))
        dialog.closing.setTime(dialog.closing.time().fromString("18:15", "HH:mm"))
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.settings() == ExportSettings(True, tmp_path / "new" / "reports", time(18, 15), ("csv",))
        assert (tmp_path / "new" / "reports").is_dir()
    finally:
        LANGUAGE.set("zh")


def test_switched_off_the_dialog_takes_any_formats(qtbot, qapp, tmp_path):
    dialog = AutoExportDialog(ExportSettings(False, tmp_path / "r", time(17, 30), ()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=40).filter(lambda t: ".." not in t))
def test_any_folder_text_is_taken_or_refused_with_a_message(qtbot, qapp, tmp_path, name):
    dialog = AutoExportDialog(ExportSettings(True, tmp_path, time(17, 30), ("pdf",)))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "any") + "/" + name)
    dialog.show()
    dialog.accept()
    if dialog.result() == dialog.DialogCode.Accepted:
        assert dialog.settings().folder.is_dir()
    else:
        assert dialog.isVisible() and dialog.error.text()
    dialog.close()


def test_the_navigator_shows_the_automatic_export_in_the_window_in_use(qtbot, qapp, sqlite_database, tmp_path):
    from app.ui.app import build_window

    LANGUAGE.set("zh")
    window, database = build_window(sqlite_database.url, user="liufang", seed_demo=False,
                                    output_dir=tmp_path / "docs")
    nav = window.navigator
    try:
        assert nav.settings_path == tmp_path / "docs" / "desk-settings.ini"
        assert nav.auto_exporter.timer.isActive()
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        enable(nav.settings_path, tmp_path / "out", formats=("csv",), closing=time(0, 0))
        with qtbot.waitSignal(nav.auto_exporter.exported, timeout=15000):
            assert nav.auto_exporter.check()
        assert window.message_bar.isVisible() and window.message_bar.property("kind") == "ok"
        assert ".csv" in window.message_bar.text() and str(tmp_path / "out") in window.message_bar.text()
    finally:
        for w in nav._windows.values():
            w.close()
        database.dispose()


def test_formats_offered_are_the_services_formats():
    # auto_export spells them out so that starting the desk does not load the report modules.
    from app.services import report_export
    from app.ui.reports import auto_export

    assert auto_export.FORMATS == report_export.FORMATS
