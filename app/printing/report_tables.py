"""What the daily report shows: one definition for the PDF, XLSX and CSV files.

Every format walks the same ``ReportTable`` list, so a figure can never be
printed in one file and missing, relabelled or computed differently in
another.  Cells keep their type (counts as int, rates as ``Rate``, dates as
date) and each format decides how to show them; ``display`` is how a cell
reads on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .report_data import Breakdown, Report

LANGS = ("zh", "en")


class Rate(float):
    """A share between 0 and 1, shown as a percentage.

    Still a float, so spreadsheets and sums take it as a number; its type only
    tells the formats to show 0.875 as 87.5 % rather than as 0.88.
    """

    __slots__ = ()


Cell = str | int | float | date | datetime | None  # None: no figure (nothing to rate, nothing to average)


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


TABLE_KEYS = (
    "summary", "by_category", "by_service_kind", "by_handling_mode", "by_worker", "by_channel",
    "satisfaction", "days", "overdue",
)

# key -> (zh, en)
_TITLES = {
    "info": ("报表信息", "Report"),
    "summary": ("总体情况", "Summary"),
    "by_category": ("按事项类别", "By category"),
    "by_service_kind": ("按服务类型", "By service kind"),
    "by_handling_mode": ("按办理方式", "By handling mode"),
    "by_worker": ("按经办人", "By worker"),
    "by_channel": ("按受理渠道", "By channel"),
    "satisfaction": ("满意度分布", "Satisfaction ratings"),
    "days": ("每日情况", "Day by day"),
    "overdue": ("超期未办结事项", "Overdue affairs"),
}

_BREAKDOWN_FIRST = {
    "by_category": ("事项类别", "Category"),
    "by_service_kind": ("服务类型", "Service kind"),
    "by_handling_mode": ("办理方式", "Handling mode"),
    "by_worker": ("经办人", "Worker"),
    "by_channel": ("受理渠道", "Channel"),
}
_BREAKDOWN_HEADERS = (
    ("受理", "Accepted"),
    ("当场办结", "On the spot"),
    ("转办", "Transferred"),
    ("只跑一次", "Came only once"),
    ("占受理总量", "Share of accepted"),
)

_HEADERS = {
    "info": (("项目", "Item"), ("内容", "Value")),
    "summary": (("项目", "Figure"), ("数值", "Value")),
    "satisfaction": (("评分", "Rating"), ("人次", "Count"), ("占比", "Share")),
    "days": (
        ("日期", "Date"), ("受理", "Accepted"), ("办结", "Completed"), ("按时办结", "On time"),
        ("有承诺时限", "With deadline"), ("按时办结率", "On-time rate"), ("评价人次", "Rated"),
        ("平均评分", "Average rating"),
    ),
    "overdue": (
        ("事项编号", "Number"), ("受理时间", "Accepted at"), ("居民", "Resident"), ("身份证号", "ID number"),
        ("电话", "Phone"), ("事项", "Affair type"), ("事项类别", "Category"), ("应办结日期", "Due date"),
        ("超期工作日", "Working days overdue"), ("状态", "State"), ("经办人", "Worker"),
        ("协办单位", "Partners"), ("加急", "Urgent"),
    ),
}

YES = ("是", "Yes")
NO = ("否", "No")


def check_lang(lang: str) -> int:
    """Index of ``lang`` in the (zh, en) pairs; anything else is a programming error."""
    if lang not in LANGS:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return LANGS.index(lang)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[check_lang(lang)]


def _headers(key: str, lang: str) -> tuple[str, ...]:
    return tuple(_pick(h, lang) for h in _HEADERS[key])


def _share(part: int, whole: int) -> Rate | None:
    return Rate(part / whole) if whole else None


def _opt_rate(value: float | None) -> Rate | None:
    return None if value is None else Rate(value)


# -- titles and dates ---------------------------------------------------------

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day_en(d: date, with_year: bool = True) -> str:
    text = f"{d.day} {_MONTHS_EN[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


def range_text(report: Report, lang: str) -> str:
    """"2026-10-01 至 2026-10-31" / "1 Oct – 31 Oct 2026" (one day: just that day)."""
    a, b = report.day_from, report.day_to
    if check_lang(lang) == 0:
        return a.isoformat() if a == b else f"{a.isoformat()} 至 {b.isoformat()}"
    if a == b:
        return _day_en(a)
    return f"{_day_en(a, with_year=a.year != b.year)} – {_day_en(b)}"


def report_title(report: Report, lang: str = "zh") -> str:
    """"社区服务站工作日报 2026-11-23", "社区服务站工作报表 2026-10-01 至 2026-10-31";
    in English "Daily report 23 Nov 2026", "Report 1 Oct – 31 Oct 2026"."""
    zh = check_lang(lang) == 0
    if report.single_day:
        name = "社区服务站工作日报" if zh else "Daily report"
    else:
        name = "社区服务站工作报表" if zh else "Report"
    return f"{name} {range_text(report, lang)}"


def display(cell: Cell, lang: str = "zh") -> str:
    """How a cell reads on paper (and how a spreadsheet shows it with our number formats)."""
    if cell is None:
        return "—"
    if isinstance(cell, Rate):
        return f"{cell * 100:.1f}%"
    if isinstance(cell, float):
        return f"{cell:.2f}"
    if isinstance(cell, datetime):
        return f"{cell:%Y-%m-%d %H:%M}"
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


# -- the tables ---------------------------------------------------------------

def report_info(report: Report, lang: str = "zh") -> ReportTable:
    """Who, where and when: the first sheet of the workbook and the first block of the CSV."""
    i = check_lang(lang)
    s = report.station
    rows: list[tuple[str, Cell]] = [
        (("站点", "Station")[i], s.name),
        (("站点代码", "Station code")[i], s.code),
        (("地址", "Address")[i], s.address),
        (("电话", "Phone")[i], s.phone),
        (("报表", "Report")[i], report_title(report, lang)),
        (("起始日期", "From")[i], report.day_from),
        (("截止日期", "To")[i], report.day_to),
        (("超期统计截至", "Overdue as of")[i], report.as_of),
        (("制表人", "Generated by")[i], report.generated_by),
        (("生成时间", "Generated at")[i], report.generated_at),
        (("身份证号、电话已脱敏", "ID numbers and phones masked")[i], (YES if report.masked else NO)[i]),
    ]
    return ReportTable("info", _TITLES["info"][i], _headers("info", lang), tuple(rows))


def _summary_figures(report: Report) -> list[tuple[str, tuple[str, str], Cell]]:
    t, sat, tk = report.totals, report.satisfaction, report.tickets
    return [
        ("accepted", ("受理事项", "Accepted"), t.accepted),
        ("on_the_spot", ("当场办结", "Handled on the spot"), t.on_the_spot),
        ("transferred", ("转办", "Transferred"), t.transferred),
        ("awaiting_materials", ("待补材料", "Awaiting materials"), t.awaiting_materials),
        ("completed", ("办结事项", "Completed"), t.completed),
        ("completed_on_time", ("按时办结", "Completed on time"), t.completed_on_time),
        ("completed_with_deadline", ("有承诺时限的办结", "Completed with a committed date"),
         t.completed_with_deadline),
        ("on_time_rate", ("按时办结率", "On-time rate"), _opt_rate(t.on_time_rate)),
        ("referred", ("转介", "Referred"), t.referred),
        ("overdue", ("超期未办结", "Overdue"), t.overdue),
        ("once_only", ("只跑一次", "Came only once"), t.once_only),
        ("once_only_share", ("只跑一次占比", "Once-only share"), _opt_rate(t.once_only_share)),
        ("satisfaction_average", ("满意度平均分", "Satisfaction average"), sat.average),
        ("rated", ("已评价", "Rated"), sat.rated),
        ("unrated", ("未评价", "Unrated"), sat.unrated),
        ("tickets_issued", ("取号", "Tickets issued"), tk.issued),
        ("tickets_served", ("已服务", "Served"), tk.served),
        ("average_wait", ("平均等候（分钟）", "Average wait (minutes)"), tk.average_wait_minutes),
        ("average_service", ("平均办理（分钟）", "Average service (minutes)"), tk.average_service_minutes),
    ]


SUMMARY_KEYS = (
    "accepted", "on_the_spot", "transferred", "awaiting_materials", "completed", "completed_on_time",
    "completed_with_deadline", "on_time_rate", "referred", "overdue", "once_only", "once_only_share",
    "satisfaction_average", "rated", "unrated", "tickets_issued", "tickets_served", "average_wait",
    "average_service",
)
# the row of big figures at the top of the PDF, a subset of the summary
HEADLINE_KEYS = ("accepted", "completed", "on_time_rate", "once_only_share", "satisfaction_average", "overdue")


def summary_rows(report: Report, lang: str = "zh") -> tuple[tuple[str, Cell], ...]:
    """(figure name, value) in the order of ``SUMMARY_KEYS``."""
    i = check_lang(lang)
    return tuple((name[i], value) for _, name, value in _summary_figures(report))


def headline_figures(report: Report, lang: str = "zh") -> tuple[tuple[str, Cell], ...]:
    """The summary figures the PDF shows large on top, named as in the summary table."""
    i = check_lang(lang)
    by_key = {key: (name[i], value) for key, name, value in _summary_figures(report)}
    return tuple(by_key[key] for key in HEADLINE_KEYS)


def _breakdown(key: str, items: tuple[Breakdown, ...], report: Report, lang: str) -> ReportTable:
    i = check_lang(lang)
    headers = (_BREAKDOWN_FIRST[key][i], *(h[i] for h in _BREAKDOWN_HEADERS))
    whole = report.totals.accepted
    rows = tuple(
        (b.label(lang), b.accepted, b.on_the_spot, b.transferred, b.once_only, _share(b.accepted, whole))
        for b in items
    )
    return ReportTable(key, _TITLES[key][i], headers, rows)


def _satisfaction(report: Report, lang: str) -> ReportTable:
    i = check_lang(lang)
    dist = report.satisfaction.distribution
    rated = report.satisfaction.rated
    rows = tuple((score, count, _share(count, rated)) for score, count in enumerate(dist, 1))
    return ReportTable("satisfaction", _TITLES["satisfaction"][i], _headers("satisfaction", lang), rows)


def _days(report: Report, lang: str) -> ReportTable:
    i = check_lang(lang)
    rows = tuple(
        (d.day, d.accepted, d.completed, d.completed_on_time, d.completed_with_deadline,
         _opt_rate(d.on_time_rate), d.rated, d.average_rating)
        for d in report.days
    )
    return ReportTable("days", _TITLES["days"][i], _headers("days", lang), rows)


def _overdue(report: Report, lang: str) -> ReportTable:
    i = check_lang(lang)
    rows = tuple(
        (o.number, o.accepted_at, o.resident_name, o.id_number, o.phone,
         (o.type_name_zh, o.type_name_en)[i], (o.category_zh, o.category_en)[i], o.due_date,
         o.days_overdue, (o.state_zh, o.state_en)[i], o.worker, o.partners, (YES if o.urgent else NO)[i])
        for o in report.overdue
    )
    return ReportTable("overdue", _TITLES["overdue"][i], _headers("overdue", lang), rows)


def report_tables(report: Report, lang: str = "zh") -> list[ReportTable]:
    """The report's tables in print order; keys are ``TABLE_KEYS``."""
    i = check_lang(lang)
    summary = ReportTable("summary", _TITLES["summary"][i], _headers("summary", lang),
                          summary_rows(report, lang))
    return [
        summary,
        _breakdown("by_category", report.by_category, report, lang),
        _breakdown("by_service_kind", report.by_service_kind, report, lang),
        _breakdown("by_handling_mode", report.by_handling_mode, report, lang),
        _breakdown("by_worker", report.by_worker, report, lang),
        _breakdown("by_channel", report.by_channel, report, lang),
        _satisfaction(report, lang),
        _days(report, lang),
        _overdue(report, lang),
    ]
