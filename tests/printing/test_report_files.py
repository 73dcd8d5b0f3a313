"""The daily report's files: PDF, XLSX and CSV read back and compared with a hand-built report."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.printing import (
    PrintingError,
    render_report,
    report_csv_bytes,
    report_pdf_bytes,
    report_xlsx_bytes,
    write_report,
)
from app.printing.report_data import (
    Breakdown,
    DayFigures,
    OverdueRow,
    Report,
    Satisfaction,
    TicketFigures,
    Totals,
)
from app.printing.report_pdf import REPORT_SPEC
from app.printing.report_tables import (
    TABLE_KEYS, Rate, ReportTable, display, headline_figures, report_tables, report_title, summary_rows,
)

from ._helpers import FULL_ID, MASKED_ID, STATION, fonts_used, page_sizes, pdf_reader, pdf_text, squash, text_spans

MASKED_PHONE = "138****5678"


def overdue_row(k: int, *, urgent: bool = False, id_number: str = MASKED_ID, phone: str = MASKED_PHONE,
                **changes) -> OverdueRow:
    due = date(2026, 11, 20) - timedelta(days=k % 9)
    base = dict(
        number=f"XC0712-20261102-{k + 1:04d}",
        accepted_at=datetime(2026, 11, 2, 9, 15) + timedelta(minutes=k),
        resident_name=("张秀兰", "李德胜", "王建国")[k % 3],
        id_number=id_number,
        phone=phone,
        type_name_zh="失能老年人护理补贴申请",
        type_name_en="Care allowance for disabled elderly",
        category_zh="养老助残",
        category_en="Elderly and disability services",
        committed_date=None if urgent else due,
        due_date=due,
        days_overdue=3 + k % 9,
        state_zh="已转办",
        state_en="Transferred",
        worker="王晓梅",
        partners="广内街道社会保障事务所（民政科）",
        urgent=urgent,
    )
    base.update(changes)
    return OverdueRow(**base)


def make_report(**changes) -> Report:
    """A small station over three days, every figure written out by hand."""
    base = dict(
        station=STATION,
        day_from=date(2026, 11, 23),
        day_to=date(2026, 11, 25),
        as_of=date(2026, 11, 25),
        generated_at=datetime(2026, 11, 25, 18, 5),
        generated_by="王晓梅",
        masked=True,
        totals=Totals(accepted=37, on_the_spot=21, transferred=11, awaiting_materials=3, once_only=29,
                      completed=26, completed_on_time=17, completed_with_deadline=19, referred=2, overdue=3),
        by_category=(
            Breakdown("CIVIL", "民政与社会救助", "Civil affairs and social assistance", 23, 12, 8, 18),
            Breakdown("ELDERLY", "养老助残", "Elderly and disability services", 14, 9, 3, 11),
        ),
        by_service_kind=(
            Breakdown("government", "政务服务", "Government", 30, 16, 10, 23),
            Breakdown("convenience", "便民服务", "Convenience", 7, 5, 1, 6),
        ),
        by_handling_mode=(
            Breakdown("on_the_spot", "即办件", "On the spot", 21, 21, 0, 21),
            Breakdown("transfer", "转办件", "Transfer", 16, 0, 11, 8),
        ),
        by_worker=(
            Breakdown("wangxm", "王晓梅", "王晓梅", 24, 13, 8, 19),
            Breakdown("lijh", "李建华", "李建华", 13, 8, 3, 10),
        ),
        by_channel=(
            Breakdown("walk_in", "现场", "Walk-in", 31, 19, 8, 25),
            Breakdown("phone", "电话", "Phone", 6, 2, 3, 4),
        ),
        satisfaction=Satisfaction(distribution=(0, 1, 2, 7, 12), unrated=4),
        tickets=TicketFigures(issued=41, served=38, average_wait_minutes=6.25, average_service_minutes=11.5),
        days=(
            DayFigures(date(2026, 11, 23), 15, 10, 7, 8, 9, 40),
            DayFigures(date(2026, 11, 24), 12, 9, 6, 6, 8, 34),
            DayFigures(date(2026, 11, 25), 10, 7, 4, 5, 5, 22),
        ),
        overdue=(overdue_row(0), overdue_row(1, urgent=True), overdue_row(2)),
    )
    base.update(changes)
    return Report(**base)


def empty_report() -> Report:
    nothing = Breakdown("CIVIL", "民政与社会救助", "Civil affairs and social assistance", 0, 0, 0, 0)
    return make_report(
        totals=Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), by_category=(nothing,), by_service_kind=(),
        by_handling_mode=(), by_worker=(), by_channel=(), satisfaction=Satisfaction((0, 0, 0, 0, 0), 0),
        tickets=TicketFigures(0, 0, None, None),
        days=tuple(DayFigures(date(2026, 11, 23) + timedelta(days=k), 0, 0, 0, 0, 0, 0) for k in range(3)),
        overdue=(),
    )


def long_overdue_report(n: int = 250) -> Report:
    return make_report(overdue=tuple(overdue_row(k, urgent=k % 10 == 0) for k in range(n)),
                       totals=replace(make_report().totals, overdue=n))


_cache: dict[tuple, bytes] = {}


def pdf(name: str = "report", lang: str = "zh") -> bytes:
    key = (name, lang)
    if key not in _cache:
        report = {"report": make_report, "empty": empty_report, "long": long_overdue_report}[name]()
        _cache[key] = report_pdf_bytes(report, lang)
    return _cache[key]


_texts: dict[str, list[str]] = {}


def page_texts(name: str) -> list[str]:
    """Each page's text, whitespace dropped (reading a long PDF back is the slow part of these tests)."""
    if name not in _texts:
        _texts[name] = [squash(p.extract_text()) for p in pdf_reader(pdf(name)).pages]
    return _texts[name]


