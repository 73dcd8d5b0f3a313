"""The Reports window: today's report at once, quick and custom ranges, progress and cancel,
exports into the folder, permissions, errors, the Go menu and the language switch."""
from __future__ import annotations

import csv
import io
import time
from datetime import date, time as dtime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from app.printing.report_tables import report_tables
from app.services import report_export, reports, station
from app.services.errors import PermissionDenied
from app.ui.i18n import LANGUAGE
from app.ui.reports.auto_export import ExportSettings
from app.ui.reports.ranges import quick_range
from app.ui.reports.window import ReportsWindow

TODAY = date(2026, 11, 23)
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang")


@pytest.fixture
def worker(make_ctx):
    return make_ctx("wangxm")


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: window.build_task is None and window.write_task is None, timeout=10000)


@pytest.fixture
def open_window(qtbot, tmp_path):
    opened = []

    def open_(ctx):
        window = ReportsWindow(ctx, station.current_station(ctx), tmp_path / "documents")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        wait_idle(qtbot, window)
        opened.append(window)
        return window

    yield open_
    for window in opened:  # nothing may still be reading when the database goes
        window.cancel_build()
        qtbot.waitUntil(lambda: not any(t is not None and t.running for t in (window.write_task,)), timeout=10000)


def export_folder(tmp_path) -> Path:
    return tmp_path / "documents" / "reports"


def shown_rows(window, key):
    model = window.preview.table(key)
    return [tuple(model.cell(r, c) for c in range(model.columnCount())) for r in range(model.rowCount())]


def assert_shows(window, expected):
    t = expected.totals
    tiles = {k: tile.value.text() for k, tile in window.preview.tiles.items()}
    assert tiles["accepted"] == str(t.accepted) and tiles["completed"] == str(t.completed)
    assert tiles["on_the_spot"] == str(t.on_the_spot) and tiles["transferred"] == str(t.transferred)
    assert tiles["overdue"] == str(t.overdue)
    assert tiles["on_time_rate"] == (f"{t.on_time_rate * 100:.1f}%" if t.on_time_rate is not None else "—")
    assert tiles["once_only_share"] == (f"{t.once_only_share * 100:.1f}%" if t.once_only_share is not None else "—")
    avg = expected.satisfaction.average
    assert tiles["satisfaction"] == (f"{avg:.2f}" if avg is not None else "—")
    for table in report_tables(expected, LANGUAGE.code):
        assert shown_rows(window, table.key) == list(table.rows), table.key


def test_todays_report_is_built_as_soon_as_the_window_is_shown(qtbot, deputy, open_window):
    window = open_window(deputy)
    expected = reports.report(deputy, TODAY)
    assert window.range_combo.currentData() == "today"
    assert (window.report.day_from, window.report.day_to) == (TODAY, TODAY)
    assert window.report.totals == expected.totals
    assert_shows(window, expected)
    assert window.preview.title.text() == "社区服务站工作日报 2026-11-23"
    assert "2026-11-23" in window.preview.info.text()  # as of
    assert not window.preview.masked_note.isVisible()  # the deputy sees IDs in full
    overdue = window.preview.tabs.tabText(window.preview.tabs.count() - 1)
    assert overdue.endswith(f"({expected.totals.overdue})")
    assert window.export_pdf_button.isEnabled() and not window.progress.isVisible()


def test_numbers_are_right_aligned_rates_are_percentages_and_dates_iso(qtbot, deputy, open_window):
    window = open_window(deputy)
    window.set_range("this_month")
    window.generate()
    wait_idle(qtbot, window)
    model = window.preview.table("by_category")
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 5).data().endswith("%")
    days = window.preview.table("days")
    assert days.index(0, 0).data() == "2026-11-01"


