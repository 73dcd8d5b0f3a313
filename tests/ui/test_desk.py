"""Drive the real desk widgets, as a worker with a resident in front of them would."""
import pypdf
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget,
)

from app.services import acceptance


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def type_text(qtbot, widget, text):
    """Typing; Chinese arrives as committed text from the input method, one key event per character."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def find_resident_by_keyboard(qtbot, desk, text):
    search = desk.residents.search
    search.setFocus()
    type_text(qtbot, search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert desk.resident is not None


def choose_type_by_keyboard(qtbot, desk, text):
    assert desk.focusWidget() is desk.types.search  # Enter on a resident moved on to the type
    type_text(qtbot, desk.types.search, text)
    qtbot.keyClick(desk.types.search, Qt.Key.Key_Return)
    assert desk.focusWidget() is desk.actions_panel.materials


def test_whole_path_from_the_keyboard_ends_with_a_receipt_pdf(qtbot, desk):
    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    assert "张秀兰" in desk.residents.card.text()
    choose_type_by_keyboard(qtbot, desk, "高龄")
    panel = desk.actions_panel
    assert panel.type.code == "G031"
    assert not panel.accept_button.isEnabled()  # nothing ticked yet
    for _ in range(panel.materials.count()):
        qtbot.keyClick(panel.materials, Qt.Key.Key_Return)  # Enter ticks and moves on
    assert panel.statuses() == ["provided"] * panel.materials.count()
    assert desk.focusWidget() is panel.accept_button
    qtbot.keyClick(panel.accept_button, Qt.Key.Key_Return)
    result = desk.last_result
    assert result is not None and result.state == "accepted"
    assert desk.last_pdf.exists()
    text = pdf_text(desk.last_pdf)
    for expected in ("受理回执", "张秀兰", "110102********0022", result.number, "2026年12月14日", "王晓梅"):
        assert expected in text, expected
    assert "110102193804120022" not in text
    assert result.number in panel.result.text()
    assert panel.print_button.isEnabled()


def test_on_the_spot_type_is_handled_with_f8(qtbot, desk):
    find_resident_by_keyboard(qtbot, desk, "lds")  # 李德胜 by pinyin initials
    choose_type_by_keyboard(qtbot, desk, "G099")
    panel = desk.actions_panel
    panel.all_button.click()
    assert panel.handle_button.isEnabled() and not panel.accept_button.isEnabled()
    desk.do_action("handle")
    assert desk.last_result.state == "completed"
    assert "已办结" in panel.result.text()


def test_a_certificate_type_handled_on_the_spot_prints_its_numbered_certificate(qtbot, desk):
    from app.services import certificates

    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    choose_type_by_keyboard(qtbot, desk, "G099")
    desk.actions_panel.tick_all()
    desk.do_action("handle")
    assert desk.last_paper == "A4" and desk.last_pdf.name.endswith("-certificate.pdf")
    issued = certificates.register(desk.ctx, "张秀兰")
    assert len(issued) == 1 and issued[0].affair_number == desk.last_result.number
    text = pdf_text(desk.last_pdf)
    assert "居住证明" in text and issued[0].number in text and "副本" not in text
    receipt = desk.output_dir / f"{desk.last_result.number}-receipt.pdf"
    assert receipt.exists()  # the receipt is written too


def test_missing_material_offers_the_notice_and_refuses_acceptance(qtbot, desk):
    find_resident_by_keyboard(qtbot, desk, "王建国")
    choose_type_by_keyboard(qtbot, desk, "高龄")
    panel = desk.actions_panel
    panel.tick_all()
    panel.materials.item(1).setCheckState(Qt.CheckState.Unchecked)  # 户口簿 not brought
    assert not panel.accept_button.isEnabled()
    assert panel.notice_button.isEnabled()
    desk.do_action("accept")
    assert desk.message_bar.isVisible() and "告知单" in desk.message_bar.text()
    desk.do_action("notice")
    assert desk.last_result.state == "awaiting_materials"
    assert desk.last_pdf.name.endswith("-notice.pdf")
    text = pdf_text(desk.last_pdf)
    assert "一次性告知单" in text and "户口簿" in text
    # The resident's list now shows the affair awaiting materials; continuing it counts a second visit.
    affairs = desk.residents.affairs_model.rows
    waiting = [a for a in affairs if a.state == "awaiting_materials"]
    assert len(waiting) == 1
    desk.on_resume(waiting[0])
    panel.tick_all()
    desk.do_action("accept")
    assert desk.last_result.number == waiting[0].number
    assert acceptance.resident_affairs(desk.ctx, desk.resident.id, open_only=True)[0].visits == 2


def test_home_visit_collection_allows_acceptance(qtbot, desk):
    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    choose_type_by_keyboard(qtbot, desk, "G099")
    panel = desk.actions_panel
    panel.tick_all()
    panel.materials.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not panel.handle_button.isEnabled()
    panel.home_visit.setChecked(True)
    assert panel.accept_button.isEnabled() and not panel.handle_button.isEnabled()
    desk.do_action("accept")
    assert desk.last_result.state == "accepted"
    assert desk.last_result.materials_home_visit


def test_next_resident_clears_everything(qtbot, desk):
    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    desk.next_resident()
    assert desk.resident is None and desk.residents.search.text() == ""
    assert desk.actions_panel.type is None


def test_language_switches_at_runtime(qtbot, qapp, desk):
    assert desk.residents.search.placeholderText().startswith("姓名")
    assert desk.actions_panel.handle_button.text() == "当场办结（F8）"
    desk.set_language("en")
    qapp.processEvents()
    assert desk.residents.search.placeholderText().startswith("Name")
    assert desk.actions_panel.handle_button.text() == "Handle now (F8)"
    assert "All categories" == desk.types.category.itemText(0)
    desk.set_language("zh")
    qapp.processEvents()
    assert desk.types.category.itemText(0) == "全部类别"


def test_every_interactive_widget_has_an_object_name(desk):
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)

    def inside_a_composite(w):  # a combo's popup list, a table's header, a line edit's clear button
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    widgets = [w for w in desk.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
    assert len(widgets) > 15
    assert [type(w).__name__ for w in widgets if not w.objectName()] == []
    names = [w.objectName() for w in widgets]
    assert len(names) == len(set(names))


def test_bad_search_input_never_crashes(qtbot, desk):
    for text in ("'; DROP TABLE resident; --", "%", "_", "\\", "１２３", "X" * 200):
        desk.residents.search.setText(text)
        desk.residents.run_search()
    desk.types.search.setText("%_\\")
    assert desk.types.run_search() == []


def test_unwritable_document_folder_keeps_the_affair_and_says_so(qtbot, desk, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    desk.output_dir = blocker / "documents"
    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    choose_type_by_keyboard(qtbot, desk, "G099")
    desk.actions_panel.tick_all()
    desk.do_action("handle")
    assert desk.last_result.state == "completed" and desk.last_pdf is None
    assert "文书未能生成" in desk.message_bar.text()
    assert not desk.actions_panel.print_button.isEnabled()


def test_print_renders_every_page_to_the_printer(qtbot, desk, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.print_pdf import print_pdf

    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    choose_type_by_keyboard(qtbot, desk, "G031")
    desk.actions_panel.tick_all()
    desk.do_action("accept")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(desk.last_pdf, "A5", desk, printer=printer, ask=False)
    printed = pypdf.PdfReader(str(out))
    assert len(printed.pages) == len(pypdf.PdfReader(str(desk.last_pdf)).pages)
    width_mm = float(printed.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 148) < 1  # A5


def test_save_pdf_copies_the_document(qtbot, desk, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    find_resident_by_keyboard(qtbot, desk, "张秀兰")
    choose_type_by_keyboard(qtbot, desk, "G099")
    desk.actions_panel.tick_all()
    desk.do_action("handle")
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    desk.do_action("save")
    assert target.read_bytes() == desk.last_pdf.read_bytes()
    assert "已保存" in desk.message_bar.text()


def test_desk_fits_a_1366_by_768_screen_in_both_languages(qtbot, qapp, desk):
    from app.ui.desk.window import DeskWindow
    from app.ui.i18n import LANGUAGE

    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        window = DeskWindow(desk.ctx, desk.station, desk.output_dir)
        qtbot.addWidget(window)
        window.show()
        window.residents.search.setText("张秀兰")
        window.residents.run_search()
        window.residents.choose(window.residents.results_model.row(0).id)
        window.types.select_code("G031")
        qapp.processEvents()
        hint = window.minimumSizeHint()
        # Room left for the window frame and the taskbar of a 1366x768 desk PC.
        assert hint.width() <= 1280 and hint.height() <= 700, (lang, hint)
