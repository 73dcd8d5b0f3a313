"""Drive the real back-office widgets, as the deputy stationmaster would."""
from datetime import datetime

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QLineEdit, QWidget

from app.services import acceptance, catalogue, certificates, queue, residents, station, transfers
from app.services.context import ServiceContext
from app.services.deadlines import DEADLINE_LABELS
from app.services.lifecycle import STATE_LABELS
from app.ui.backoffice.common import DEADLINE_COLORS
from app.ui.backoffice.dialogs import (
    CloseDialog, DispatchDialog, FeedbackDialog, NotifyDialog, ReasonDialog, UrgeDialog, WhistleDialog,
)
from app.ui.backoffice.window import A4Printer, BackOfficeWindow
from app.ui.i18n import LANGUAGE

from .test_desk import pdf_text, type_text

DEADLINE_COL, STATE_COL, PROMISED_COL, URGES_COL = 1, 5, 6, 8

@pytest.fixture
def worker_ctx(sqlite_database, clock):
    base = ServiceContext.for_database(sqlite_database, now=clock)
    return base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))


@pytest.fixture
def deputy_ctx(sqlite_database, clock):
    base = ServiceContext.for_database(sqlite_database, now=clock)
    return base.as_actor(station.actor_for(base, "liufang", desk="后台"))


@pytest.fixture
def make_window(qtbot, qapp, deputy_ctx, tmp_path):
    made = []

    def make():
        window = BackOfficeWindow(deputy_ctx, station.current_station(deputy_ctx), tmp_path / "documents")
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    LANGUAGE.set("zh")
    yield make
    for window in made:  # signal closures keep windows alive; later language switches would relabel them all
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    LANGUAGE.set("zh")


def accept(ctx, code, name):
    rid = residents.search(ctx, name)[0].id
    statuses = ["provided"] * len(catalogue.get_type(ctx, code).materials)
    return acceptance.accept(ctx, rid, code, statuses).id


def queue_row(window, affair_id):
    return next((r for r in window.queue_view.model.rows if r.id == affair_id), None)


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, window, kind, cls):
    click(qtbot, window.detail_panel.buttons[kind])
    dialog = window.dialog
    assert isinstance(dialog, cls) and dialog.isVisible()
    return dialog


def confirm(qtbot, window, dialog):
    click(qtbot, dialog.ok_button)
    assert not dialog.message.isVisible(), dialog.message.text()
    assert window.dialog is None


