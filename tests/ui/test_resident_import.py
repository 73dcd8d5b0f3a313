"""Importing a station's residents through the dialog: the file, the columns, the dry run, the import;
all rows or none, and a clear word when the file cannot be used."""
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit,
    QWidget,
)
from stdnum.cn import ric

from app.services import residents, residents_io
from app.services.errors import ValidationError
from app.ui.i18n import LANGUAGE
from app.ui.residents_import.dialog import DRY_RUN, FILE, MAPPING, RESULT, ResidentImportDialog


def rid(prefix17: str) -> str:
    return prefix17 + ric.calc_check_digit(prefix17 + "0")


NEW_A = rid("11010219700101123")  # a man born 1970
NEW_B = rid("11010219850505234")  # a woman born 1985
BAD_B = NEW_B[:-1] + ("0" if NEW_B[-1] != "0" else "1")  # a wrong check digit
ZHANG = "110102193804120022"  # demo 张秀兰, 3-2-501, 13911012345, low_income
LI = "110102194511230038"  # demo 李德胜, 5-1-302, 13801015678, party_member + disabled
# 户名 and 家庭角色 are not headers the service knows: the worker says what they hold.
HEADER = ["户名", "身份证号", "手机", "楼号", "单元", "房号", "家庭角色", "标签", "备注"]


def rows(b_number=BAD_B):
    return [
        HEADER,
        ["赵大海", NEW_A, "13912340001", "9", "1", "101", "户主", "党员", "新搬来"],
        ["钱小红", b_number, "139 1234 0002", "9", "1", "101", "配偶", "低收入、残疾人", ""],
        ["张秀兰", ZHANG, "13911019999", "3", "2", "501", "", "低收入", ""],  # a new phone
        ["李德胜", LI, "13801015678", "5", "1", "302", "", "党员、残疾人", ""],  # as registered
    ]


def write_xlsx(path, lines):
    from openpyxl import Workbook

    wb = Workbook()
    for line in lines:
        wb.active.append(line)
    wb.save(path)
    return path


@pytest.fixture
def worker(make_ctx):
    return make_ctx("wangxm")


def open_dialog(qtbot, ctx, tmp_path, path=None):
    dialog = ResidentImportDialog(ctx, settings_path=tmp_path / "desk-settings.ini", path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def settle(qtbot, dialog, page):
    qtbot.waitUntil(lambda: not dialog.busy_now and dialog.page == page, timeout=15000)


def choose(dialog, column, field):
    combo = dialog.mapping_page.combos[dialog.mapping_page.columns.index(column)]
    combo.setCurrentIndex(combo.findData(field))


def to_dry_run(qtbot, dialog):
    """From a file whose columns need two choices, to the dry run, by keyboard where a person would."""
    qtbot.keyClick(dialog.file_page.path, Qt.Key.Key_Return)
    settle(qtbot, dialog, MAPPING)
    choose(dialog, "户名", "name")
    choose(dialog, "家庭角色", "relation")
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, dialog, DRY_RUN)


