"""Exporting the report: its own permission, masked for roles that may not see
full numbers, written whole or not at all; each format read back and compared
with the figures the service computed for the hand-built fortnight."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
import pypdf
import pytest

from app.printing.report_tables import display, report_tables
from app.services import report_export, reports
from app.services.errors import PermissionDenied, ValidationError

from . import report_scenario as rs


@pytest.fixture
def built(make_ctx, clock):
    rs.build(make_ctx, clock)
    clock.value = datetime(2025, 10, 20, 9, 0)


def _pdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_the_three_formats_hold_the_service_figures(built, make_ctx, tmp_path):
    deputy = make_ctx("liufang")
    report = reports.report(deputy, rs.FIRST, rs.LAST)
    paths = {fmt: report_export.export(deputy, rs.FIRST, rs.LAST, fmt, tmp_path, "zh")
             for fmt in report_export.FORMATS}
    assert paths["pdf"].name == "XCQG01-报表-2025-09-29至2025-10-13.pdf"
    tables = {t.key: t for t in report_tables(report, "zh")}
    summary = dict((row[0], row[1]) for row in tables["summary"].rows)
    assert summary["受理事项"] == 6 and summary["超期未办结"] == 2 and summary["转介"] == 1

    text = _pdf_text(paths["pdf"])
    assert "社区服务站工作报表" in text and "强根社区服务站" in text or "服务站" in text
    for label, value in summary.items():
        assert display(value, "zh") in text, label
    assert "110102196210010014" in text  # the deputy may see full numbers

    book = openpyxl.load_workbook(paths["xlsx"])
    sheet = next(ws for ws in book.worksheets if ws.title.startswith(tables["summary"].title[:10]))
    cells = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert cells["受理事项"] == 6 and isinstance(cells["受理事项"], int)
    assert cells["按时办结率"] == pytest.approx(1.0)
    overdue = next(ws for ws in book.worksheets if ws.title.startswith(tables["overdue"].title[:10]))
    rows = list(overdue.iter_rows(min_row=2, values_only=True))
    assert [r[2] for r in rows] == ["王建国", "李德胜"]
    assert isinstance(rows[0][1], datetime) and rows[0][8] == 2

    raw = paths["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    joined = {tuple(line[:2]) for line in lines if len(line) >= 2}
    assert ("受理事项", "6") in joined and ("超期未办结", "2") in joined


def test_masked_for_the_administrator(built, make_ctx, tmp_path):
    path = report_export.export(make_ctx("admin"), rs.FIRST, rs.LAST, "csv", tmp_path / "r.csv", "en")
    text = path.read_bytes().decode("utf-8-sig")
    assert "110102********0014" in text and "110102196210010014" not in text
    assert "13520108899" not in text


def test_exporting_is_its_own_permission(built, make_ctx, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    worker = make_ctx("wangxm")
    reports.report(worker, rs.FIRST, rs.LAST)  # reading is allowed
    with pytest.raises(PermissionDenied):
        report_export.export(worker, rs.FIRST, rs.LAST, "pdf", tmp_path, "zh")
    report = reports.report(worker, rs.FIRST, rs.LAST)
    with pytest.raises(PermissionDenied):
        report_export.write(worker, report, "xlsx", tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets_and_bad_formats_write_nothing(built, make_ctx, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    deputy = make_ctx("liufang")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ValidationError) as err:
        report_export.export(deputy, rs.FIRST, rs.LAST, "pdf", blocker / "report.pdf", "zh")
    assert err.value.key == "export_unwritable" and "无法写入文件" in err.value.text("zh")
    with pytest.raises(ValidationError) as err:
        report_export.export(deputy, rs.FIRST, rs.LAST, "docx", tmp_path / "r.docx", "zh")
    assert err.value.key == "report_format"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_file_names():
    d = date(2026, 11, 23)
    assert report_export.file_name("XCQG01", d, d, "pdf") == "XCQG01-日报-2026-11-23.pdf"
    assert report_export.file_name("XCQG01", date(2026, 11, 1), d, "csv", "en") == \
        "XCQG01-report-2026-11-01_to_2026-11-23.csv"
