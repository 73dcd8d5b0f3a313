"""Reception: the day's appointments, booking, check-in with a printed slip, imports, walk-in tickets."""
from datetime import date, time

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDialogButtonBox, QLineEdit, QWidget

from app.services import appointments, residents, station, tickets
from app.services.context import ServiceContext
from app.ui.i18n import LANGUAGE
from app.ui.reception import window as reception_window
from app.ui.reception.dialogs import BookingDialog, TextDialog
from app.ui.reception.window import ReceptionWindow
from tests.ui.test_visits import answer_next_dialog, type_text

TODAY = date(2026, 11, 23)  # the clock fixture's Monday, 10:00
TOMORROW = date(2026, 11, 24)
ZHANG_ID = "110102193804120022"


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def ctx(qapp, sqlite_database, clock):
    LANGUAGE.set("zh")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    yield base.as_actor(station.actor_for(base, "wangxm", desk="前台"))
    LANGUAGE.set("zh")


@pytest.fixture
def printed(monkeypatch):
    """No print dialog in tests: remember what would have gone to the printer."""
    calls = []
    monkeypatch.setattr(reception_window, "print_pdf", lambda path, paper, parent=None: calls.append((path, paper)))
    return calls


@pytest.fixture
def window(qtbot, ctx, tmp_path, printed):
    w = ReceptionWindow(ctx, station.current_station(ctx), tmp_path / "documents")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def resident_id(ctx, name):
    return residents.search(ctx, name)[0].id


def others(ctx, count):
    """Residents other than the three the tests name."""
    found = []
    for surname in "刘陈杨赵黄周吴":
        for r in residents.search(ctx, surname):
            if r.name not in ("张秀兰", "李德胜", "王建国") and r.id not in {f.id for f in found}:
                found.append(r)
    return found[:count]


def row_of(window, name):
    return next(i for i, a in enumerate(window.model.rows) if a.resident_name == name)


def test_booking_through_the_dialog_lists_a_full_slot_but_will_not_take_it(qtbot, ctx, window):
    for r in others(ctx, 3):  # 14:00 tomorrow takes three residents
        appointments.book(ctx, r.id, TOMORROW, time(14, 0), channel="phone")

    def fill(dialog):
        assert isinstance(dialog, BookingDialog)
        type_text(qtbot, dialog.resident.search, "李德胜")
        qtbot.keyClick(dialog.resident.search, Qt.Key.Key_Return)
        assert dialog.resident.current.name == "李德胜"
        assert dialog.focusWidget() is dialog.type_picker.search
        type_text(qtbot, dialog.type_picker.search, "G031")
        qtbot.keyClick(dialog.type_picker.search, Qt.Key.Key_Return)
        dialog.day.setDate(QDate(2026, 11, 24))
        full = dialog.slot_item(time(14, 0))
        assert not full.flags() & Qt.ItemFlag.ItemIsEnabled
        assert "0" not in full.text().split()[-1]  # "full", not a count
        free = dialog.slot_item(time(14, 30))
        assert free.flags() & Qt.ItemFlag.ItemIsEnabled and "3" in free.text()
        dialog.slots.setCurrentItem(full)
        assert dialog.chosen_slot() is None
        dialog.slots.setCurrentItem(free)
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        dialog.note.setText("女儿陪同")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer_next_dialog(fill)
    window.book_button.click()
    assert window.day() == TOMORROW
    booked = window.model.rows[row_of(window, "李德胜")]
    assert (booked.slot, booked.type_code, booked.channel, booked.note) == (time(14, 30), "G031", "phone", "女儿陪同")
    assert window.selected().id == booked.id
    assert window.message_bar.isVisible() and "李德胜" in window.message_bar.text()


def test_a_closed_day_offers_no_slot(qtbot, ctx):
    dialog = BookingDialog(ctx, date(2026, 11, 28), None)  # a Saturday
    qtbot.addWidget(dialog)
    assert dialog.slot_rows == [] and dialog.slots.count() == 1
    assert not dialog.slots.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.resident.choose(residents.search(ctx, "张秀兰")[0])
    assert not dialog.save() and dialog.appointment is None


