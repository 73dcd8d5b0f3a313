"""The certificate register, driven through its widgets: find, reprint as a copy, void."""
import pypdf
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.services import acceptance, catalogue, certificates, residents
from app.ui.certificates import register as register_module
from app.ui.certificates.register import CertificateRegisterDialog, VoidDialog
from app.ui.i18n import LANGUAGE


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def type_text(qtbot, widget, text):
    """Typing; Chinese arrives as committed text from the input method, one key event per character."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def answer_next_dialog(act):
    """Act on the next modal dialog once it is up (exec() blocks the test until it closes)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        act(dialog)
    QTimer.singleShot(0, poll)


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang", "后台")


@pytest.fixture
def worker(make_ctx):
    return make_ctx("wangxm")


def issue_residence_certificate(ctx, name):
    resident = residents.search(ctx, name)[0]
    count = len(catalogue.get_type(ctx, "G099").materials)
    affair = acceptance.accept(ctx, resident.id, "G099", ["provided"] * count)
    assert affair.state == "completed"
    return certificates.issue(ctx, affair.id)


@pytest.fixture
def issued(worker):
    return [issue_residence_certificate(worker, "张秀兰"), issue_residence_certificate(worker, "李德胜")]


@pytest.fixture
def printed(monkeypatch):
    calls = []
    monkeypatch.setattr(register_module, "print_pdf", lambda path, paper, parent=None: calls.append((path, paper))
                        or True)
    return calls


def open_register(qtbot, ctx, tmp_path):
    dialog = CertificateRegisterDialog(ctx, tmp_path / "documents")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def search(qtbot, dialog, text):
    dialog.search.clear()
    dialog.search.setFocus()
    type_text(qtbot, dialog.search, text)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)


def shown_numbers(dialog):
    return [c.number for c in dialog.model.rows]


def test_search_by_resident_name(qtbot, worker, issued, tmp_path):
    dialog = open_register(qtbot, worker, tmp_path)
    assert set(shown_numbers(dialog)) == {c.number for c in issued}
    search(qtbot, dialog, "张秀兰")
    assert shown_numbers(dialog) == [issued[0].number]
    index = dialog.model.index(0, 7)
    assert dialog.model.data(index) == dialog.tr("Valid")
    assert dialog.model.data(dialog.model.index(0, 2)) == "张秀兰"
    assert dialog.reprint_button.isEnabled() and dialog.void_button.isEnabled()


def test_a_scanned_qr_payload_finds_the_certificate(qtbot, worker, issued, tmp_path):
    dialog = open_register(qtbot, worker, tmp_path)
    payload = certificates.payload(issued[1].number)
    search(qtbot, dialog, payload)  # a scanner types the payload and Enter
    assert shown_numbers(dialog) == [issued[1].number]
    assert not dialog.message_bar.isVisible()


def test_an_invalid_payload_is_explained_in_chinese(qtbot, worker, issued, tmp_path):
    dialog = open_register(qtbot, worker, tmp_path)
    payload = certificates.payload(issued[0].number)
    forged = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, forged)
    qtbot.wait(300)  # longer than the type-ahead delay: a half-typed payload is not checked
    assert not dialog.message_bar.isVisible()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.message_bar.isVisible()
    assert "二维码内容无效" in dialog.message_bar.text()


def test_reprint_writes_a_copy_and_prints_it_on_a4(qtbot, worker, issued, tmp_path, printed):
    dialog = open_register(qtbot, worker, tmp_path)
    search(qtbot, dialog, "张秀兰")
    number = issued[0].number
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    dialog.reprint_button.click()
    path = tmp_path / "documents" / f"{number}-copy1.pdf"
    assert path.exists()
    text = pdf_text(path)
    assert "副本" in text and number in text
    assert printed == [(path, "A4")]
    assert dialog.model.rows[0].print_count == 2
    assert str(path) in dialog.message_bar.text()
    dialog.reprint_button.click()
    assert (tmp_path / "documents" / f"{number}-copy2.pdf").exists()


def test_void_with_a_reason_greys_the_row_and_a_second_void_is_refused(qtbot, deputy, issued, tmp_path,
                                                                       printed):
    dialog = open_register(qtbot, deputy, tmp_path)
    search(qtbot, dialog, "李德胜")
    cert = dialog.selected()
    assert cert.number == issued[1].number

    def give_reason(void_dialog):
        assert isinstance(void_dialog, VoidDialog)
        assert not void_dialog.buttons.button(void_dialog.buttons.StandardButton.Ok).isEnabled()
        type_text(qtbot, void_dialog.reason, "地址填写错误")
        qtbot.keyClick(void_dialog.reason, Qt.Key.Key_Return)

    answer_next_dialog(give_reason)
    assert dialog.void_selected()
    row = dialog.model.rows[0]
    assert row.voided_at is not None and row.void_reason == "地址填写错误"
    state = dialog.model.data(dialog.model.index(0, 7))
    assert "地址填写错误" in state
    grey = dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert grey.color().name() == register_module.VOID_GREY
    assert not dialog.void_button.isEnabled() and not dialog.reprint_button.isEnabled()
    assert not dialog.void_selected()  # nothing to ask: the row is void
    assert dialog.reprint() is None and printed == []
    # Another desk's stale view: the service refuses the second void and the register says why.
    other = open_register(qtbot, deputy, tmp_path)
    search(qtbot, other, "张秀兰")
    certificates.void(deputy, issued[0].id, "重复开具")
    answer_next_dialog(lambda d: (d.reason.setText("再次作废"), d.accept()))
    assert not other.void_selected()
    assert other.message_bar.text() == f"证明 {issued[0].number} 已作废。"
    assert other.model.rows[0].voided_at is not None  # refreshed to the truth


def test_a_social_worker_cannot_void(qtbot, worker, issued, tmp_path):
    dialog = open_register(qtbot, worker, tmp_path)
    search(qtbot, dialog, "张秀兰")
    assert dialog.void_button.isEnabled()  # the service decides, and says why
    dialog.void_button.click()  # refused before any reason is asked for: no modal dialog opens
    assert dialog.message_bar.isVisible()
    assert "无权" in dialog.message_bar.text() and "作废证明" in dialog.message_bar.text()
    assert certificates.register(worker, "张秀兰")[0].voided_at is None


def test_open_folder_shows_the_path(qtbot, worker, issued, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(register_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_register(qtbot, worker, tmp_path)
    dialog.folder_button.click()
    assert str(tmp_path / "documents") in dialog.message_bar.text()
    assert opened and opened[0].toLocalFile() == str(tmp_path / "documents")


def test_language_switch_relabels_the_register(qtbot, qapp, worker, issued, tmp_path):
    dialog = open_register(qtbot, worker, tmp_path)
    LANGUAGE.set("en")
    qapp.processEvents()
    assert dialog.windowTitle() == "Certificate register"
    assert dialog.reprint_button.text() == "Reprint copy (Ctrl+P)"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Certificate number"
    assert dialog.model.data(dialog.model.index(0, 7)) == "Valid"
    assert dialog.count.text() == "Certificates: 2"
    LANGUAGE.set("zh")
    qapp.processEvents()
    assert dialog.reprint_button.text() == dialog.tr("Reprint copy (Ctrl+P)")