def test_g046_closed_loop_through_the_real_dialogs(qtbot, make_window, worker_ctx, tmp_path):
    aid = accept(worker_ctx, "G046", "张秀兰")
    window = make_window()
    panel = window.detail_panel
    row = queue_row(window, aid)
    assert row is not None and row.state == "accepted" and row.partner_codes == ("DEPT-CL",)
    assert window.queue_view.select(aid)
    assert window.detail.id == aid and window.detail.state == "accepted"
    assert "张秀兰" in panel.card.text() and "110102********0022" in panel.card.text()
    assert not panel.buttons["urge"].isEnabled() and not panel.buttons["close"].isEnabled()

    # Dispatch, one to many: the type's handler is ticked already, the second is found by typing.
    dialog = open_dialog(qtbot, window, "dispatch", DispatchDialog)
    assert dialog.codes() == ["DEPT-CL"]
    assert dialog.focusWidget() is dialog.picker.filter  # typing starts in the filter
    type_text(qtbot, dialog.picker.filter, "民政")
    qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
    assert dialog.codes() == ["DEPT-CL", "DEPT-MZ"]
    dialog.request.setFocus()
    type_text(qtbot, dialog.request, "请审核残疾评定结果")
    assert not dialog.consent.isChecked()
    confirm(qtbot, window, dialog)
    d = window.detail
    assert d.state == "dispatched"
    assert [(g.position, g.partner_code, g.state) for g in d.legs] == [(1, "DEPT-CL", "open"), (2, "DEPT-MZ", "open")]
    row = queue_row(window, aid)
    assert row.state == "dispatched" and row.partner_codes == ("DEPT-CL", "DEPT-MZ") and row.open_legs == 2
    assert window.queue_view.selected_id() == aid
    slips = [tmp_path / "documents" / f"{d.number}-{n}-referral.pdf" for n in (1, 2)]
    assert all(p.exists() for p in slips)
    assert slips[0].name in window.message_bar.text()
    text = pdf_text(slips[0])
    for expected in ("街道残疾人联合会", "张秀兰", "110102********0022", "请审核残疾评定结果",
                     d.number):
        assert expected in text, expected
    assert "110102193804120022" not in text and "13911012345" not in text  # no consent: phone masked
    assert "街道民政科" in pdf_text(slips[1])
    assert [p for p, _ in window.last_documents] == slips and window.print_action.isEnabled()

    # Urge every open leg.
    dialog = open_dialog(qtbot, window, "urge", UrgeDialog)
    assert "街道残疾人联合会" in dialog.who.text() and "街道民政科" in dialog.who.text()
    type_text(qtbot, dialog.note, "请本周内反馈")
    confirm(qtbot, window, dialog)
    assert [g.urge_count for g in window.detail.legs] == [1, 1]
    assert queue_row(window, aid).urge_count == 1

    # Feedback for both legs: the first leaves it dispatched, the last moves it on.
    for leg, expected in zip(window.detail.legs, ("dispatched", "answered")):
        dialog = open_dialog(qtbot, window, "feedback", FeedbackDialog)
        dialog.leg.setCurrentIndex(dialog.leg.findData(leg.id))
        dialog.result.setCurrentIndex(dialog.result.findData("resolved"))
        assert not dialog.ok_button.isEnabled()  # the answer is required
        dialog.feedback.setFocus()
        type_text(qtbot, dialog.feedback, f"{leg.partner_name_zh}已审核通过")
        confirm(qtbot, window, dialog)
        assert window.detail.state == expected
    assert [(g.state, g.result) for g in window.detail.legs] == [("answered", "resolved")] * 2
    assert queue_row(window, aid).state == "answered"
    assert window.detail_panel.buttons["close"].isEnabled()

    # Tell the resident.
    dialog = open_dialog(qtbot, window, "notify", NotifyDialog)
    dialog.method.setCurrentIndex(dialog.method.findData("phone"))
    type_text(qtbot, dialog.note, "电话告知审核通过")
    confirm(qtbot, window, dialog)
    assert window.detail.notify_method == "phone" and window.detail.notified_at is not None

    # Close with rating 5, chosen with the digit key.
    dialog = open_dialog(qtbot, window, "close", CloseDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.stars[4], Qt.Key.Key_5)
    assert dialog.rating() == 5 and dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.comment, "很满意")
    confirm(qtbot, window, dialog)
    d = window.detail
    assert d.state == "completed" and d.satisfaction == 5 and d.satisfaction_comment == "很满意"
    assert queue_row(window, aid) is None  # closed: out of the queue, still on screen
    assert "★★★★★" in panel.card.text()

    # Issue the certificate.
    assert panel.buttons["certificate"].isEnabled()
    click(qtbot, panel.buttons["certificate"])
    d = window.detail
    assert len(d.certificates) == 1
    number = d.certificates[0].number
    assert number == "XCQG01-ZM-2026-000001"
    assert not panel.buttons["certificate"].isEnabled()  # one live certificate per affair
    pdf = tmp_path / "documents" / f"{number}-certificate.pdf"
    assert pdf.exists() and number in window.message_bar.text()
    text = pdf_text(pdf)
    assert number in text and "张秀兰" in text
    width_mm = float(pypdf.PdfReader(str(pdf)).pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 210) < 1  # A4
    assert [e.kind for e in d.events] == [
        "accept", "dispatch", "urge", "feedback", "feedback", "notify", "close", "certificate"]
    assert panel.events_model.rowCount() == 8 and panel.certs_model.rowCount() == 1


