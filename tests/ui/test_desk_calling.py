"""Calling queue tickets at the desk: the called resident and their booked affair open by themselves."""
from datetime import date, time

from PySide6.QtCore import Qt

from app.services import appointments, residents, tickets

TODAY = date(2026, 11, 23)


def resident_id(ctx, name):
    return residents.search(ctx, name)[0].id


def checked_in(ctx, name, type_code, slot=time(10, 0)):
    appointment = appointments.book(ctx, resident_id(ctx, name), TODAY, slot, type_code=type_code, channel="phone")
    return appointment, appointments.check_in(ctx, appointment.id)


def test_calling_an_appointment_opens_the_resident_and_the_type_and_accepting_closes_it(qtbot, desk):
    appointment, ticket = checked_in(desk.ctx, "张秀兰", "G031")
    bar = desk.ticket_bar
    assert bar.code.text() == "—" and not bar.done_button.isEnabled()
    qtbot.keyClick(desk.residents.search, Qt.Key.Key_F12)
    assert bar.current.id == ticket.id and bar.code.text() == ticket.code
    assert "张**" in bar.info.text() and "张秀兰" not in bar.info.text()
    assert desk.resident.name == "张秀兰" and "张秀兰" in desk.residents.card.text()
    panel = desk.actions_panel
    assert panel.type.code == "G031" and desk.focusWidget() is panel.materials
    assert panel.channel.currentData() == "appointment"
    assert ticket.code in desk.message_bar.text()

    panel.tick_all()
    qtbot.keyClick(panel.accept_button, Qt.Key.Key_F9)
    result = desk.last_result
    assert result is not None and result.state == "accepted"
    [done] = appointments.day_list(desk.ctx, TODAY)
    assert (done.id, done.state, done.affair_id) == (appointment.id, "done", result.id)
    assert result.number in desk.message_bar.text() and ticket.code in desk.message_bar.text()

    bar.done_button.click()
    assert bar.current is None and tickets.today(desk.ctx)[0].state == "done"
    assert desk.resident is not None  # Done frees the desk; the worker may still print


def test_recall_skip_and_done(qtbot, desk):
    first = tickets.issue(desk.ctx)
    second = tickets.issue(desk.ctx)
    bar = desk.ticket_bar
    bar.call_button.click()
    assert bar.current.id == first.id and bar.recall_button.isEnabled()
    qtbot.keyClick(desk.residents.search, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current.calls == 2 and "2" in bar.info.text()
    bar.skip_button.click()
    assert bar.current is None and not bar.skip_button.isEnabled()
    assert {t.code: t.state for t in tickets.today(desk.ctx)}[first.code] == "skipped"
    bar.call_next()
    assert bar.current.id == second.id
    bar.done_button.click()
    assert {t.code: t.state for t in tickets.today(desk.ctx)}[second.code] == "done"
    assert bar.call_next() is None and bar.current is None
    assert desk.message_bar.isVisible()  # "nobody is waiting"
    assert bar.waiting_label.text().count("0") >= 2


def test_calling_the_next_ticket_finishes_the_one_before(qtbot, desk):
    first = tickets.issue(desk.ctx)
    tickets.issue(desk.ctx)
    desk.ticket_bar.call_next()
    desk.ticket_bar.call_next()
    assert {t.code: t.state for t in tickets.today(desk.ctx)}[first.code] == "done"


def test_a_walk_in_ticket_without_a_resident_just_shows_the_code(qtbot, desk):
    from tests.ui.test_desk import find_resident_by_keyboard

    find_resident_by_keyboard(qtbot, desk, "李德胜")
    walk_in = tickets.issue(desk.ctx)
    desk.ticket_bar.call_next()
    assert desk.ticket_bar.code.text() == walk_in.code
    assert desk.resident is None and desk.actions_panel.type is None  # cleared for whoever comes
    assert walk_in.code in desk.message_bar.text()


def test_a_skipped_resident_is_not_left_open(qtbot, desk):
    _appointment, ticket = checked_in(desk.ctx, "王建国", "")
    desk.ticket_bar.call_next()
    assert desk.resident.name == "王建国" and desk.actions_panel.type is None
    desk.ticket_bar.skip()
    assert desk.resident is None


def test_ctrl_n_still_clears_the_desk_and_keeps_the_ticket(qtbot, desk):
    tickets.issue(desk.ctx, resident_id(desk.ctx, "李德胜"))
    desk.ticket_bar.call_next()
    assert desk.resident.name == "李德胜"
    desk.new_action.trigger()
    assert desk.resident is None and desk.ticket_bar.current is not None


def test_the_ticket_at_the_desk_survives_a_restart(qtbot, desk):
    from app.ui.desk.window import DeskWindow

    ticket = tickets.issue(desk.ctx)
    desk.ticket_bar.call_next()
    again = DeskWindow(desk.ctx, desk.station, desk.output_dir)
    qtbot.addWidget(again)
    assert again.ticket_bar.current.id == ticket.id and again.ticket_bar.code.text() == ticket.code


def test_an_affair_for_another_resident_is_not_attached(qtbot, desk):
    from tests.ui.test_desk import choose_type_by_keyboard, find_resident_by_keyboard

    appointment, _ticket = checked_in(desk.ctx, "张秀兰", "G031")
    desk.ticket_bar.call_next()
    desk.next_resident()
    find_resident_by_keyboard(qtbot, desk, "王建国")  # the worker helps somebody else meanwhile
    choose_type_by_keyboard(qtbot, desk, "G099")
    desk.actions_panel.tick_all()
    desk.do_action("handle")
    assert desk.last_result.state == "completed"
    assert appointments.get(desk.ctx, appointment.id).state == "checked_in"
