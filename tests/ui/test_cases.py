"""Social-work cases through the cases window: open, the six steps, plan, links,
closure, confidentiality between workers, language, object names."""
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services import acceptance, cases, catalogue, residents, station
from app.services.errors import NotFound
from app.ui.cases.dialogs import AdvanceDialog, NewCaseDialog
from app.ui.cases.window import CasesWindow

CTRL = Qt.KeyboardModifier.ControlModifier


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
def worker(make_ctx):
    return make_ctx("wangxm")


def open_window(qtbot, ctx, tmp_path):
    window = CasesWindow(ctx, station.current_station(ctx), tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def activate(qtbot, window):
    """The menu's shortcuts work in the active window only; offscreen, a closed dialog does not hand it back."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def advance_with(qtbot, window, note, by_keyboard=False):
    stage = window.case.stage

    def fill(dialog):
        assert isinstance(dialog, AdvanceDialog) and dialog.focusWidget() is dialog.note
        type_text(qtbot, dialog.note, note)
        if by_keyboard:
            activate(qtbot, dialog)
            qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
        else:
            ok(dialog).click()

    answer_next_dialog(fill)
    if by_keyboard:
        activate(qtbot, window)
        qtbot.keyClick(window.table, Qt.Key.Key_Return, CTRL)
    else:
        window.advance_button.click()
    assert window.case.notes[-1].stage == stage and window.case.notes[-1].text == note
    return window.case.stage


def test_a_case_from_application_to_closure_through_the_window(qtbot, worker, tmp_path):
    zhang = residents.search(worker, "张秀兰")[0]
    affair = acceptance.accept(worker, zhang.id, "G031", ["provided"] * len(
        catalogue.get_type(worker, "G031").materials))
    window = open_window(qtbot, worker, tmp_path)
    assert window.model.rowCount() == 0 and not window.advance_button.isEnabled()
    assert not window.mine_only.isVisible()  # a worker's list is theirs already

    def fill(dialog):
        assert isinstance(dialog, NewCaseDialog) and dialog.focusWidget() is dialog.resident.search
        assert not dialog.worker.isVisible()  # only the chief assigns cases to others
        type_text(qtbot, dialog.resident.search, "张秀兰")
        qtbot.keyClick(dialog.resident.search, Qt.Key.Key_Return)  # chooses; does not save
        assert dialog.isVisible() and dialog.focusWidget() is dialog.title
        type_text(qtbot, dialog.title, "独居高龄老人居家照护")
        dialog.note.setFocus()
        type_text(qtbot, dialog.note, "女儿来站申请：老人独居，近期摔倒。")
        ok(dialog).click()

    answer_next_dialog(fill)
    qtbot.keyClick(window.table, Qt.Key.Key_N, CTRL)
    [row] = window.model.rows
    assert row.number == "XCQG01-GA-2026-0001" and row.resident_name == "张秀兰"
    assert "XCQG01-GA-2026-0001" in window.message_bar.text()
    assert window.header_title.text() == "XCQG01-GA-2026-0001  独居高龄老人居家照护"
    assert "110102********0022" in window.header_resident.text() and "110102193804120022" not in \
        window.header_resident.text()
    assert window.strip.state_of("application") == "current" and window.strip.state_of("plan") == "todo"

    assert advance_with(qtbot, window, "同意受理。") == "investigation"
    assert advance_with(qtbot, window, "评估：独居、慢病。", by_keyboard=True) == "plan"
    assert window.tabs.currentWidget() is window.plan_tab
    # No plan yet: the next stage is refused, and the reason is shown.
    window.advance_button.click()
    assert window.case.stage == "plan" and window.message_bar.isVisible()
    assert "服务计划" in window.message_bar.text()
    plan = window.plan_tab
    assert plan.table.rowCount() == 1 and plan.save_button.isEnabled() and not plan.revision.isEnabled()
    for col, text in enumerate(("按时服药", "家庭医生上门", "社区卫生服务站")):
        plan.table.item(0, col).setText(text)
    activate(qtbot, window)
    plan.add_row_button.click()  # a new row, its goal cell open for typing
    editor = QApplication.focusWidget()
    assert plan.table.isAncestorOf(editor) and plan.table.currentRow() == 1
    type_text(qtbot, editor, "减少跌倒风险")
    plan.save_button.click()  # the cell still being edited counts
    assert [p.goal for p in window.case.plan] == ["按时服药", "减少跌倒风险"]
    assert window.case.plan[0].resources == "社区卫生服务站"
    assert advance_with(qtbot, window, "计划已与家属确认。") == "execution"
    assert window.strip.state_of("plan") == "done" and window.strip.state_of("execution") == "current"

    # The execution log: Ctrl+L goes to the note box, Ctrl+L again adds the note.
    activate(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_L, CTRL)
    assert window.tabs.currentWidget() is window.notes_tab and window.notes_tab.edit.hasFocus()
    type_text(qtbot, window.notes_tab.edit, "第一次随访：扶手已安装。")
    qtbot.keyClick(window.notes_tab.edit, Qt.Key.Key_L, CTRL)
    assert (window.case.notes[-1].stage, window.case.notes[-1].text) == ("execution", "第一次随访：扶手已安装。")
    assert window.notes_tab.edit.toPlainText() == ""

    links = window.links_tab
    window.tabs.setCurrentWidget(links)
    links.affair_combo.setCurrentIndex(links.affair_combo.findData(affair.id))
    assert affair.number in links.affair_combo.currentText()
    links.link_affair_button.click()
    assert [x.affair_number for x in window.case.links] == [affair.number]
    assert links.affair_combo.findData(affair.id) == -1  # not offered twice
    partner = catalogue.list_partners(worker, active_only=True)[0]
    links.partner_combo.setCurrentIndex(links.partner_combo.findData(partner.code))
    links.link_partner_button.click()
    assert [x.partner_code for x in window.case.links] == [None, partner.code]
    links.table.selectRow(1)
    links.unlink_button.click()
    assert [x.partner_code for x in window.case.links] == [None]

    assert not window.closure_tab.close_button.isEnabled()
    assert advance_with(qtbot, window, "执行小结。") == "supervision"
    assert advance_with(qtbot, window, "督导：可以结案。") == "closure"
    assert window.tabs.currentWidget() is window.closure_tab
    closure = window.closure_tab
    assert closure.close_button.isEnabled() and not closure.reason.isEnabled()
    closure.close_button.click()  # no evaluation yet
    assert window.case.stage == "closure" and "结案评估" in window.message_bar.text()
    closure.goals.setCurrentIndex(closure.goals.findData("partly"))
    closure.satisfaction.setCurrentIndex(closure.satisfaction.findData(4))
    closure.evaluation.setPlainText("如厕与用餐问题解决；慢病管理需继续。")
    closure.close_button.click()
    c = window.case
    assert (c.stage, c.goals_met, c.satisfaction) == ("closed", "partly", 4)
    assert all(window.strip.state_of(s) == "done" for s in cases.STEPS)
    assert not window.advance_button.isEnabled() and not window.notes_tab.add_button.isEnabled()
    assert not closure.close_button.isEnabled() and closure.evaluation.toPlainText() == c.evaluation
    assert [n.stage for n in c.notes] == ["application", "application", "investigation", "plan", "execution",
                                          "execution", "supervision", "closure"]


def test_the_chief_assigns_a_case_and_another_worker_never_sees_it(qtbot, make_ctx, tmp_path):
    chief, worker, lijh = make_ctx("chenlx", "站长室"), make_ctx("wangxm"), make_ctx("lijh", "窗口2")
    window = open_window(qtbot, chief, tmp_path)
    assert window.mine_only.isVisible()

    def fill(dialog):
        assert dialog.worker.isVisible()
        type_text(qtbot, dialog.resident.search, "李德胜")
        qtbot.keyClick(dialog.resident.search, Qt.Key.Key_Return)
        type_text(qtbot, dialog.title, "残疾人就业支持")
        dialog.note.setPlainText("本人申请。")
        dialog.worker.setCurrentIndex(dialog.worker.findText("王晓梅"))
        ok(dialog).click()

    answer_next_dialog(fill)
    window.new_button.click()
    [row] = window.model.rows
    assert row.worker_name == "王晓梅"
    window.mine_only.setChecked(True)
    assert window.model.rowCount() == 0 and window.case is None
    assert window.header_title.text() == window.tr("No case selected")

    assert [c.id for c in open_window(qtbot, worker, tmp_path).model.rows] == [row.id]
    other = open_window(qtbot, lijh, tmp_path)
    assert other.model.rowCount() == 0 and other.case is None
    # Even asked for directly, the case does not exist for the other worker.
    with pytest.raises(NotFound) as err:
        cases.detail(lijh, row.id)
    assert err.value.key == "case_not_found"


def test_a_refused_note_is_explained_and_nothing_is_added(qtbot, worker, tmp_path):
    case = cases.open_case(worker, residents.search(worker, "王建国")[0].id, "失业家庭帮扶", "本人申请。")
    window = open_window(qtbot, worker, tmp_path)
    window.notes_tab.add_button.click()
    assert window.message_bar.isVisible() and window.message_bar.property("kind") == "error"
    assert window.message_bar.text() == "请填写记录内容。"
    assert len(window.case.notes) == 1
    window.notes_tab.edit.setPlainText("记" * 2001)
    window.notes_tab.add_button.click()
    assert "2000" in window.message_bar.text() and len(cases.detail(worker, case.id).notes) == 1
    assert window.notes_tab.edit.toPlainText() == "记" * 2001  # the worker's text is kept to shorten it


def test_language_switch_relabels_the_cases_window(qtbot, qapp, worker, tmp_path):
    cases.open_case(worker, residents.search(worker, "张秀兰")[0].id, "独居老人照护", "申请。")
    window = open_window(qtbot, worker, tmp_path)
    window.set_language("en")
    qapp.processEvents()
    assert window.new_button.text() == "New case (Ctrl+N)"
    assert window.tabs.tabText(0) == "Notes (Alt+1)"
    assert window.strip.steps["application"].text() == "1 Application"
    assert window.model.data(window.model.index(0, 3)) == "Application"
    assert window.notes_tab.model.headerData(3, Qt.Orientation.Horizontal) == "Note"
    assert window.stage_filter.itemText(0) == "All cases"
    window.set_language("zh")
    qapp.processEvents()
    assert window.strip.steps["application"].text() == "1 申请受理"
    assert window.model.data(window.model.index(0, 3)) == "申请受理"
    assert window.new_button.text() == window.tr("New case (Ctrl+N)")


def test_every_interactive_widget_has_a_unique_object_name(qtbot, make_ctx, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, \
        QPlainTextEdit, QWidget

    chief = make_ctx("chenlx", "站长室")
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit)

    def inside_a_composite(w):  # a combo's popup list, a table's header, a line edit's clear button
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    case = cases.open_case(chief, residents.search(chief, "张秀兰")[0].id, "独居老人照护", "申请。")
    window = open_window(qtbot, chief, tmp_path)
    for widget in (window, NewCaseDialog(chief, cases.case_workers(chief)), NewCaseDialog(chief),
                   AdvanceDialog(chief, cases.detail(chief, case.id))):
        qtbot.addWidget(widget)
        found = [w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
        assert [type(w).__name__ for w in found if not w.objectName()] == [], widget.objectName()
        names = [w.objectName() for w in found]
        assert len(names) == len(set(names)), widget.objectName()