def test_filters_narrow_the_queue_and_clear_restores_it(qtbot, make_window, deputy_ctx, worker_ctx):
    aid = accept(worker_ctx, "G031", "张秀兰")
    transfers.dispatch(deputy_ctx, aid, ["DEPT-YL", "DEPT-MZ"])
    window = make_window()
    qv = window.queue_view
    everything = [r.id for r in qv.model.rows]
    assert len(everything) == window.result.total and aid in everything

    qv.category.setCurrentIndex(qv.category.findData("LIFE"))
    assert qv.model.rows and {r.category_code for r in qv.model.rows} == {"LIFE"}
    qv.clear_filters()
    assert [r.id for r in qv.model.rows] == everything

    # The partner box takes typing: a full name picks that partner.
    qv.partner.lineEdit().setText("街道民政科")
    qv.partner.lineEdit().editingFinished.emit()
    assert qv.partner.currentData() == "DEPT-MZ"
    assert qv.model.rows and all("DEPT-MZ" in r.partner_codes for r in qv.model.rows)
    assert aid in [r.id for r in qv.model.rows]
    qv.partner.lineEdit().setText("")
    qv.partner.lineEdit().editingFinished.emit()
    assert qv.partner.currentIndex() == 0 and len(qv.model.rows) == len(everything)

    wang = next(m.id for m in qv.staff if m.username == "wangxm")
    qv.worker.setCurrentIndex(qv.worker.findData(wang))
    assert qv.model.rows and {r.worker_name for r in qv.model.rows} == {"王晓梅"}
    qv.state.setCurrentIndex(qv.state.findData("dispatched"))
    shown = [r.id for r in qv.model.rows]
    assert aid in shown and {(r.state, r.worker_name) for r in qv.model.rows} == {("dispatched", "王晓梅")}
    assert str(len(shown)) in window.status_counts.text() and str(len(shown)) in window.windowTitle()
    click(qtbot, qv.clear_button)
    qv.deadline.setCurrentIndex(qv.deadline.findData("overdue"))
    assert qv.model.rows and {r.deadline for r in qv.model.rows} == {"overdue"}
    assert str(len(qv.model.rows)) in window.windowTitle()
    click(qtbot, qv.clear_button)
    assert qv.deadline.currentIndex() == 0 and len(qv.model.rows) == len(everything)


def test_headers_sort_numbers_and_dates_as_values(qtbot, make_window, deputy_ctx, worker_ctx):
    many, few = accept(worker_ctx, "L001", "张秀兰"), accept(worker_ctx, "L001", "李德胜")
    for aid, times in ((many, 10), (few, 2)):
        transfers.dispatch(deputy_ctx, aid, ["CO-001"])
        for _ in range(times):
            transfers.urge(deputy_ctx, aid)
    window = make_window()
    qv = window.queue_view
    header = qv.table.horizontalHeader()

    def click_header(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    qv.table.horizontalScrollBar().setValue(qv.table.horizontalScrollBar().maximum())
    click_header(URGES_COL)
    click_header(URGES_COL)
    assert header.sortIndicatorSection() == URGES_COL
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [r.urge_count for r in qv.visible_rows()[:2]] == [10, 2]  # as text "2" would sort above "10"
    qv.table.horizontalScrollBar().setValue(0)
    qv.table.sortByColumn(PROMISED_COL, Qt.SortOrder.AscendingOrder)
    dates = [r.committed_date for r in qv.visible_rows()]
    assert dates == sorted(dates)
    qv.table.sortByColumn(DEADLINE_COL, Qt.SortOrder.DescendingOrder)
    states = [r.deadline for r in qv.visible_rows()]
    assert states[0] == "overdue" and states[-1] == "on_time"
    # A refresh keeps the order chosen and the selected affair.
    assert qv.select(few)
    window.refresh()
    assert qv.selected_id() == few and window.detail.id == few
    assert [r.deadline for r in qv.visible_rows()][0] == "overdue"
    qv.clear_filters()
    assert header.sortIndicatorSection() == -1 and qv.visible_rows()[0].id == qv.model.rows[0].id


def test_deadline_states_are_coloured(make_window, deputy_ctx, worker_ctx):
    # An urgent affair is due the same day: one of each state is on screen whatever the demo holds.
    transfers.whistle(deputy_ctx, accept(worker_ctx, "L001", "李德胜"), ["DEPT-CG"])
    window = make_window()
    qv = window.queue_view
    seen = set()
    for i in range(qv.proxy.rowCount()):
        row = qv.model.row(qv.proxy.mapToSource(qv.proxy.index(i, 0)).row())
        brush = qv.proxy.data(qv.proxy.index(i, DEADLINE_COL), Qt.ItemDataRole.BackgroundRole)
        if row.deadline in DEADLINE_COLORS:
            assert brush.color().name() == DEADLINE_COLORS[row.deadline], row
            seen.add(row.deadline)
        else:
            assert brush is None
    assert {"overdue", "due_soon", "half_used"} <= seen
    assert DEADLINE_COLORS["overdue"] == "#f4b4b4"  # red, wherever it appears
    overdue = next(r for r in qv.model.rows if r.deadline == "overdue")
    qv.select(overdue.id)
    assert DEADLINE_COLORS["overdue"] in window.detail_panel.card.text()
    assert DEADLINE_LABELS["overdue"][0] in window.detail_panel.card.text()


def test_digest_is_one_banner_that_filters_to_overdue(qtbot, qapp, make_window, deputy_ctx, worker_ctx, clock):
    urgent = accept(worker_ctx, "L001", "张秀兰")
    transfers.whistle(deputy_ctx, urgent, ["DEPT-CG"], "楼道积水")
    window = make_window()
    d = queue.digest(deputy_ctx)
    assert d.urgent == 1
    text = window.digest_text()
    for number in (d.overdue, d.due_soon, d.urgent):
        assert str(number) in text
    assert d.items[0].number in text and "张秀兰" in text  # the urgent one leads
    assert window.digest_banner.property("kind") == "overdue"
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()] == []
    qtbot.mouseClick(window.digest_label, Qt.MouseButton.LeftButton)
    rows = window.queue_view.model.rows
    assert rows and {r.deadline for r in rows} == {"overdue"} and len(rows) == d.overdue
    assert window.detail.deadline == "overdue"

    # The next day the whistled affair is overdue too: F5 (or the minute timer) says so in the same banner.
    assert window.refresh_timer.isActive() and window.refresh_timer.interval() == 60_000
    clock.value = datetime(2026, 11, 24, 9, 0)
    assert window.refresh_action.shortcut() == QKeySequence("F5")
    window.refresh_action.trigger()  # offscreen windows never become active, so shortcuts cannot be typed
    later = queue.digest(deputy_ctx)
    assert later.overdue > d.overdue
    assert f"超期 {later.overdue} 件" in window.digest_text()
    assert urgent in [r.id for r in window.queue_view.model.rows]  # overdue filter kept on refresh
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()] == []


