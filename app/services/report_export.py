"""Writing the report to a file: its own permission, since personal data leaves the station with it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from app.files import atomic_write
from app.printing.report_data import Report

from . import audit, errors, reports
from .context import ServiceContext
from .errors import ValidationError
from .permissions import Perm

FORMATS = ("pdf", "xlsx", "csv")

errors.register({
    "report_format": ("不支持的报表格式：{fmt}（可选 pdf、xlsx、csv）。", "Unknown report format: {fmt} (use pdf, xlsx or csv)."),
})


def file_name(station_code: str, first: date, last: date, fmt: str, lang: str = "zh") -> str:
    """XCQG01-日报-2026-11-23.pdf, or XCQG01-报表-2026-11-01至2026-11-30.xlsx for a range."""
    if first == last:
        stem = f"{station_code}-{'daily-report' if lang == 'en' else '日报'}-{first.isoformat()}"
    else:
        joiner = "_to_" if lang == "en" else "至"
        stem = f"{station_code}-{'report' if lang == 'en' else '报表'}-{first.isoformat()}{joiner}{last.isoformat()}"
    return f"{stem}.{fmt}"


def check_format(fmt: str) -> str:
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError("report_format", fmt=fmt or "-")
    return fmt


def write(ctx: ServiceContext, report: Report, fmt: str, out: str | Path, lang: str = "zh") -> Path:
    """Write a report already built (the preview the user is looking at) as pdf, xlsx or csv, atomically."""
    actor = ctx.require(Perm.EXPORT)
    data = render(report, check_format(fmt), lang)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, data)
    except (OSError, ValueError) as err:  # ValueError: a path the OS cannot take
        raise ValidationError("export_unwritable", detail=f"{out}: {getattr(err, 'strerror', None) or err}") from err
    audit.log(ctx, "export", operation="report_export.write", target=f"report:{report.day_from}..{report.day_to}",
              detail=f"{out} ({'masked' if report.masked else 'FULL ID numbers and phones'}, {actor.name})")
    return out


def render(report: Report, fmt: str, lang: str = "zh") -> bytes:
    fmt = check_format(fmt)
    if fmt == "pdf":
        from app.printing.report_pdf import report_pdf_bytes

        return report_pdf_bytes(report, lang)
    from app.printing.report_files import report_csv_bytes, report_xlsx_bytes

    return (report_xlsx_bytes if fmt == "xlsx" else report_csv_bytes)(report, lang)


def export(ctx: ServiceContext, first: date, last: date | None, fmt: str, out: str | Path, lang: str = "zh",
           progress: reports.Progress | None = None) -> Path:
    """Build the report for the range and write it; `out` may be a folder (the standard file name is used)."""
    ctx.require(Perm.EXPORT)
    fmt = check_format(fmt)
    report = reports.report(ctx, first, last, progress)
    target = Path(out)
    if target.is_dir():
        target = target / file_name(report.station.code, report.day_from, report.day_to, fmt, lang)
    return write(ctx, report, fmt, target, lang)
