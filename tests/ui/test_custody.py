"""Full agency handling through the custody dialog: authorise, take, give back, print the slip."""
import pypdf
import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.services import acceptance, catalogue, queue, residents, station
from app.services.context import ServiceContext
from app.ui.agency import custody_dialog as custody_module
from app.ui.agency.custody_dialog import CustodyDialog
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


@pytest.fixture
def worker(qapp, sqlite_database, clock):
    LANGUAGE.set("zh")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    yield base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    LANGUAGE.set("zh")


@pytest.fixture
def affair(worker):
    """An elderly allowance application (高龄津贴) the station runs on the resident's behalf."""
    resident = residents.search(worker, "王建国")[0]
    count = len(catalogue.get_type(worker, "G031").materials)
    result = acceptance.accept(worker, resident.id, "G031", ["provided"] * count)
    assert result.state == "accepted"
    return result


@pytest.fixture
def printed(monkeypatch):
    calls = []
    monkeypatch.setattr(custody_module, "print_pdf", lambda path, paper, parent=None: calls.append((path, paper))
                        or True)
    return calls


@pytest.fixture
def dialog(qtbot, worker, affair, tmp_path):
    d = CustodyDialog(worker, affair.id, tmp_path / "documents")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def take(qtbot, dialog, name, copies):
    dialog.name.setFocus()
    type_text(qtbot, dialog.name, name)
    dialog.copies.setValue(copies)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter in the name adds the row


def test_nothing_can_be_taken_before_the_authorisation(qtbot, dialog, affair):
    assert affair.number in dialog.affair_card.text() and "王建国" in dialog.affair_card.text()
    assert not dialog.take_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.focusWidget() is dialog.scope
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Return)  # an empty scope is refused by the service
    assert "请填写委托代办的事项范围" in dialog.message_bar.text()


def test_authorise_take_return_and_print_the_slip(qtbot, dialog, worker, affair, tmp_path, printed):
    type_text(qtbot, dialog.scope, "代为申请高龄津贴并领取结果")
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Return)
    assert queue.detail(worker, affair.id).authorisation_scope == "代为申请高龄津贴并领取结果"
    assert dialog.take_button.isEnabled() and dialog.focusWidget() is dialog.name

    take(qtbot, dialog, "户口簿原件", 1)
    take(qtbot, dialog, "房屋产权证原件", 2)
    assert [(c.name, c.copies) for c in dialog.model.rows] == [("户口簿原件", 1), ("房屋产权证原件", 2)]
    assert dialog.model.data(dialog.model.index(0, 3)) == dialog.tr("Not returned")
    assert "3" in dialog.held.text()
    assert dialog.name.text() == "" and dialog.copies.value() == 1

    assert not dialog.return_button.isEnabled()
    dialog.table.selectionModel().select(
        dialog.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.return_button.isEnabled()
    dialog.return_button.click()
    custody = queue.detail(worker, affair.id).custody
    assert custody[0].returned_at is not None and custody[1].returned_at is None
    assert dialog.model.data(dialog.model.index(0, 3)) == "2026-11-23 10:00"
    assert dialog.model.data(dialog.model.index(1, 3)) == dialog.tr("Not returned")
    assert "户口簿原件" in dialog.message_bar.text()

    dialog.print_button.click()
    path = tmp_path / "documents" / f"{affair.number}-handover.pdf"
    assert printed == [(path, "A5")]
    text = pdf_text(path)
    for expected in ("全程代办材料交接单", "户口簿原件", "房屋产权证原件", "未归还", affair.number, "王建国"):
        assert expected in text, expected
    width_mm = float(pypdf.PdfReader(str(path)).pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 148) < 1  # A5


def test_a_returned_original_cannot_be_returned_twice(qtbot, dialog, worker, affair):
    from app.services import agency

    agency.authorise(worker, affair.id, "代办")
    agency.take(worker, affair.id, [("户口簿原件", 1)])
    dialog.reload()
    dialog.table.selectRow(0)
    agency.give_back(worker, affair.id, [dialog.model.rows[0].id])  # another desk gave it back meanwhile
    assert not dialog.give_back_selected()
    assert "已归还" in dialog.message_bar.text()
    assert dialog.model.rows[0].returned_at is not None


def test_bad_copies_or_empty_name_are_refused(qtbot, dialog, worker, affair):
    dialog.scope.setText("代办")
    dialog.authorise_button.click()
    dialog.take_button.click()
    assert "请填写原件名称" in dialog.message_bar.text()
    assert dialog.model.rows == []


def test_language_switch_relabels_custody(qtbot, qapp, dialog):
    LANGUAGE.set("en")
    qapp.processEvents()
    assert dialog.print_button.text() == "Print hand-over slip (Ctrl+P)"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Original document"
    assert "elderly" in dialog.affair_card.text().lower() or "allowance" in dialog.affair_card.text().lower()
    LANGUAGE.set("zh")
    qapp.processEvents()
    assert "高龄" in dialog.affair_card.text()