def test_this_month_and_generate_gives_the_months_figures(qtbot, deputy, open_window):
    window = open_window(deputy)
    window.range_combo.setFocus()
    window.range_combo.setCurrentIndex(window.range_combo.findData("this_month"))
    assert not window.from_edit.isEnabled()
    assert window.from_edit.date().toString("yyyy-MM-dd") == "2026-11-01"
    qtbot.mouseClick(window.generate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    expected = reports.report(deputy, date(2026, 11, 1), TODAY)
    assert (window.report.day_from, window.report.day_to) == (date(2026, 11, 1), TODAY)
    assert window.report.totals == expected.totals and expected.totals.accepted > 0
    assert_shows(window, expected)
    assert window.preview.title.text() == "社区服务站工作报表 2026-11-01 至 2026-11-23"


@pytest.mark.parametrize("key, first, last", [
    ("today", TODAY, TODAY), ("yesterday", date(2026, 11, 22), date(2026, 11, 22)),
    ("this_week", date(2026, 11, 23), TODAY), ("last_week", date(2026, 11, 16), date(2026, 11, 22)),
    ("this_month", date(2026, 11, 1), TODAY), ("last_month", date(2026, 10, 1), date(2026, 10, 31)),
    ("this_year", date(2026, 1, 1), TODAY), ("last_year", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_quick_ranges(key, first, last):
    assert quick_range(key, TODAY) == (first, last)
    assert quick_range("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_a_custom_range_across_national_day_by_keyboard(qtbot, deputy, open_window):
    window = open_window(deputy)
    window.set_range("custom", date(2026, 9, 28), date(2026, 10, 9))
    assert window.from_edit.isEnabled() and window.to_edit.isEnabled()
    window.to_edit.setFocus()
    qtbot.keyClick(window.to_edit, Qt.Key.Key_Return)  # Enter in the range builds, as F5 does
    wait_idle(qtbot, window)
    expected = reports.report(deputy, date(2026, 9, 28), date(2026, 10, 9))
    assert (window.report.day_from, window.report.day_to) == (date(2026, 9, 28), date(2026, 10, 9))
    assert_shows(window, expected)
    assert window.preview.table("days").rowCount() == 12  # the holiday week's days are all there
    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_idle(qtbot, window)
    assert window.report.day_from == date(2026, 9, 28)


def test_a_range_the_service_refuses_is_said_in_the_message_bar(qtbot, deputy, open_window):
    window = open_window(deputy)
    shown = window.report
    window.set_range("custom", date(2026, 11, 20), date(2026, 11, 10))
    window.generate()
    wait_idle(qtbot, window)
    assert window.message_bar.isVisible() and window.message_bar.property("kind") == "error"
    assert "2026-11-20" in window.message_bar.text()
    assert window.report is shown  # the last good report stays on screen


def test_a_long_range_shows_progress_keeps_the_window_responsive_and_can_be_cancelled(
        qtbot, deputy, open_window, monkeypatch):
    window = open_window(deputy)
    shown = window.report
    real = reports.report

    def slow(ctx, first, last=None, progress=None):
        def step(done, total):
            time.sleep(0.05)  # a month of a busy station
            return progress(done, total)
        return real(ctx, first, last, step)

    monkeypatch.setattr(reports, "report", slow)
    values: list[int] = []
    window.progress.valueChanged.connect(values.append)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    window.set_range("last_year")
    task = window.generate()
    qtbot.waitUntil(lambda: window.progress.value() >= 3, timeout=5000)
    assert task.running and window.progress.isVisible() and window.cancel_button.isVisible()
    assert window.progress.maximum() == 13  # twelve months and the overdue list
    assert len(ticks) >= 3  # the event loop ran while the report was being built
    assert not window.export_pdf_button.isEnabled()  # nothing half-built is exported
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    timer.stop()
    assert values == sorted(values) and len(set(values)) >= 3
    assert not window.progress.isVisible() and window.report is shown
    assert window.export_pdf_button.isEnabled()


def test_escape_cancels_a_build_under_way(qtbot, deputy, open_window, monkeypatch):
    window = open_window(deputy)
    real = reports.report

    def slow(ctx, first, last=None, progress=None):
        return real(ctx, first, last, lambda d, t: (time.sleep(0.05), progress(d, t))[1])

    monkeypatch.setattr(reports, "report", slow)
    window.set_range("this_year")
    task = window.generate()
    qtbot.waitUntil(lambda: window.progress.value() >= 1, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.build_task is None and not window.progress.isVisible()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert window.report.day_from == TODAY  # the cancelled year never replaced today's report


def test_export_pdf_excel_and_csv_into_the_folder(qtbot, deputy, open_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    window = open_window(deputy)
    folder = export_folder(tmp_path)
    qtbot.mouseClick(window.export_pdf_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    pdf = folder / "XCQG01-日报-2026-11-23.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert window.message_bar.property("kind") == "ok" and pdf.name in window.message_bar.text()
    assert window.open_folder_button.isVisible()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    qtbot.mouseClick(window.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(folder)]

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    xlsx = folder / "XCQG01-日报-2026-11-23.xlsx"
    assert xlsx.read_bytes()[:2] == b"PK"

    qtbot.mouseClick(window.export_csv_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    data = (folder / "XCQG01-日报-2026-11-23.csv").read_bytes()
    assert data.startswith(BOM)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    accepted = next(r for r in rows if r and r[0] == "受理事项")
    assert accepted[1] == str(window.report.totals.accepted)


def test_ctrl_e_exports_the_month_shown(qtbot, deputy, open_window, tmp_path):
    window = open_window(deputy)
    window.set_range("this_month")
    window.generate()
    wait_idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    name = report_export.file_name("XCQG01", date(2026, 11, 1), TODAY, "pdf", "zh")
    assert (export_folder(tmp_path) / name).exists() and name == "XCQG01-报表-2026-11-01至2026-11-23.pdf"


def test_export_as_asks_for_the_path_and_print_writes_the_pdf_first(qtbot, deputy, open_window, tmp_path,
                                                                      monkeypatch):
    import app.ui.print_pdf as print_module

    window = open_window(deputy)
    chosen = [(str(tmp_path / "mine" / "today"), "CSV (*.csv)")]
    monkeypatch.setattr(window, "ask_save_path", lambda suggested: chosen.pop())
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    assert (tmp_path / "mine" / "today.csv").read_bytes().startswith(BOM)  # the filter gave the format

    printed = []
    monkeypatch.setattr(print_module, "print_pdf", lambda path, paper, parent=None: printed.append((path, paper)))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    path = tmp_path / "documents" / "XCQG01-日报-2026-11-23.pdf"
    assert printed == [(path, "A4")] and path.read_bytes().startswith(b"%PDF")


def test_the_social_worker_reads_the_report_but_may_not_export_it(qtbot, worker, open_window, tmp_path):
    window = open_window(worker)
    assert window.report is not None and window.report.masked
    assert window.preview.masked_note.isVisible()
    for button in (window.export_pdf_button, window.export_xlsx_button, window.export_csv_button,
                   window.export_as_button, window.print_button, window.settings_button):
        assert not button.isEnabled() and button.toolTip()
    assert not window.export_pdf_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.export("pdf") is None
    with pytest.raises(PermissionDenied):
        report_export.write(worker, window.report, "pdf", tmp_path / "x.pdf")
    assert not export_folder(tmp_path).exists() and not (tmp_path / "x.pdf").exists()


def test_an_unwritable_folder_is_said_in_the_message_bar_and_no_file_is_left(qtbot, deputy, open_window,
                                                                              tmp_path):
    window = open_window(deputy)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    ExportSettings(False, blocker / "reports", dtime(17, 30), ("pdf",)).save(window.settings)
    window.export("pdf")
    wait_idle(qtbot, window)
    assert window.message_bar.isVisible() and window.message_bar.property("kind") == "error"
    assert "无法写入文件" in window.message_bar.text()
    assert not window.open_folder_button.isVisible()
    assert blocker.read_text() == "not a folder" and not export_folder(tmp_path).exists()


def test_the_language_switch_relabels_the_window_and_the_tables(qtbot, deputy, open_window):
    window = open_window(deputy)
    window.set_language("en")
    qtbot.waitUntil(lambda: window.preview.tabs.tabText(0) == "Summary")
    assert window.generate_button.text() == "Generate (F5)"
    assert window.export_pdf_button.text() == "Export PDF (Ctrl+E)"
    assert window.range_combo.itemText(0) == "Today"
    assert window.preview.tiles["accepted"].caption.text() == "Affairs accepted"
    assert window.preview.tabs.tabText(0) == "Summary"
    assert window.preview.title.text() == "Daily report 23 Nov 2026"
    assert window.preview.table("summary").index(0, 0).data() == "Accepted"
    window.set_language("zh")
    qtbot.waitUntil(lambda: window.preview.tabs.tabText(0) == "总体情况")
    assert window.generate_button.text() == "生成 (F5)" and window.range_combo.itemText(0) == "今天"


def test_shortcuts_are_shown_and_every_widget_is_named(qtbot, deputy, open_window):
    window = open_window(deputy)
    keys = {a.objectName(): a.shortcut().toString() for a in window.report_menu.actions() if a.objectName()}
    assert keys["actionGenerateReport"] == "F5" and keys["actionExportPdf"] == "Ctrl+E"
    assert keys["actionExportXlsx"] == "Ctrl+Shift+E" and keys["actionExportAs"] == "Ctrl+Shift+S"
    assert keys["actionPrintReport"] == "Ctrl+P"
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox)

    def inside_a_composite(w):
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    found = [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
    assert [type(w).__name__ for w in found if not w.objectName()] == []
    names = [w.objectName() for w in found]
    assert len(names) == len(set(names))
    # Tab goes range, dates, Generate, the tables, then the export buttons.
    chain, w = [], window.range_combo
    for _ in range(5000):
        chain.append(w)
        w = w.nextInFocusChain()
        if w is window.range_combo:
            break
    order = [window.range_combo, window.from_edit, window.to_edit, window.generate_button,
             window.preview.views["summary"], window.export_pdf_button, window.export_xlsx_button,
             window.export_csv_button, window.settings_button]
    positions = [chain.index(x) for x in order]
    assert positions == sorted(positions)


def test_the_go_menu_opens_reports_with_ctrl_9_and_the_dashboard_with_ctrl_0(qtbot, qapp, sqlite_database,
                                                                              tmp_path):
    from app.ui.app import build_window

    LANGUAGE.set("zh")
    window, database = build_window(sqlite_database.url, user="wangxm", seed_demo=False,
                                    output_dir=tmp_path / "docs")
    nav = window.navigator
    try:
        items = {a.objectName(): a for _, a in window.go_menu.items}
        assert items["actionGo_reports"].shortcut().toString() == "Ctrl+9"
        assert items["actionGo_dashboard"].shortcut().toString() == "Ctrl+0"
        assert items["actionGo_reports"].isVisible() and items["actionGo_dashboard"].isVisible()
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        assert "reports" in nav._windows
        reports_window = nav.window("reports")
        assert reports_window.objectName() == "reportsWindow" and reports_window.isVisible()
        assert reports_window.settings.fileName() == str(tmp_path / "docs" / "desk-settings.ini")
        qtbot.waitUntil(lambda: reports_window.build_task is None, timeout=10000)
        assert reports_window.report is not None
        items["actionGo_dashboard"].trigger()
        assert nav.window("dashboard").objectName() == "dashboardWindow"
        nav.window("dashboard").close()
        reports_window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is reports_window)
        qtbot.keyClick(reports_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert nav.window("dashboard").isVisible()
        assert set(nav._windows) >= {"desk", "reports", "dashboard"}
    finally:
        for w in nav._windows.values():
            w.close()
        qtbot.wait(200)  # the dashboard's first load finishes before the database goes
        database.dispose()


def test_settings_choose_the_folder_the_export_buttons_write_into(qtbot, deputy, open_window, tmp_path):
    from tests.ui.test_visits import answer_next_dialog

    window = open_window(deputy)
    chosen = tmp_path / "station-reports"

    def fill(dialog):
        assert dialog.objectName() == "autoExportDialog"
        dialog.folder.setText(str(chosen))
        dialog.accept()
    answer_next_dialog(fill)
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    assert str(chosen) in window.folder_note.text()
    assert ExportSettings.load(window.settings, tmp_path).folder == chosen
    window.export("csv")
    wait_idle(qtbot, window)
    assert (chosen / "XCQG01-日报-2026-11-23.csv").exists()


def test_tables_of_tabs_not_shown_are_filled_when_their_tab_is_chosen(qtbot, deputy, open_window):
    """A year's report arrives with nine tables: only the shown tab's is laid out at once (the others
    held the window for several frames), and every other fills when chosen, from the same report."""
    window = open_window(deputy)
    window.set_range("this_month")
    window.generate()
    wait_idle(qtbot, window)
    preview, report = window.preview, window.report
    expected = {t.key: len(t.rows) for t in report_tables(report, LANGUAGE.code)}
    assert preview.tabs.currentIndex() == 0 and preview.models["summary"].rowCount() == expected["summary"]
    assert preview.models["days"].rowCount() == 0  # not laid out yet
    preview.tabs.setCurrentIndex(list(expected).index("days"))
    assert preview.models["days"].rowCount() == expected["days"] > 0
    assert window.preview.table("overdue").rowCount() == expected["overdue"]  # asked for: filled at once
    # A new report replaces what was waiting: nothing of the old one is shown later.
    window.set_range("today")
    window.generate()
    wait_idle(qtbot, window)
    fresh = {t.key: len(t.rows) for t in report_tables(window.report, LANGUAGE.code)}
    preview.tabs.setCurrentIndex(list(fresh).index("by_worker"))
    assert preview.models["by_worker"].rowCount() == fresh["by_worker"]
    assert preview.table("days").rowCount() == fresh["days"] == 1