def test_refusals_show_the_services_chinese_message(qtbot, make_window, deputy_ctx, worker_ctx):
    aid = accept(worker_ctx, "G046", "张秀兰")
    window = make_window()
    window.queue_view.select(aid)
    window.do_action("urge")  # a shortcut on a disabled action: the state machine says why
    assert window.message_bar.isVisible()
    assert "不能执行“催办”" in window.message_bar.text() and "已受理待派遣" in window.message_bar.text()

    # Closing before the resident was told: the dialog keeps what was entered and says why.
    transfers.dispatch(deputy_ctx, aid, ["DEPT-CL"])
    transfers.feedback(deputy_ctx, queue.detail(deputy_ctx, aid).legs[0].id, "resolved", "已通过")
    window.refresh()
    dialog = open_dialog(qtbot, window, "close", CloseDialog)
    dialog.set_rating(4)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.message.text() == "办结前请先登记已告知居民办理结果。"
    assert dialog.rating() == 4 and queue.detail(deputy_ctx, aid).state == "answered"
    click(qtbot, dialog.cancel_button)
    assert window.dialog is None

    # Another desk issued the certificate meanwhile: the stale button is refused by the service.
    transfers.notify(deputy_ctx, aid, "phone")
    transfers.close(deputy_ctx, aid, rating=5)
    window.refresh()
    assert window.detail_panel.buttons["certificate"].isEnabled()
    other = certificates.issue(deputy_ctx, aid)
    click(qtbot, window.detail_panel.buttons["certificate"])
    assert "已开具证明" in window.message_bar.text() and other.number in window.message_bar.text()
    assert window.message_bar.property("kind") == "error"