def test_check_in_prints_the_ticket_slip(qtbot, ctx, window, printed):
    appointments.book(ctx, resident_id(ctx, "张秀兰"), TODAY, time(10, 0), type_code="G031", channel="phone")
    window.refresh()
    window.table.selectRow(row_of(window, "张秀兰"))
    assert window.check_in_button.isEnabled()
    qtbot.keyClick(window.table, Qt.Key.Key_F9)
    [(path, paper)] = printed
    [appointment] = appointments.day_list(ctx, TODAY)
    assert appointment.state == "checked_in" and appointment.ticket_code.startswith("V")  # 80+: green channel
    assert paper == "roll80" and path == window.output_dir / f"20261123-{appointment.ticket_code}-ticket.pdf"
    text = pdf_text(path)
    assert appointment.ticket_code in text and "张**" in text and "张秀兰" not in text
    assert window.ticket_panel.issued_code.text() == appointment.ticket_code
    assert window.model.rows[0].ticket_code == appointment.ticket_code
    assert not window.check_in_button.isEnabled()  # checked in already
    window.reprint_action.trigger()
    assert len(printed) == 2


def test_enter_on_the_list_checks_in(qtbot, ctx, window, printed):
    appointments.book(ctx, resident_id(ctx, "王建国"), TODAY, time(10, 30))
    window.refresh()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert appointments.day_list(ctx, TODAY)[0].state == "checked_in"
    assert len(printed) == 1


def test_a_future_or_door_to_door_appointment_cannot_be_checked_in(qtbot, ctx, window):
    appointments.book(ctx, resident_id(ctx, "王建国"), TODAY, time(11, 0), channel="door_to_door")
    appointments.book(ctx, resident_id(ctx, "李德胜"), TOMORROW, time(9, 0))
    window.refresh()
    assert not window.check_in_button.isEnabled() and window.visited_button.isEnabled()

    def note(dialog):
        assert isinstance(dialog, TextDialog)
        dialog.edit.setText("已上门代办")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_dialog(note)
    window.visited_button.click()
    assert appointments.day_list(ctx, TODAY)[0].state == "done"
    window.next_button.click()
    assert window.day() == TOMORROW
    assert window.cancel_button.isEnabled() and not window.check_in_button.isEnabled()


def test_arrows_on_the_list_turn_the_day(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Right)
    assert window.day() == TOMORROW
    qtbot.keyClick(window.table, Qt.Key.Key_Left)
    qtbot.keyClick(window.table, Qt.Key.Key_Left)
    assert window.day() == date(2026, 11, 22)
    window.today_button.click()
    assert window.day() == TODAY


def test_cancel_asks_for_a_reason(qtbot, ctx, window):
    appointments.book(ctx, resident_id(ctx, "李德胜"), TODAY, time(15, 0))
    window.refresh()

    def refuse_empty_then_give(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.objectName() == "cancelAppointmentDialog" and not ok.isEnabled()
        type_text(qtbot, dialog.edit, "家中有事，改约下周")
        assert ok.isEnabled()
        ok.click()

    answer_next_dialog(refuse_empty_then_give)
    window.cancel_button.click()
    [a] = appointments.day_list(ctx, TODAY)
    assert (a.state, a.cancel_reason) == ("cancelled", "家中有事，改约下周")
    assert not window.cancel_button.isEnabled()


def test_no_show_before_the_slot_ends_is_explained(qtbot, ctx, window, clock):
    appointments.book(ctx, resident_id(ctx, "李德胜"), TODAY, time(10, 0))
    window.refresh()
    window.no_show_button.click()
    assert appointments.day_list(ctx, TODAY)[0].state == "booked"
    assert "尚未结束" in window.message_bar.text()
    clock.value = clock.value.replace(hour=11)
    window.no_show_button.click()
    assert appointments.day_list(ctx, TODAY)[0].state == "no_show"


def write_bookings(path, *rows):
    path.write_text("external_ref,id_number,phone,name,day,slot,type_code,note\n" + "".join(
        ",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_import_bookings_good_and_bad(qtbot, ctx, window, tmp_path, monkeypatch):
    chosen = []
    monkeypatch.setattr(reception_window.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(chosen[-1]), "")))
    chosen.append(write_bookings(tmp_path / "good.csv",
                                 ("XC-001", ZHANG_ID, "", "张秀兰", "2026-11-24", "09:00", "G031", "网上预约")))
    window.import_button.click()
    assert [(a.resident_name, a.channel, a.external_ref) for a in appointments.day_list(ctx, TOMORROW)] == [
        ("张秀兰", "online", "XC-001")]
    assert window.message_bar.property("kind") == "ok" and "1" in window.message_bar.text()

    window.import_action.trigger()  # the same file again: skipped, nothing doubled
    assert len(appointments.day_list(ctx, TOMORROW)) == 1

    chosen.append(write_bookings(tmp_path / "bad.csv",
                                 ("XC-002", ZHANG_ID, "", "张秀兰", "2026-11-25", "09:00", "", ""),
                                 ("XC-003", "", "13900000000", "无此人", "2026-13-01", "09:00", "", "")))
    window.import_bookings()
    report = window.report_dialog
    assert report is not None and report.isVisible()
    text = report.text.toPlainText()
    assert "第3行" in text and "2026-13-01" in text and "第2行" not in text
    assert appointments.day_list(ctx, date(2026, 11, 25)) == []  # all or nothing
    report.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not report.isVisible()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.text(max_size=300))
