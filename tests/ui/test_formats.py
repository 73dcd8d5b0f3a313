"""Dates, times and numbers in the desk's language, and the catalogue's names in it too."""
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.services import catalogue, station
from app.services.context import ServiceContext
from app.ui.formats import date_text, datetime_text, long_date_text, number_text, short_datetime_text, time_text
from app.ui.i18n import LANGUAGE

AT = datetime(2026, 11, 23, 9, 5, 7)


@pytest.fixture
def language(qapp):
    yield LANGUAGE.set
    LANGUAGE.set("zh")


def test_chinese_dates_keep_the_form_of_the_stations_papers(language):
    language("zh")
    assert date_text(AT.date()) == "2026-11-23" and date_text(AT) == "2026-11-23"
    assert long_date_text(date(2027, 1, 5)) == "2027年1月5日"
    assert datetime_text(AT) == "2026-11-23 09:05" and datetime_text(AT, seconds=True) == "2026-11-23 09:05:07"
    assert short_datetime_text(AT) == "11-23 09:05" and time_text(AT) == "09:05"
    assert number_text(1234567) == "1,234,567" and number_text(None) == "—"


def test_english_dates_read_as_the_english_reports_do(language):
    language("en")
    assert date_text(AT.date()) == "23 Nov 2026"
    assert long_date_text(date(2027, 1, 5)) == "5 January 2027"
    assert datetime_text(AT) == "23 Nov 2026 09:05"
    assert short_datetime_text(AT) == "23 Nov 09:05"
    assert number_text(1234567) == "1,234,567" and number_text(12.5, decimals=1) == "12.5"
    assert date_text(None) == "" and date_text(None, "—") == "—" and datetime_text(None) == ""


def test_switching_to_english_shows_english_type_names_and_dates_on_the_desk(qtbot, desk):
    types = desk.types
    desk.residents.search.setText("张秀兰")
    desk.residents.run_search()
    desk.residents.choose(desk.residents.results_model.row(0).id)
    types.select_code("G031")
    info = catalogue.get_type(desk.ctx, "G031")
    row = next(i for i, t in enumerate(types.model.rows) if t.code == "G031")
    assert types.model.index(row, 1).data() == info.name_zh
    assert "2026年12月14日" in desk.actions_panel.type_info.text()
    desk.set_language("en")
    QApplication.processEvents()
    assert types.model.index(row, 1).data() == info.name_en != info.name_zh
    assert info.name_en in desk.actions_panel.type_name.text()
    assert "14 December 2026" in desk.actions_panel.type_info.text()
    categories = [types.category.itemText(i) for i in range(1, types.category.count())]
    assert categories and not any("\u4e00" <= ch <= "\u9fff" for text in categories for ch in text)


def test_the_back_office_queue_names_partners_and_dates_in_english(qtbot, qapp, sqlite_database, clock, tmp_path):
    from app.ui.backoffice.window import BackOfficeWindow

    LANGUAGE.set("en")
    base = ServiceContext.for_database(sqlite_database, now=clock)
    ctx = base.as_actor(station.actor_for(base, "liufang", desk="后台"))
    window = BackOfficeWindow(ctx, station.current_station(ctx), tmp_path)
    qtbot.addWidget(window)
    try:
        view = window.queue_view
        columns = [view.model.headerData(i, Qt.Orientation.Horizontal)
                   for i in range(view.model.columnCount())]
        partners, promised = columns.index("Departments / partners"), columns.index("Promised")
        row = next(r for r in range(view.model.rowCount()) if view.model.row(r).committed_date)
        first = view.model.row(row)
        english = {p.code: p.name_en for p in catalogue.list_partners(ctx)}
        assert view.model.index(row, partners).data() == ", ".join(english[c] for c in first.partner_codes)
        assert view.model.index(row, promised).data() == date_text(first.committed_date)
        assert view.model.index(row, promised).data().endswith(str(first.committed_date.year))
    finally:
        LANGUAGE.set("zh")
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