def shown(dialog):
    model = dialog.dry_run_page.model
    return [[str(model.data(model.index(r, c))) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def found(ctx, text):
    return [r.name for r in residents.search(ctx, text)]


def test_file_columns_dry_run_then_the_corrected_file_is_imported(qtbot, worker, tmp_path):
    path = write_xlsx(tmp_path / "居民名册.xlsx", rows())
    dialog = open_dialog(qtbot, worker, tmp_path)
    assert dialog.page == FILE and not dialog.next_button.isEnabled() and not dialog.back_button.isVisible()
    dialog.file_page.path.setText(str(path))
    qtbot.keyClick(dialog.file_page.path, Qt.Key.Key_Return)
    settle(qtbot, dialog, MAPPING)

    # The columns: recognised headers filled in, the others left to the worker, who must name the required.
    page = dialog.mapping_page
    assert page.columns == tuple(HEADER)
    assert page.mapping() == {"户名": "", "身份证号": "id_number", "手机": "phone", "楼号": "building",
                              "单元": "unit", "房号": "room", "家庭角色": "", "标签": "tags", "备注": ""}
    samples = page.grid_widget.findChild(QLabel, "importMapSamples1").text()
    assert NEW_A not in samples and residents_io.mask_id(NEW_A) in samples
    assert page.grid_widget.findChild(QLabel, "importMapSamples0").text() == "赵大海 · 钱小红 · 张秀兰"
    assert not dialog.next_button.isEnabled() and "姓名" in page.status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.page == MAPPING  # flagged, not passed
    choose(dialog, "户名", "name")
    choose(dialog, "备注", "phone")
    assert not dialog.next_button.isEnabled() and "手机" in page.status.text()  # phone twice
    choose(dialog, "备注", "")
    choose(dialog, "家庭角色", "relation")
    assert dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, dialog, DRY_RUN)

    # The dry run: counts, masked numbers, the bad row's message, and no Import while a row is wrong.
    run = dialog.dry_run_page
    assert run.plan.counts == {"create": 1, "update": 1, "skip": 1, "invalid": 1}
    assert run.counts["invalid"].text().endswith("\n1") and run.counts["create"].text().endswith("\n1")
    table = shown(dialog)
    assert [line[0] for line in table] == ["2", "3", "4", "5"]
    assert not any(NEW_A in cell or ZHANG in cell for line in table for cell in line)
    assert "校验位" in table[1][4] and "电话" in table[2][4]  # the error, and what the update changes
    assert not dialog.import_button.isEnabled() and "F5" in run.explain.text()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(run.only_problems.isChecked)  # a mnemonic "animates" the click: it lands 100 ms later
    assert [line[0] for line in shown(dialog)] == ["3"]
    assert "校验位" in run.detail.text() and run.detail.isVisible()
    qtbot.keyClick(dialog.dry_run_page.table, Qt.Key.Key_Return)  # Enter in the table never imports
    assert dialog.page == DRY_RUN and found(worker, "赵大海") == []

    # Corrected in Excel and saved; F5 checks again and the import goes through.
    write_xlsx(path, rows(NEW_B))
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not dialog.busy_now and run.plan.counts["invalid"] == 0, timeout=15000)
    assert run.plan.counts == {"create": 2, "update": 1, "skip": 1, "invalid": 0}
    assert not run.only_problems.isChecked() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=15000) as imported:
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert imported.args == [{"create": 2, "update": 1, "skip": 1}]
    settle(qtbot, dialog, RESULT)
    assert "2" in dialog.result_page.headline.text() and dialog.close_button.isEnabled()
    assert not dialog.back_button.isVisible()
    assert found(worker, "赵大海") == ["赵大海"] and found(worker, "钱小红") == ["钱小红"]
    qian = residents.search(worker, "钱小红")[0]
    assert qian.address == "9-1-101"
    assert residents.search(worker, "张秀兰")[0].phone_masked.endswith("9999")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_cancel_at_the_dry_run_writes_nothing_and_the_folder_is_remembered(qtbot, worker, tmp_path):
    path = write_xlsx(tmp_path / "名册.xlsx", rows(NEW_B))
    dialog = open_dialog(qtbot, worker, tmp_path, path)
    to_dry_run(qtbot, dialog)
    assert dialog.import_button.isEnabled() and dialog.import_button.hasFocus()
    dialog.dry_run_page.table.setFocus()
    qtbot.keyClick(dialog.dry_run_page.table, Qt.Key.Key_Return)  # Enter in the table never imports
    assert dialog.page == DRY_RUN and not dialog.busy_now
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, dialog, MAPPING)
    assert dialog.mapping_page.mapping()["户名"] == "name"  # the choices are kept
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, dialog, DRY_RUN)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert found(worker, "赵大海") == [] and found(worker, "钱小红") == []
    assert residents.search(worker, "张秀兰")[0].phone_masked.endswith("2345")
    again = open_dialog(qtbot, worker, tmp_path)
    assert again.settings.value("residents_import/folder") == str(tmp_path)


@pytest.mark.parametrize("name, content, words", [
    ("坏的.xlsx", b"PK\x03\x04 not really a workbook", "无法读取文件"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "不支持的文件格式"),
    ("missing.xlsx", None, "无法读取文件"),
])
def test_a_file_that_cannot_be_used_is_named_clearly(qtbot, worker, tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    dialog = open_dialog(qtbot, worker, tmp_path, path)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog.busy_now and dialog.message_bar.isVisible(), timeout=15000)
    assert dialog.page == FILE and words in dialog.message_bar.text()
    assert dialog.file_page.path.hasFocus()  # ready for the next try, by keyboard
    assert dialog.next_button.isEnabled()  # another file can be tried


