"""The waiting-area display: who is called to which desk, how many wait, and nobody's full name."""
import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import residents, station, tickets
from app.services.context import ServiceContext
from app.ui.display.window import WaitingDisplay
from app.ui.i18n import LANGUAGE


@pytest.fixture
def desks(qapp, sqlite_database, clock):
    LANGUAGE.set("zh")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    one = base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    two = base.as_actor(dataclasses.replace(one.actor, desk="窗口2"))
    yield one, two
    LANGUAGE.set("zh")


@pytest.fixture
def display(qtbot, desks):
    one, _two = desks
    d = WaitingDisplay(one, station.current_station(one))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def shown_text(display) -> str:
    return "\n".join(label.text() for label in display.findChildren(QLabel)) + display.windowTitle()


def issue(ctx, name=None, **kw):
    rid = residents.search(ctx, name)[0].id if name else None
    return tickets.issue(ctx, rid, **kw)


def test_the_display_counts_who_waits_and_shows_a_call_with_the_masked_name_only(qtbot, desks, display):
    one, two = desks
    assert display.objectName() == "waitingDisplay"
    zhang = issue(one, "张秀兰")  # 80+: green channel
    issue(one)
    issue(one, "王建国")
    assert display.refresh()
    assert (display.waiting.text(), display.green.text()) == ("3", "1")
    assert display.board.called == ()

    called = tickets.call_next(two)
    assert called.code == zhang.code
    assert display.refresh()
    assert zhang.code in display.call.text() and "窗口2" in display.call.text()
    assert display.call_name.text() == "张**"
    assert (display.waiting.text(), display.green.text()) == ("2", "0")
    text = shown_text(display)
    for full in ("张秀兰", "王建国"):
        assert full not in text
    assert display.flash_timer.isActive()  # the new call blinks


def test_nothing_is_redrawn_while_the_board_is_unchanged(qtbot, desks, display, monkeypatch):
    one, two = desks
    issue(one)
    display.refresh()
    drawn = display.renders
    fetched = []
    real_board = tickets.board
    monkeypatch.setattr(tickets, "board", lambda *a, **k: fetched.append(1) or real_board(*a, **k))
    assert not display.refresh() and not display.refresh()
    assert display.renders == drawn and fetched == []  # only the version was asked for
    tickets.call_next(two)
    assert display.refresh() and display.renders == drawn + 1


def test_the_timer_picks_up_another_desks_call(qtbot, desks, display):
    one, two = desks
    first = issue(one, "王建国")
    second = issue(one)
    tickets.call_next(two)
    display.refresh()
    assert first.code in display.call.text()
    tickets.call_next(one)  # desk 1, from another PC: only the poll tells the display
    qtbot.waitUntil(lambda: second.code in display.call.text(), timeout=5000)
    assert "窗口1" in display.call.text()
    code, desk, name = display.previous_rows[0]
    assert (code.text(), desk.text(), name.text()) == (first.code, "窗口2", "王**")
    assert all(c.text() == "" for c, _d, _n in display.previous_rows[1:])


def test_a_recall_flashes_again(qtbot, desks, display):
    one, two = desks
    ticket = issue(one)
    tickets.call_next(two)
    display.refresh()
    display.flash_timer.stop()
    tickets.recall(two, ticket.id)
    assert display.refresh() and display.flash_timer.isActive()


def test_full_screen_toggles_with_f11_and_esc_leaves_it(qtbot, display):
    display.activateWindow()
    qtbot.keyClick(display, Qt.Key.Key_F11)
    assert display.isFullScreen()
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    assert not display.isFullScreen()
    display.show_on_best_screen()  # one screen here: a plain window
    assert display.isVisible() and not display.isFullScreen()


def test_an_unreachable_database_keeps_the_last_board(qtbot, desks, display, monkeypatch):
    one, two = desks
    issue(one)
    tickets.call_next(two)
    display.refresh()
    shown = display.call.text()

    def broken(*a, **k):
        raise OSError("connection refused")

    monkeypatch.setattr(tickets, "board_version", broken)
    monkeypatch.setattr(tickets, "board", broken)
    assert not display.refresh()
    assert display.offline and display.call.text() == shown
    assert display.footer.text().startswith(display.tr("Reconnecting…"))
    monkeypatch.undo()
    display.refresh()
    assert not display.offline


def test_sizes_follow_the_screen(qtbot, qapp, desks, display):
    one, two = desks
    for _ in range(5):
        issue(one, "王建国")
        tickets.call_next(two)
    display.refresh()
    for size in ((1920, 1080), (1280, 720)):
        display.resize(*size)
        qapp.processEvents()
        squeezed = [(label.objectName(), label.height(), label.minimumSizeHint().height())
                    for label in display.findChildren(QLabel)
                    if label.text() and label.height() < label.minimumSizeHint().height()]
        assert squeezed == [], (size, display.size(), display.layout_.minimumSize(), squeezed)


def test_it_polls_only_while_on_screen(qtbot, desks, display):
    one, two = desks
    assert display.poll_timer.isActive() and display.clock_timer.isActive()
    display.close()
    assert not display.poll_timer.isActive() and not display.clock_timer.isActive()
    issue(one)
    tickets.call_next(two)
    display.show()  # opened again from the Go menu: up to date at once
    assert display.poll_timer.isActive() and "窗口2" in display.call.text()
