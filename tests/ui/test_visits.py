"""Door-to-door work through the visits window: grid areas, planning, recording, a need accepted."""
import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services import grids, home_visits, queue, residents, station
from app.ui.visits.dialogs import AcceptNeedDialog, PlanVisitDialog, RecordVisitDialog
from app.ui.visits.grid_dialog import GridDialog, parse_blocks
from app.ui.visits.window import VisitsWindow


def type_text(qtbot, widget, text):
    """Typing; Chinese arrives as committed text from the input method, one key event per character."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def answer_next_dialog(act):
    """Act on the next modal dialog once it is up (exec() blocks the test until it closes)."""
    seen = QApplication.activeModalWidget()

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is seen:
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


def open_window(qtbot, ctx, tmp_path):
    window = VisitsWindow(ctx, station.current_station(ctx), tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save) or \
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_blocks_are_read_as_stations_write_them():
    assert parse_blocks("3\n5-2\n7/1, 9号楼2单元、11号楼") == [
        ("3", ""), ("5", "2"), ("7", "1"), ("9", "2"), ("11", "")]
    with pytest.raises(ValueError, match="3-2-1"):
        parse_blocks("3-2-1")


def test_grid_edit_saves_and_shows_the_counts(qtbot, deputy, tmp_path):
    window = open_window(qtbot, deputy, tmp_path)
    assert window.grid_model.rows == [] and window.new_grid_button.isEnabled()

    def fill(dialog):
        assert isinstance(dialog, GridDialog)
        type_text(qtbot, dialog.name, "第一网格")
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findText("王晓梅", Qt.MatchFlag.MatchStartsWith))
        dialog.blocks.setPlainText("3\n5-1")
        ok(dialog).click()

    answer_next_dialog(fill)
    window.new_grid_button.click()
    [grid] = window.grid_model.rows
    assert (grid.name, grid.staff_name, grid.blocks) == ("第一网格", "王晓梅", (("3", ""), ("5", "1")))
    assert grid.households > 0 and grid.residents >= grid.households
    assert window.grid_model.data(window.grid_model.index(0, 2)) == "3、5-1"
    assert window.grid_model.data(window.grid_model.index(0, 4)) == grid.residents
    assert "第一网格" in [window.grid_filter.itemText(i) for i in range(window.grid_filter.count())]

    def widen(dialog):
        assert dialog.name.text() == "第一网格" and dialog.blocks.toPlainText() == "3\n5-1"
        dialog.blocks.setPlainText("3\n5")
        ok(dialog).click()

    answer_next_dialog(widen)
    qtbot.keyClick(window.grid_table, Qt.Key.Key_Return)  # Enter on a grid edits it
    [wider] = window.grid_model.rows
    assert wider.blocks == (("3", ""), ("5", "")) and wider.households >= grid.households


def test_a_clash_is_explained_in_the_grid_dialog(qtbot, deputy):
    grids.save_grid(deputy, "第一网格", None, [("3", "")])
    dialog = GridDialog(deputy, station.list_staff(deputy, deputy.actor.station_id))
    qtbot.addWidget(dialog)
    dialog.name.setText("第二网格")
    dialog.blocks.setPlainText("3")
    assert not dialog.save()
    assert "已属于网格“第一网格”" in dialog.message.text()
    dialog.blocks.setPlainText("3-2-1")
    assert not dialog.save() and "3-2-1" in dialog.message.text()


def test_a_social_worker_cannot_change_grids(qtbot, worker, deputy, tmp_path):
    grids.save_grid(deputy, "第一网格", None, [("3", "")])
    window = open_window(qtbot, worker, tmp_path)
    assert len(window.grid_model.rows) == 1  # everybody sees the areas
    assert not window.new_grid_button.isEnabled() and not window.edit_grid_button.isEnabled()
    # Even if a dialog were reached, the service refuses and says why.
    dialog = GridDialog(worker, window.staff, window.grid_model.rows[0], window)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "无权" in dialog.message.text() and "管理网格" in dialog.message.text()


def plan_for_zhang(qtbot, window, purpose="独居老人定期探访"):
    def fill(dialog):
        assert isinstance(dialog, PlanVisitDialog)
        assert dialog.focusWidget() is dialog.resident.search
        type_text(qtbot, dialog.resident.search, "张秀兰")
        qtbot.keyClick(dialog.resident.search, Qt.Key.Key_Return)  # chooses; does not save yet
        assert dialog.isVisible() and dialog.resident.current.name == "张秀兰"
        assert dialog.focusWidget() is dialog.planned_on
        assert dialog.planned_on.minimumDate() == QDate(2026, 11, 23)
        dialog.purpose.setFocus()
        type_text(qtbot, dialog.purpose, purpose)
        assert dialog.staff_combo.currentText() == window.ctx.actor.name  # me by default
        qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)

    answer_next_dialog(fill)
    window.plan_button.click()
    visit = window.selected_visit()
    assert visit is not None and visit.resident_name == "张秀兰" and visit.purpose == purpose
    return visit


def test_plan_a_visit_for_a_resident(qtbot, worker, deputy, tmp_path):
    grids.save_grid(deputy, "第一网格", None, [("3", "")])  # 张秀兰 lives in 3-2-501
    window = open_window(qtbot, worker, tmp_path)
    visit = plan_for_zhang(qtbot, window)
    assert visit.planned_on.isoformat() == "2026-11-24" and visit.state == "planned"
    assert visit.grid_name == "第一网格" and visit.address == "3-2-501" and visit.staff_name == "王晓梅"
    row = window.task_model.rows.index(visit)
    assert window.task_model.data(window.task_model.index(row, 0)).startswith("2026-11-24")


def test_a_visit_cannot_be_planned_in_the_past_or_without_a_purpose(qtbot, worker):
    dialog = PlanVisitDialog(worker, station.list_staff(worker, worker.actor.station_id), [])
    qtbot.addWidget(dialog)
    assert not dialog.staff_combo.isEnabled()  # a social worker plans for themselves
    dialog.planned_on.setDate(QDate(2026, 11, 20))
    assert dialog.planned_date().isoformat() == "2026-11-23"  # held at today
    assert not dialog.save() and dialog.message.text()  # no resident chosen yet
    dialog.resident.search.setText("张秀兰")
    dialog.resident.choose_from_search()
    assert not dialog.save()
    assert "走访目的" in dialog.message.text()


def test_not_home_keeps_the_visit_planned(qtbot, worker, tmp_path):
    window = open_window(qtbot, worker, tmp_path)
    visit = plan_for_zhang(qtbot, window)

    def not_home(dialog):
        assert isinstance(dialog, RecordVisitDialog)
        dialog.set_outcome("not_home")
        assert dialog.accept_button.isHidden()
        dialog.note.setPlainText("敲门无人应答")
        ok(dialog).click()

    answer_next_dialog(not_home)
    window.record_button.click()
    again = window.selected_visit()
    assert again.id == visit.id and again.state == "planned"
    assert window.record_button.isEnabled()
    assert window.log_model.rowCount() == 1
    assert window.log_model.data(window.log_model.index(0, 2)) == "无人在家"
    assert window.log_model.data(window.log_model.index(0, 3)) == "敲门无人应答"


def test_a_need_found_is_accepted_as_a_door_to_door_affair(qtbot, worker, deputy, tmp_path):
    window = open_window(qtbot, worker, tmp_path)
    visit = plan_for_zhang(qtbot, window)

    def accept_need(dialog):
        assert isinstance(dialog, AcceptNeedDialog)
        assert "张秀兰" in dialog.resident_name.text()
        assert dialog.note.text() == "老人想申请高龄津贴"
        assert not ok(dialog).isEnabled()  # no type yet
        type_text(qtbot, dialog.types.search, "高龄")
        qtbot.keyClick(dialog.types.search, Qt.Key.Key_Return)
        assert dialog.type.code == "G031" and dialog.isVisible()
        assert dialog.focusWidget() is dialog.materials
        for _ in range(dialog.materials.count()):
            qtbot.keyClick(dialog.materials, Qt.Key.Key_Return)  # Enter ticks and moves on
        assert dialog.statuses() == ["provided"] * dialog.materials.count()
        assert dialog.isVisible()
        ok(dialog).click()

    def need_found(dialog):
        assert isinstance(dialog, RecordVisitDialog)
        dialog.set_outcome("need_found")
        assert not dialog.accept_button.isHidden()
        dialog.note.setPlainText("老人想申请高龄津贴")
        answer_next_dialog(accept_need)
        dialog.accept_button.click()

    answer_next_dialog(need_found)
    window.record_button.click()
    affair = window.last_affair
    assert affair is not None and affair.number in window.message_bar.text()
    assert window.last_pdf.exists()
    done = home_visits.visits(worker, resident_id=visit.resident_id)[0]
    assert done.state == "done" and done.log[-1].outcome == "need_found"
    assert done.log[-1].affair_number == affair.number
    window.state_filter.setCurrentIndex(window.state_filter.findData("done"))
    row = [v.id for v in window.task_model.rows].index(visit.id)
    assert window.task_model.data(window.task_model.index(row, 4)) == affair.number
    assert affair.state == "accepted"
    assert queue.detail(deputy, affair.id).channel == "door_to_door"
    assert affair.number in [r.number for r in queue.queue(deputy).rows]


def test_a_grid_visit_asks_whose_need_it_is(qtbot, worker, deputy, tmp_path):
    grid_id = grids.save_grid(deputy, "第一网格", None, [("3", "")])
    visit_id = home_visits.plan(worker, worker.now().date(), "网格需求摸排", grid_id=grid_id)
    visit = home_visits.visits(worker)[0]
    assert visit.id == visit_id and visit.resident_id is None
    dialog = AcceptNeedDialog(worker, visit, "申请居住证明")
    qtbot.addWidget(dialog)
    dialog.types.search.setText("G099")
    dialog.types.choose_from_search()
    dialog.all_button.click()
    assert not ok(dialog).isEnabled()  # whose need is it?
    dialog.resident.search.setText("张秀兰")
    dialog.resident.choose_from_search()
    assert ok(dialog).isEnabled()
    assert dialog.save()
    assert dialog.result_affair.state == "completed"  # an on-the-spot type is done at the door
    assert home_visits.visits(worker)[0].log[-1].affair_number == dialog.result_affair.number


def test_cancel_a_visit_with_a_reason(qtbot, worker, tmp_path):
    window = open_window(qtbot, worker, tmp_path)
    visit = plan_for_zhang(qtbot, window)

    def cancel(dialog):
        ok(dialog).click()  # no reason: refused, the dialog stays
        assert dialog.isVisible() and "原因" in dialog.message.text()
        type_text(qtbot, dialog.reason, "居民住院")
        ok(dialog).click()

    answer_next_dialog(cancel)
    window.cancel_button.click()
    assert visit.id not in [v.id for v in window.task_model.rows]  # the planned list no longer shows it
    window.state_filter.setCurrentIndex(window.state_filter.findData("cancelled"))
    cancelled = window.selected_visit()
    assert cancelled.id == visit.id and not window.record_button.isEnabled()
    assert window.log_model.data(window.log_model.index(0, 3)) == "居民住院"


def test_language_switch_relabels_the_visits_window(qtbot, qapp, worker, tmp_path):
    window = open_window(qtbot, worker, tmp_path)
    plan_for_zhang(qtbot, window)
    window.set_language("en")
    qapp.processEvents()
    assert window.plan_button.text() == "Plan a visit (Ctrl+N)"
    assert window.state_filter.itemText(0) == "Planned"
    assert window.task_model.headerData(0, Qt.Orientation.Horizontal) == "Planned for"
    assert window.task_model.data(window.task_model.index(0, 0)).endswith("Tue")
    window.set_language("zh")
    qapp.processEvents()
    assert window.task_model.data(window.task_model.index(0, 0)).endswith("周二")
    assert window.plan_button.text() == window.tr("Plan a visit (Ctrl+N)")


def test_every_interactive_widget_has_a_unique_object_name(qtbot, deputy, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, \
        QPlainTextEdit, QWidget

    from app.services import acceptance, catalogue
    from app.ui.agency.custody_dialog import CustodyDialog
    from app.ui.certificates.register import CertificateRegisterDialog
    from app.ui.timeline.dialog import TimelineDialog
    from app.ui.visits.dialogs import CancelVisitDialog

    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit)

    def inside_a_composite(w):  # a combo's popup list, a table's header, a line edit's clear button
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    window = open_window(qtbot, deputy, tmp_path)
    staff = station.list_staff(deputy, deputy.actor.station_id)
    zhang = residents.search(deputy, "张秀兰")[0]
    visit_id = home_visits.plan(deputy, deputy.now().date(), "走访", resident_id=zhang.id)
    visit = [v for v in home_visits.visits(deputy) if v.id == visit_id][0]
    affair = acceptance.accept(deputy, visit.resident_id, "G031",
                               ["provided"] * len(catalogue.get_type(deputy, "G031").materials))
    for widget in (window, GridDialog(deputy, staff), PlanVisitDialog(deputy, staff, []),
                   RecordVisitDialog(deputy, visit), AcceptNeedDialog(deputy, visit),
                   CancelVisitDialog(deputy, visit), CertificateRegisterDialog(deputy, tmp_path),
                   TimelineDialog(deputy, visit.resident_id), CustodyDialog(deputy, affair.id, tmp_path)):
        qtbot.addWidget(widget)
        found = [w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
        assert [type(w).__name__ for w in found if not w.objectName()] == [], widget.objectName()
        names = [w.objectName() for w in found]
        assert len(names) == len(set(names)), widget.objectName()