def workbook(report: Report, lang: str = "zh"):
    return openpyxl.load_workbook(io.BytesIO(report_xlsx_bytes(report, lang)))


def csv_blocks(data: bytes) -> dict[str, list[list[str]]]:
    """{table title: [header, *rows]} from the report CSV."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    blocks: dict[str, list[list[str]]] = {}
    k = 0
    while k < len(rows):
        if not rows[k]:
            k += 1
            continue
        (title,) = rows[k]
        k += 1
        block = []
        while k < len(rows) and rows[k]:
            block.append(rows[k])
            k += 1
        blocks[title] = block
    return blocks


def xlsx_display(cell) -> str:
    """What Excel shows for a cell with our number formats (the PDF's ``display``)."""
    v = cell.value
    if v is None:
        return "—"
    if cell.number_format == "0.0%":
        return f"{v * 100:.1f}%"
    if cell.number_format == "0.00":
        return f"{v:.2f}"
    if isinstance(v, datetime) and cell.number_format == "yyyy-mm-dd":
        return v.date().isoformat()
    if isinstance(v, datetime):
        return f"{v:%Y-%m-%d %H:%M}"
    return str(v)


def csv_display(text: str, like) -> str:
    """A CSV field read back as the PDF shows the same cell (``like`` is the report's value)."""
    if text == "":
        return "—"
    if isinstance(like, Rate):
        return f"{float(text) * 100:.1f}%"
    if isinstance(like, float):
        return f"{float(text):.2f}"
    return text


# -- the tables -------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tables_in_order_with_a_header_for_every_column(lang):
    tables = report_tables(make_report(), lang)
    assert [t.key for t in tables] == list(TABLE_KEYS)
    for t in tables:
        assert isinstance(t, ReportTable) and t.title
        assert all(len(row) == len(t.headers) for row in t.rows), t.key
    by_key = {t.key: t for t in tables}
    assert len(by_key["summary"].rows) == 19
    assert len(by_key["days"].rows) == 3 and len(by_key["overdue"].rows) == 3
    assert [r[0] for r in by_key["satisfaction"].rows] == [1, 2, 3, 4, 5]


def test_figures_keep_their_types():
    by_key = {t.key: t for t in report_tables(make_report())}
    summary = dict(by_key["summary"].rows)
    assert summary["受理事项"] == 37 and type(summary["受理事项"]) is int
    assert isinstance(summary["按时办结率"], Rate) and summary["按时办结率"] == pytest.approx(17 / 19)
    assert summary["只跑一次占比"] == pytest.approx(29 / 37)
    assert summary["满意度平均分"] == pytest.approx(96 / 22) and not isinstance(summary["满意度平均分"], Rate)
    assert summary["平均等候（分钟）"] == 6.25
    civil = by_key["by_category"].rows[0]
    assert civil == ("民政与社会救助", 23, 12, 8, 18, pytest.approx(23 / 37))
    assert isinstance(civil[-1], Rate)
    first = by_key["overdue"].rows[0]
    assert first[1] == datetime(2026, 11, 2, 9, 15) and first[7] == date(2026, 11, 20)
    assert first[3] == MASKED_ID and first[8] == 3 and first[12] == "否"
    assert by_key["overdue"].rows[1][12] == "是"
    day = by_key["days"].rows[0]
    assert day == (date(2026, 11, 23), 15, 10, 7, 8, pytest.approx(7 / 8), 9, pytest.approx(40 / 9))


def test_no_figure_is_none_not_zero():
    summary = dict(summary_rows(empty_report()))
    assert summary["受理事项"] == 0
    assert summary["按时办结率"] is None and summary["满意度平均分"] is None
    assert summary["平均等候（分钟）"] is None
    days = {t.key: t for t in report_tables(empty_report())}["days"]
    assert all(row[5] is None and row[7] is None for row in days.rows)
    assert display(None) == "—"


def test_report_titles():
    one_day = make_report(day_from=date(2026, 11, 23), day_to=date(2026, 11, 23))
    month = make_report(day_from=date(2026, 10, 1), day_to=date(2026, 10, 31))
    assert report_title(one_day) == "社区服务站工作日报 2026-11-23"
    assert report_title(month, "zh") == "社区服务站工作报表 2026-10-01 至 2026-10-31"
    assert report_title(one_day, "en") == "Daily report 23 Nov 2026"
    assert report_title(month, "en") == "Report 1 Oct – 31 Oct 2026"
    across = make_report(day_from=date(2025, 12, 1), day_to=date(2026, 1, 31))
    assert report_title(across, "en") == "Report 1 Dec 2025 – 31 Jan 2026"


def test_bad_language_or_data_is_refused():
    for fn in (report_pdf_bytes, report_xlsx_bytes, report_csv_bytes):
        with pytest.raises(ValueError):
            fn(make_report(), "fr")
        with pytest.raises(TypeError):
            fn(object())  # type: ignore[arg-type]


# -- PDF ---------------------------------------------------------------------------


def test_pdf_shows_title_station_headline_figures_and_masked_ids():
    report = make_report()
    text = pdf_text(pdf())
    expected = [
        "社区服务站工作报表 2026-11-23 至 2026-11-25",
        STATION.name, STATION.code, STATION.address, STATION.phone,
        "制表：王晓梅", "2026-11-25 18:05",
        "民政与社会救助23", "养老助残14",  # a category and its count, side by side
        MASKED_ID, MASKED_PHONE, "张秀兰", "XC0712-20261102-0001",
        "身份证号、电话已脱敏",
    ]
    for name, value in headline_figures(report):
        expected += [name, display(value)]
    missing = [s for s in expected if squash(s) not in text]
    assert not missing, f"not found in the PDF text: {missing}"
    assert "37" in text and "89.5%" in text and "78.4%" in text and "4.36" in text
    assert FULL_ID not in text and "13812345678" not in text
    assert "加急" in text  # the urgent row is tagged


def test_pdf_charts_and_sections():
    text = pdf_text(pdf())
    for s in ("各类别受理量", "满意度分布", "每日受理与办结", "总体情况", "按事项类别", "按服务类型",
              "按办理方式", "按经办人", "按受理渠道", "每日情况", "超期未办结事项"):
        assert s in text, s
    assert "本期无数据" not in text


def test_pdf_is_a4_portrait_with_a_footer_on_every_page():
    sizes = page_sizes(pdf("long"))
    assert len(sizes) >= 3
    assert all(s == pytest.approx((595.28, 841.89), abs=0.5) for s in sizes)
    pages = page_texts("long")
    for n, text in enumerate(pages, 1):
        assert f"第{n}页/共{len(pages)}页" in text
        assert "站点代码：XC0712" in text and "身份证号、电话已脱敏" in text


def test_unmasked_report_prints_what_it_is_given_and_no_masking_note():
    full = make_report(masked=False, overdue=(overdue_row(0, id_number=FULL_ID, phone="13812345678"),))
    text = pdf_text(report_pdf_bytes(full))
    assert FULL_ID in text and "13812345678" in text
    assert "已脱敏" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cjk_font_is_an_embedded_truetype_subset(lang):
    data = pdf("report", lang)
    used = fonts_used(data)
    assert used
    for font in used:
        assert font["/Subtype"] == "/TrueType", font
        assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert b"Helvetica" not in data  # chart labels too are in the embedded font


def test_english_pdf():
    text = pdf_text(pdf("report", "en"))
    for s in ("Report 23 Nov – 25 Nov 2026", STATION.name, "Accepted", "On-time rate", "89.5%",
              "Civil affairs and social assistance23", "Accepted by category", "Satisfaction ratings",
              "Overdue affairs", "Care allowance for disabled elderly", "Transferred", "Urgent",
              "ID numbers and phones are masked", "Page 1 of", "Station code: XC0712", MASKED_ID):
        assert squash(s) in text, s
    for zh in ("受理事项", "按事项类别", "养老助残", "已转办", "第1页", "脱敏"):
        assert zh not in text, zh


def test_pdf_stays_inside_the_margins():
    for data in (pdf(), pdf("report", "en"), pdf("long")):
        sizes = page_sizes(data)
        for page, left, right, y, text in text_spans(data):
            width, height = sizes[page]
            assert REPORT_SPEC.content_x - 1 <= left and right <= width - REPORT_SPEC.content_x + 1, (page, text)
            assert REPORT_SPEC.border_y <= y <= height - REPORT_SPEC.border_y, (page, text)


def test_empty_report_renders_with_no_data_in_place_of_charts():
    text = pdf_text(pdf("empty"))
    assert text.count("本期无数据") == 3
    assert "无超期未办结事项" in text
    assert "按时办结率—" in text  # no figure, not 0 %
    en = pdf_text(report_pdf_bytes(empty_report(), "en"))
    assert en.count(squash("No data for this period")) == 3


def test_long_overdue_list_flows_over_pages_with_its_header_repeated():
    pages = page_texts("long")
    text = "".join(pages)
    for k in range(250):
        assert f"XC0712-20261102-{k + 1:04d}" in text
    with_rows = [p for p in pages if "XC0712-20261102-" in p]
    assert len(with_rows) >= 3
    assert all("应办结日期超期工作日" in p for p in with_rows)  # every page starts with the header row


def test_single_day_and_long_ranges_chart_what_makes_sense():
    one_day = make_report(day_from=date(2026, 11, 23), day_to=date(2026, 11, 23), days=make_report().days[:1])
    text = pdf_text(report_pdf_bytes(one_day))
    assert "社区服务站工作日报2026-11-23" in text and "每日受理与办结" not in text
    days = tuple(DayFigures(date(2026, 1, 1) + timedelta(days=k), k % 5, k % 3, 0, 0, 0, 0) for k in range(90))
    quarter = make_report(day_from=date(2026, 1, 1), day_to=date(2026, 3, 31), days=days)
    text = pdf_text(report_pdf_bytes(quarter))
    assert "每月受理与办结" in text and "1月" in text and "3月" in text


def test_render_report_to_a_stream():
    buf = io.BytesIO()
    render_report(make_report(), buf, "en")
    assert buf.getvalue().startswith(b"%PDF")


# -- XLSX --------------------------------------------------------------------------


def test_xlsx_has_an_information_sheet_and_one_sheet_per_table():
    wb = workbook(make_report())
    titles = [t.title for t in report_tables(make_report())]
    assert wb.sheetnames == ["报表信息", *titles]
    info = {row[0]: row[1] for row in wb["报表信息"].iter_rows(min_row=2, values_only=True)}
    assert info["站点"] == STATION.name and info["站点代码"] == STATION.code
    assert info["起始日期"] == datetime(2026, 11, 23) and info["截止日期"] == datetime(2026, 11, 25)
    assert info["生成时间"] == datetime(2026, 11, 25, 18, 5) and info["制表人"] == "王晓梅"
    assert info["身份证号、电话已脱敏"] == "是"
    assert workbook(make_report(), "en").sheetnames[0] == "Report"


def test_xlsx_cells_are_the_figures_as_numbers_and_dates():
    report = make_report()
    wb = workbook(report)
    tables = {t.key: t for t in report_tables(report)}
    for key in ("summary", "by_category", "overdue", "days", "satisfaction"):
        table = tables[key]
        ws = wb[table.title]
        assert [c.value for c in ws[1]] == list(table.headers)
        assert all(c.font.b for c in ws[1]) and ws.freeze_panes == "A2"
        assert ws.max_row == len(table.rows) + 1
        for r, row in enumerate(table.rows, 2):
            for c, expected in enumerate(row, 1):
                cell = ws.cell(r, c)
                if isinstance(expected, datetime):
                    assert cell.value == expected and cell.number_format == "yyyy-mm-dd hh:mm"
                elif isinstance(expected, date):
                    assert cell.value == datetime.combine(expected, datetime.min.time())
                    assert cell.number_format == "yyyy-mm-dd"
                elif isinstance(expected, Rate):
                    assert cell.data_type == "n" and cell.value == pytest.approx(expected)
                    assert cell.number_format == "0.0%"
                elif isinstance(expected, (int, float)):
                    assert type(cell.value) is type(expected) and cell.value == expected, (key, r, c)
                else:
                    assert cell.value == expected and cell.data_type in ("s", "n")
    summary = wb["总体情况"]
    assert summary["B2"].value == 37 and summary["A2"].value == "受理事项"
    assert wb["按事项类别"]["B2"].value == 23 and wb["超期未办结事项"]["D2"].value == MASKED_ID


def test_xlsx_sheet_titles_are_valid_and_unique():
    from app.printing.report_files import sheet_title

    taken: set[str] = set()
    names = [sheet_title(t, taken) for t in ("a/b:c*d?[e]\\f", "x" * 40, "x" * 40, "'quoted'", "[]")]
    assert names[0] == "abcdef"
    assert len(names[1]) == 31 and len(names[2]) <= 31 and names[1] != names[2]
    assert names[3] == "quoted" and names[4] == "Sheet"


# -- CSV ---------------------------------------------------------------------------


def test_csv_has_a_bom_and_one_block_per_table():
    report = make_report()
    data = report_csv_bytes(report)
    assert data.startswith(b"\xef\xbb\xbf")
    blocks = csv_blocks(data)
    assert list(blocks) == ["报表信息", *(t.title for t in report_tables(report))]
    info = dict(row for row in blocks["报表信息"][1:])
    assert info["起始日期"] == "2026-11-23" and info["生成时间"] == "2026-11-25 18:05"
    tables = {t.key: t for t in report_tables(report)}
    summary = blocks["总体情况"]
    assert summary[0] == ["项目", "数值"]
    assert dict(summary[1:])["受理事项"] == "37"
    assert dict(summary[1:])["按时办结率"] == "0.8947"
    assert dict(summary[1:])["满意度平均分"] == "4.36"
    assert blocks["按事项类别"][1] == ["民政与社会救助", "23", "12", "8", "18", "0.6216"]
    overdue = blocks["超期未办结事项"]
    assert overdue[0] == list(tables["overdue"].headers)
    assert overdue[1][:4] == ["XC0712-20261102-0001", "2026-11-02 09:15", "张秀兰", MASKED_ID]
    assert overdue[1][7] == "2026-11-20" and overdue[1][8] == "3"
    assert blocks["每日情况"][1] == ["2026-11-23", "15", "10", "7", "8", "0.8750", "9", "4.44"]
    assert FULL_ID not in data.decode("utf-8-sig")


def test_csv_english():
    blocks = csv_blocks(report_csv_bytes(make_report(), "en"))
    assert "Summary" in blocks and "Overdue affairs" in blocks
    assert blocks["By category"][1][0] == "Civil affairs and social assistance"
    assert blocks["Report"][-1] == ["ID numbers and phones masked", "Yes"]


# -- all three ----------------------------------------------------------------------


def test_the_three_formats_agree_on_every_summary_figure():
    report = make_report()
    text = pdf_text(pdf())
    ws = workbook(report)["总体情况"]
    csv_rows = csv_blocks(report_csv_bytes(report))["总体情况"][1:]
    rows = summary_rows(report)
    assert len(csv_rows) == len(rows) == ws.max_row - 1
    for k, (name, value) in enumerate(rows):
        shown = display(value)
        assert squash(name + shown) in text, name
        assert ws.cell(k + 2, 1).value == name and xlsx_display(ws.cell(k + 2, 2)) == shown, name
        assert csv_rows[k][0] == name and csv_display(csv_rows[k][1], value) == shown, name


def test_empty_report_in_all_three_formats():
    report = empty_report()
    assert pdf("empty").startswith(b"%PDF")
    wb = workbook(report)
    assert wb["超期未办结事项"].max_row == 1 and wb["按经办人"].max_row == 1
    assert wb["总体情况"]["B9"].value is None  # the on-time rate: no figure
    blocks = csv_blocks(report_csv_bytes(report))
    assert blocks["超期未办结事项"] == [list({t.key: t for t in report_tables(report)}["overdue"].headers)]
    assert dict(blocks["总体情况"][1:])["按时办结率"] == ""


def test_250_overdue_rows_all_in_the_workbook_and_the_csv():
    report = long_overdue_report()
    ws = workbook(report)["超期未办结事项"]
    assert ws.max_row == 251
    assert [ws.cell(r, 1).value for r in range(2, 252)] == [o.number for o in report.overdue]
    assert len(csv_blocks(report_csv_bytes(report))["超期未办结事项"]) == 251


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_write_report_writes_the_file(tmp_path, fmt):
    target = tmp_path / f"日报.{fmt}"
    assert write_report(make_report(), fmt, str(target)) == target
    data = target.read_bytes()
    assert data[:4] == {"pdf": b"%PDF", "xlsx": b"PK\x03\x04", "csv": b"\xef\xbb\xbf\xe6"}[fmt]
    if fmt == "csv":
        assert data == report_csv_bytes(make_report())
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_unwritable_path_raises_printing_error_and_leaves_nothing(tmp_path, fmt):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for bad in (tmp_path / "missing" / f"r.{fmt}", blocker / f"r.{fmt}"):
        with pytest.raises(PrintingError) as err:
            write_report(make_report(), fmt, bad)
        assert "无法写入" in str(err.value) and "Cannot write" in str(err.value)
        assert not bad.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(PrintingError) as err:
        write_report(make_report(), "docx", tmp_path / "r.docx")  # type: ignore[arg-type]
    assert "不支持" in str(err.value) and "Unsupported" in str(err.value)
    assert list(tmp_path.iterdir()) == []


# Names and partners are typed in at the desk: whatever they hold must reach a
# spreadsheet as text, never as a formula, and never break the export.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(min_size=1, max_size=30), partners=st.text(max_size=30))
def test_typed_text_stays_text_in_xlsx_and_csv(name, partners):
    report = make_report(overdue=(overdue_row(0, resident_name=name, partners=partners),))
    ws = workbook(report)["超期未办结事项"]
    illegal = re.compile(r"[\000-\010\013\014\016-\037]")
    for cell, typed in ((ws["C2"], name), (ws["L2"], partners)):
        kept = illegal.sub("", typed).replace("\r\n", "\n").replace("\r", "\n")  # XML keeps only \n
        if kept:
            assert cell.data_type == "s" and cell.value == kept
        else:
            assert cell.value in (None, "")
    row = csv_blocks(report_csv_bytes(report))["超期未办结事项"]
    if "\r" not in name and "\n" not in name and name.strip():
        field = row[1][2]
        assert field == name or field == "'" + name
        assert not field.startswith(("=", "+", "-", "@"))


def test_no_personal_data_in_pdf_metadata():
    meta = " ".join(str(v) for v in (pdf_reader(pdf()).metadata or {}).values())
    assert "社区服务站工作报表" in meta and STATION.code in meta
    assert MASKED_ID not in meta and "张秀兰" not in meta and "王晓梅" not in meta
