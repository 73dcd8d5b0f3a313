"""The daily report as a workbook (XLSX) or a CSV file, and writing any report file safely.

Both walk ``report_tables``, the same tables the PDF prints.  Numbers stay
numbers and dates stay dates, so the station can sum and filter in Excel;
only the CSV has to spell them out (rates with four decimals, dates ISO).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from .errors import PrintingError
from .output import _write_atomic
from .report_data import Report
from .report_pdf import report_pdf_bytes
from .report_tables import Cell, Rate, ReportTable, check_lang, display, report_info, report_tables, report_title

ReportFormat = Literal["pdf", "xlsx", "csv"]
REPORT_FORMATS: tuple[str, ...] = ("pdf", "xlsx", "csv")

RATE_FORMAT = "0.0%"
FLOAT_FORMAT = "0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

_SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# control characters an .xlsx cannot hold (openpyxl refuses the whole cell)
_XLSX_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
# a text cell starting like this is run as a formula by Excel when it opens a CSV
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _check(report: Report, lang: str) -> None:
    if not isinstance(report, Report):
        raise TypeError(f"expected Report, got {type(report).__name__}")
    check_lang(lang)


# -- XLSX -----------------------------------------------------------------------

def sheet_title(title: str, taken: set[str]) -> str:
    """A valid, unique worksheet name: no []:*?/\\, no leading/trailing apostrophe, 31 characters at most."""
    base = _SHEET_FORBIDDEN.sub("", title).strip().strip("'").strip() or "Sheet"
    name = base[:_SHEET_NAME_MAX]
    n = 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[:_SHEET_NAME_MAX - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


def _text_width(text: str) -> int:
    # Excel measures columns in digit widths; a Chinese character takes about two
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _put(ws, row: int, col: int, value: Cell):
    """Write one cell with its real type and the number format that shows it like the PDF."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _XLSX_ILLEGAL.sub("", value)
        cell.data_type = "s"  # never a formula or an error code, whatever a resident's name starts with
    elif isinstance(value, Rate):
        cell.value = float(value)
        cell.number_format = RATE_FORMAT
    elif isinstance(value, bool):  # not a report cell type; keep it readable rather than 1/0
        cell.value = str(value)
    elif isinstance(value, float):
        cell.value = value
        cell.number_format = FLOAT_FORMAT
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)  # Excel has no time zones; the report is in local time
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value
    return cell


def _width_of(value: Cell) -> int:
    if value is None:
        return 2
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return _text_width(display(value))


def _fill_sheet(ws, table: ReportTable) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    widths = [_text_width(h) for h in table.headers]
    for col, header in enumerate(table.headers, 1):
        cell = _put(ws, 1, col, header)
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    for r, row in enumerate(table.rows, 2):
        for col, value in enumerate(row, 1):
            _put(ws, r, col, value)
            widths[col - 1] = max(widths[col - 1], _width_of(value))
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A2"


def report_xlsx_bytes(report: Report, lang: str = "zh") -> bytes:
    """The report as an Excel workbook: an information sheet, then one sheet per table."""
    _check(report, lang)
    from openpyxl import Workbook

    wb = Workbook()
    taken: set[str] = set()
    info = report_info(report, lang)
    ws = wb.active
    ws.title = sheet_title(info.title, taken)
    _fill_sheet(ws, info)
    for table in report_tables(report, lang):
        _fill_sheet(wb.create_sheet(sheet_title(table.title, taken)), table)
    wb.properties.title = report_title(report, lang)  # never personal data
    wb.properties.creator = "One Window 一窗通"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- CSV ------------------------------------------------------------------------

def csv_text(value: Cell) -> str:
    """A cell as the CSV spells it: rates with four decimals, other fractions with two, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, Rate):
        return f"{value:.4f}"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        # OWASP's defence against formula injection: a leading apostrophe makes it plain text
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


def report_csv_bytes(report: Report, lang: str = "zh") -> bytes:
    """The report as one CSV file, UTF-8 with a BOM so Excel reads the Chinese.

    Each block is the table's title on a line of its own, the header line, the
    rows and an empty line; the report information comes first.
    """
    _check(report, lang)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    for table in (report_info(report, lang), *report_tables(report, lang)):
        writer.writerow([csv_text(table.title)])
        writer.writerow([csv_text(h) for h in table.headers])
        writer.writerows([csv_text(v) for v in row] for row in table.rows)
        writer.writerow([])
    return buf.getvalue().encode("utf-8-sig")


# -- writing a file -------------------------------------------------------------------

def report_bytes(report: Report, fmt: str, lang: str = "zh") -> bytes:
    """The report file's contents in ``fmt`` ("pdf", "xlsx" or "csv")."""
    if fmt == "pdf":
        return report_pdf_bytes(report, lang)
    if fmt == "xlsx":
        return report_xlsx_bytes(report, lang)
    if fmt == "csv":
        return report_csv_bytes(report, lang)
    raise PrintingError(
        f"不支持的报表格式：{fmt!r}（可选 pdf、xlsx、csv） / "
        f"Unsupported report format {fmt!r} (expected pdf, xlsx or csv)"
    )


def write_report(report: Report, fmt: ReportFormat, out: str | Path, lang: str = "zh") -> Path:
    """Write the report as ``fmt`` to ``out`` whole or not at all; returns the path written.

    Raises PrintingError (bilingual message) for an unknown format or a path
    that cannot be written (missing folder, no permission, full disk).
    """
    data = report_bytes(report, fmt, lang)
    target = Path(out)
    _write_atomic(target, data)
    return target