def test_close_dialog_needs_a_rating_or_a_reason(qtbot, make_window, deputy_ctx, worker_ctx):
    aid = accept(worker_ctx, "L001", "王建国")
    transfers.dispatch(deputy_ctx, aid, ["CO-001"])
    transfers.feedback(deputy_ctx, queue.detail(deputy_ctx, aid).legs[0].id, "resolved", "已修好")
    transfers.notify(deputy_ctx, aid, "sms")
    window = make_window()
    window.queue_view.select(aid)
    dialog = open_dialog(qtbot, window, "close", CloseDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.stars[4], Qt.Key.Key_Return)  # the Enter that would press OK does nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and queue.detail(deputy_ctx, aid).state == "answered"
    dialog.no_rating.setChecked(True)
    assert not dialog.ok_button.isEnabled() and not dialog.rating_box.isEnabled()
    type_text(qtbot, dialog.reason, "居民外出，家属代收")
    assert dialog.ok_button.isEnabled()
    dialog.no_rating.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.stars[0], Qt.Key.Key_3)
    assert dialog.rating() == 3 and dialog.ok_button.isEnabled()
    dialog.no_rating.setChecked(True)
    confirm(qtbot, window, dialog)
    d = queue.detail(deputy_ctx, aid)
    assert d.state == "completed" and d.satisfaction is None and d.no_rating_reason == "居民外出，家属代收"


def test_whistle_check_in_reopen_and_cancel(qtbot, make_window, deputy_ctx, worker_ctx):
    aid = accept(worker_ctx, "L001", "李德胜")
    window = make_window()
    window.queue_view.select(aid)
    panel = window.detail_panel
    dialog = open_dialog(qtbot, window, "whistle", WhistleDialog)
    assert all(p.kind == "department" for p in dialog.departments)
    type_text(qtbot, dialog.picker.filter, "城市管理")
    qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
    assert dialog.codes() == ["DEPT-CG"]
    confirm(qtbot, window, dialog)
    assert window.detail.urgent and window.queue_view.model.rows[0].id == aid  # urgent first
    assert window.queue_view.proxy.data(window.queue_view.proxy.index(0, 0)) != ""
    assert panel.tabs.currentIndex() == 2 and panel.check_in_button.isEnabled()
    click(qtbot, panel.check_in_button)
    assert window.detail.call_ins[0].checked_in_at is not None and not panel.check_in_button.isEnabled()

    # Refer out of scope needs a reason; it leaves the queue as referred, and can be reopened.
    dialog = open_dialog(qtbot, window, "refer", DispatchDialog)
    assert dialog.refer and dialog.codes() == [] and not dialog.consent.isEnabled()
    type_text(qtbot, dialog.picker.filter, "CO-002")
    qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
    assert not dialog.ok_button.isEnabled()
    dialog.request.setFocus()
    type_text(qtbot, dialog.request, "属物业管理范围")
    confirm(qtbot, window, dialog)
    assert window.detail.state == "referred" and queue_row(window, aid) is None
    assert (window.output_dir / f"{window.detail.number}-1-referral.pdf").exists()
    dialog = open_dialog(qtbot, window, "reopen", ReasonDialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason, "物业未处理")
    confirm(qtbot, window, dialog)
    assert window.detail.state == "accepted" and queue_row(window, aid) is not None
    assert window.queue_view.selected_id() == aid  # back in the queue, selected again
    dialog = open_dialog(qtbot, window, "cancel", ReasonDialog)
    type_text(qtbot, dialog.reason, "居民撤回申请")
    confirm(qtbot, window, dialog)
    assert window.detail.state == "cancelled" and queue_row(window, aid) is None
    assert not any(b.isEnabled() for k, b in panel.buttons.items() if k not in ("agency", "timeline"))


def test_agency_and_timeline_buttons_emit_signals(qtbot, make_window, worker_ctx):
    aid = accept(worker_ctx, "G046", "张秀兰")
    window = make_window()
    window.queue_view.select(aid)
    with qtbot.waitSignal(window.agencyRequested) as blocker:
        click(qtbot, window.agency_button)
    assert blocker.args == [aid]
    with qtbot.waitSignal(window.timelineRequested) as blocker:
        click(qtbot, window.timeline_button)
    assert blocker.args == [window.detail.resident_id]