def test_any_import_file_is_reported_never_a_crash(qtbot, ctx, window, tmp_path, monkeypatch, content):
    path = tmp_path / "anything.csv"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(reception_window.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.hide_message()
    before = window.report_dialog
    window.import_bookings()
    report = window.report_dialog
    assert (report is not before and report.isVisible()) or (
        window.message_bar.isVisible() and window.message_bar.property("kind") == "ok")
    if report is not before:
        assert report.text.toPlainText().strip()
        report.close()


def test_walk_in_tickets_with_and_without_a_name(qtbot, ctx, window, printed):
    window.ticket_panel.resident.search.setFocus()
    qtbot.keyClick(window.ticket_panel.resident.search, Qt.Key.Key_F2)
    first = window.ticket_panel.last
    assert first.code.startswith("A") and first.resident_id is None
    assert window.ticket_panel.issued_code.text() == first.code
    assert printed[-1][0].name == f"20261123-{first.code}-ticket.pdf"

    panel = window.ticket_panel
    type_text(qtbot, panel.resident.search, "王建国")
    qtbot.keyClick(panel.resident.search, Qt.Key.Key_Return)
    assert panel.resident.current.name == "王建国"
    panel.pregnant.setChecked(True)
    qtbot.keyClick(panel.issue_button, Qt.Key.Key_Return)
    second = panel.last
    assert second.code.startswith("V") and second.priority_reason == "pregnant"
    assert second.waiting_ahead == 0  # the green channel goes first
    assert "王**" in panel.issued_info.text()
    assert panel.resident.current is None and not panel.pregnant.isChecked()  # ready for the next person

    type_text(qtbot, panel.resident.search, "张秀兰")
    qtbot.keyClick(panel.resident.search, Qt.Key.Key_Return)
    window.issue_ticket()
    assert panel.last.priority_reason == "aged_80"  # found by itself
    assert [t.code for t in tickets.today(ctx)] == [second.code, panel.last.code, first.code]
    assert panel.board.waiting == 3 and panel.board.priority_waiting == 2
    assert "3" in panel.queue_status.text()


def test_language_switches_at_runtime(qtbot, qapp, ctx, window):
    appointments.book(ctx, resident_id(ctx, "李德胜"), TODAY, time(15, 0), channel="phone")
    window.refresh()
    window.set_language("en")
    qapp.processEvents()
    assert window.check_in_button.text() == "Check in (F9)"
    assert window.ticket_panel.issue_button.text() == "Issue ticket (F2)"
    assert window.model.data(window.model.index(0, 5)) == "booked"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
    window.set_language("zh")
    qapp.processEvents()
    assert window.check_in_button.text() == window.tr("Check in (F9)")
    assert window.model.data(window.model.index(0, 5)) == "已预约"
    assert window.model.data(window.model.index(0, 4)) == "电话预约"


def test_every_interactive_widget_has_an_object_name(window):
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)

    def inside_a_composite(w):
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    widgets = [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
    assert len(widgets) > 12
    assert [type(w).__name__ for w in widgets if not w.objectName()] == []
    names = [w.objectName() for w in widgets]
    assert len(names) == len(set(names))
    assert window.objectName() == "receptionWindow"


def test_the_window_fits_a_1366_by_768_screen_in_both_languages(qtbot, ctx, window, printed):
    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        w = ReceptionWindow(ctx, window.station, window.output_dir)
        qtbot.addWidget(w)
        hint = w.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 700, (lang, hint)