def test_a_refused_import_says_nothing_was_written(qtbot, worker, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "r.xlsx", rows(NEW_B))
    dialog = open_dialog(qtbot, worker, tmp_path, path)
    to_dry_run(qtbot, dialog)

    go_on = threading.Event()

    def conflict(*_args, **_kwargs):
        go_on.wait(10)
        raise ValidationError("residents_import_conflict")

    monkeypatch.setattr(residents_io, "apply", conflict)
    dialog.import_button.click()
    # Busy, and not to be closed halfway: Esc is refused while the rows are being written.
    assert dialog.importing and dialog.busy.isVisible() and not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.message_bar.isVisible()
    go_on.set()
    settle(qtbot, dialog, RESULT)
    assert not dialog.busy.isVisible()
    result = dialog.result_page
    assert "Nothing was written" in result.headline.text() or result.headline.text() == result.tr(
        "The import was refused. Nothing was written: no resident was added or changed.")
    assert "其他窗口" in result.detail.toPlainText()
    assert dialog.back_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, dialog, DRY_RUN)
    assert found(worker, "赵大海") == []


def test_a_file_changed_after_the_dry_run_is_checked_again_before_writing(qtbot, worker, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", rows(NEW_B))
    dialog = open_dialog(qtbot, worker, tmp_path, path)
    to_dry_run(qtbot, dialog)
    write_xlsx(path, rows())  # someone saved the sheet with a wrong number meanwhile
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy_now and dialog.page == DRY_RUN
                    and dialog.dry_run_page.plan.counts["invalid"] == 1, timeout=15000)
    assert not dialog.import_button.isEnabled() and found(worker, "赵大海") == []
    # A file whose columns changed goes back to the columns, keeping the choices for those it still has.
    write_xlsx(path, [[*HEADER[:-1], "籍贯"], *[line[:-1] + ["北京"] for line in rows(NEW_B)[1:]]])
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    settle(qtbot, dialog, MAPPING)
    assert dialog.message_bar.isVisible()
    assert dialog.mapping_page.mapping()["户名"] == "name" and dialog.mapping_page.mapping()["籍贯"] == ""


def test_english_wording_and_a_language_switch_rewords_the_dry_run(qtbot, worker, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", rows())
    LANGUAGE.set("en")
    dialog = open_dialog(qtbot, worker, tmp_path, path)
    assert dialog.next_button.text() == "&Next >" and dialog.back_button.text() == "< &Back"
    to_dry_run(qtbot, dialog)
    assert "check digit" in shown(dialog)[1][4]
    assert dialog.dry_run_page.counts["invalid"].text() == "Rows with errors\n1"
    LANGUAGE.set("zh")
    qtbot.waitUntil(lambda: not dialog.busy_now and "校验位" in shown(dialog)[1][4], timeout=15000)
    combo = dialog.mapping_page.combos[0]
    assert combo.itemText(combo.findData("name")) == "姓名 *"


def test_every_widget_of_the_dialog_has_an_object_name(qtbot, worker, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["", *HEADER, "户名"], *[["x", *line, "y"] for line in rows()[1:]]])
    dialog = open_dialog(qtbot, worker, tmp_path, path)
    dialog.next_button.click()
    settle(qtbot, dialog, MAPPING)
    # A column without a name of its own cannot be told apart when the file is read: not offered.
    combos = dialog.mapping_page.combos
    assert not combos[0].isEnabled() and not combos[-1].isEnabled() and combos[1].isEnabled()
    assert "" not in dialog.mapping_page.mapping()
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QLabel, QPlainTextEdit)

    def inside_a_composite(w):
        p = w.parent()
        while p is not None:
            if isinstance(p, (QComboBox, QAbstractItemView, QPlainTextEdit, QLineEdit)):
                return True
            p = p.parent()
        return False

    found_widgets = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
    assert found_widgets and [type(w).__name__ for w in found_widgets if not w.objectName()] == []
    names = [w.objectName() for w in found_widgets]
    assert len(names) == len(set(names))


def test_the_go_menu_offers_the_import_to_those_who_may_register_residents(qtbot, qapp, sqlite_database, tmp_path):
    from app.ui.app import build_window

    LANGUAGE.set("zh")
    opened = []
    try:
        for user, visible in (("wangxm", True), ("admin", False)):
            window, database = build_window(sqlite_database.url, user=user, seed_demo=False,
                                            output_dir=tmp_path / "docs")
            opened.append((window, database))
            action = dict(window.go_menu.session_items)["resident_import"]
            assert action.isVisible() is visible and action.shortcut().toString() == "Ctrl+Shift+I"
        window = opened[0][0]
        window.show()
        dialog = window.navigator.show_resident_import()
        assert isinstance(dialog, ResidentImportDialog) and dialog.isVisible()
        assert dialog.settings is not None
        dialog.reject()
    finally:
        for window, database in opened:
            for w in window.navigator._windows.values():
                w.close()
            database.dispose()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ResidentImportDialog):
                w.close()