def test_certificate_prints_on_a4(make_window, deputy_ctx, worker_ctx, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    aid = accept(worker_ctx, "G046", "张秀兰")
    transfers.dispatch(deputy_ctx, aid, ["DEPT-CL"])
    transfers.feedback(deputy_ctx, queue.detail(deputy_ctx, aid).legs[0].id, "resolved", "已通过")
    transfers.notify(deputy_ctx, aid, "phone")
    transfers.close(deputy_ctx, aid, rating=5)
    window = make_window()
    window.load_detail(aid)
    path = window.issue_certificate()
    printer = A4Printer(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert window.print_file(path, "A4", printer=printer, ask=False)
    width_mm = float(pypdf.PdfReader(str(out)).pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 210) < 1


def test_language_switch_relabels_the_window(qtbot, qapp, make_window, worker_ctx):
    aid = accept(worker_ctx, "G046", "张秀兰")
    window = make_window()
    window.queue_view.select(aid)
    qv = window.queue_view
    i = qv.proxy.mapFromSource(qv.model.index(qv.model.rows.index(queue_row(window, aid)), STATE_COL))
    assert qv.proxy.data(i) == STATE_LABELS["accepted"][0]
    window.set_language("en")
    qapp.processEvents()
    assert window.detail_panel.buttons["dispatch"].text() == "Dispatch (Ctrl+D)"
    assert qv.category.itemText(0) == "All categories"
    assert window.windowTitle().startswith("Back office")
    assert qv.proxy.data(i) == STATE_LABELS["accepted"][1]
    assert "Application for the disability certificate" in window.detail_panel.card.text()
    assert qv.proxy.headerData(STATE_COL, Qt.Orientation.Horizontal) == "State"
    window.set_language("zh")
    qapp.processEvents()
    assert qv.proxy.data(i) == STATE_LABELS["accepted"][0]
    assert "残疾人证办理" in window.detail_panel.card.text()
    assert window.detail_panel.buttons["dispatch"].text() == QCoreApplication.translate(
        "DetailPanel", "Dispatch (Ctrl+D)")


def test_every_interactive_widget_has_an_object_name(qtbot, make_window, worker_ctx):
    kinds = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)

    def inside_a_composite(w):
        p = w.parent()
        while p is not None:
            if isinstance(p, kinds):
                return True
            p = p.parent()
        return False

    aid = accept(worker_ctx, "G046", "张秀兰")
    window = make_window()
    window.queue_view.select(aid)
    dialog = window.open_dispatch()
    for top in (window, dialog):
        widgets = [w for w in top.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)
                   and w.window() is top]
        assert len(widgets) > 5
        assert [type(w).__name__ for w in widgets if not w.objectName()] == []
        names = [w.objectName() for w in widgets]
        assert len(names) == len(set(names)), sorted(names)
    dialog.reject()


def test_back_office_fits_a_1366_by_768_screen_in_both_languages(qtbot, qapp, make_window, deputy_ctx,
                                                                  worker_ctx):
    aid = accept(worker_ctx, "G046", "张秀兰")
    transfers.whistle(deputy_ctx, aid, ["DEPT-CL"])
    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        window = make_window()
        window.queue_view.select(aid)
        qapp.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 700, (lang, hint)


def test_unwritable_document_folder_keeps_the_dispatch_and_says_so(qtbot, make_window, worker_ctx, tmp_path):
    aid = accept(worker_ctx, "G046", "张秀兰")
    window = make_window()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    window.output_dir = blocker / "documents"
    window.queue_view.select(aid)
    dialog = open_dialog(qtbot, window, "dispatch", DispatchDialog)
    confirm(qtbot, window, dialog)
    assert window.detail.state == "dispatched" and len(window.detail.legs) == 1
    assert window.message_bar.property("kind") == "error" and "街道残疾人联合会" in window.message_bar.text()
    assert window.last_documents == [] and not window.print_action.isEnabled()


def test_slips_print_on_a5(make_window, deputy_ctx, worker_ctx, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    aid = accept(worker_ctx, "G046", "张秀兰")
    transfers.dispatch(deputy_ctx, aid, ["DEPT-CL"])
    window = make_window()
    window.load_detail(aid)
    slip = window.write_slip(window.detail.legs[0].id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert window.print_file(slip, "A5", printer=printer, ask=False)
    width_mm = float(pypdf.PdfReader(str(out)).pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 148) < 1
