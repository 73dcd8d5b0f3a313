"""The charts of the printed report (reportlab.graphics): bars per category,
the satisfaction distribution, accepted and completed per day or per month.

Every string in a drawing is set in the embedded CJK font: reportlab's chart
defaults (Helvetica) would show no Chinese and add a font the PDF does not embed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .layout import wrap_text
from .report_data import Report
from .report_tables import check_lang

BAR = colors.Color(0.20, 0.42, 0.66)
BAR_LIGHT = colors.Color(0.60, 0.76, 0.89)
AXIS = colors.Color(0.35, 0.35, 0.35)
GRID = colors.Color(0.85, 0.85, 0.85)
FRAME = colors.Color(0.75, 0.75, 0.75)

TITLE_SIZE = 8.5
LABEL_SIZE = 7
TITLE_ROOM = 16  # space the chart's title takes at the top of its drawing
MONTHLY_AFTER_DAYS = 62  # a longer range is charted per month: 365 bars would be a smudge

NO_DATA = ("本期无数据", "No data for this period")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _drawing(width: float, height: float, title: str, font: str) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = font  # renderPDF sets a font before drawing anything: ours, not Helvetica
    d.add(String(0, height - TITLE_SIZE - 2, title, fontName=font, fontSize=TITLE_SIZE, fillColor=colors.black))
    return d


def _no_data(d: Drawing, font: str, lang: str) -> Drawing:
    top = d.height - TITLE_ROOM
    d.add(Rect(0, 0, d.width, top, strokeColor=FRAME, strokeWidth=0.5, fillColor=None, strokeDashArray=[2, 2]))
    d.add(String(d.width / 2, top / 2 - 4, NO_DATA[check_lang(lang)], fontName=font, fontSize=9,
                 fillColor=AXIS, textAnchor="middle"))
    return d


def nice_axis(top: float) -> tuple[float, float]:
    """(axis maximum, step) with whole-number steps of 1, 2 or 5 × 10^k and room for a bar label."""
    top = max(top, 1)
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    return math.ceil(top * 1.12 / step) * step, step


def _style_value_axis(axis, top: float, font: str) -> None:
    axis.valueMin = 0
    axis.valueMax, axis.valueStep = nice_axis(top)
    axis.labels.fontName = font
    axis.labels.fontSize = LABEL_SIZE
    axis.labelTextFormat = "%d"
    axis.strokeColor = AXIS
    axis.strokeWidth = 0.5
    axis.visibleGrid = 1
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.4


def _short_label(text: str, font: str, width: float, lines: int = 2) -> str:
    """The label wrapped onto at most ``lines`` lines of ``width``; the table below has it in full."""
    wrapped = wrap_text(text, font, LABEL_SIZE, width)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        while last and wrap_text(last + "…", font, LABEL_SIZE, width) != [last + "…"]:
            last = last[:-1]
        wrapped[-1] = last + "…"
    return "\n".join(wrapped)


def category_chart(report: Report, width: float, font: str, lang: str) -> Drawing:
    """Accepted per category, one horizontal bar each, longest names wrapped beside them."""
    i = check_lang(lang)
    items = report.by_category
    n = max(len(items), 1)
    height = TITLE_ROOM + 22 + n * 17
    d = _drawing(width, max(height, 120), ("各类别受理量", "Accepted by category")[i], font)
    if not items or not any(b.accepted for b in items):
        return _no_data(d, font, lang)
    widest = max(stringWidth(b.label(lang), font, LABEL_SIZE) for b in items)
    label_w = min(width * 0.36, widest + 2)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w + 6, 14
    chart.width = width - chart.x - 14
    chart.height = d.height - TITLE_ROOM - chart.y - 4
    chart.data = [[b.accepted for b in items]]
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barWidth = 10
    chart.categoryAxis.categoryNames = [_short_label(b.label(lang), font, label_w) for b in items]
    chart.categoryAxis.reverseDirection = 1  # the first category on top, as in the table
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.strokeWidth = 0.5
    _style_value_axis(chart.valueAxis, max(b.accepted for b in items), font)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    return d


def _vertical(d: Drawing, data: Sequence[Sequence[int]], names: Sequence[str], font: str,
              fills: Sequence, *, bar_labels: bool, legend: Sequence[str] = ()) -> Drawing:
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 16
    chart.width = d.width - chart.x - 4
    chart.height = d.height - TITLE_ROOM - chart.y - 6
    chart.data = [list(s) for s in data]
    for k, fill in enumerate(fills):
        chart.bars[k].fillColor = fill
    chart.bars.strokeColor = None
    chart.groupSpacing = 2 if len(names) > 20 else 6
    chart.barSpacing = 0
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.strokeWidth = 0.5
    _style_value_axis(chart.valueAxis, max((max(s) for s in data if s), default=0), font)
    if bar_labels:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = LABEL_SIZE
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 1
    d.add(chart)
    if legend:
        key = Legend()
        key.fontName = font
        key.fontSize = LABEL_SIZE
        key.alignment = "right"
        key.columnMaximum = 1
        key.deltax = 48
        key.dx = key.dy = 6
        key.boxAnchor = "ne"
        key.x, key.y = d.width, d.height - 2
        key.colorNamePairs = list(zip(fills, legend))
        key.strokeColor = None
        d.add(key)
    return d


def satisfaction_chart(report: Report, width: float, height: float, font: str, lang: str) -> Drawing:
    """How many residents gave each rating, 1 to 5."""
    i = check_lang(lang)
    d = _drawing(width, height, ("满意度分布", "Satisfaction ratings")[i], font)
    dist = report.satisfaction.distribution
    if not any(dist):
        return _no_data(d, font, lang)
    names = [f"{k}分" if i == 0 else f"{k}" for k in range(1, 6)]
    return _vertical(d, [dist], names, font, [BAR], bar_labels=True)


def _periods(report: Report, lang: str) -> tuple[list[str], list[int], list[int], bool]:
    """Labels, accepted and completed per day, or per month for a long range."""
    days = report.days
    if len(days) <= MONTHLY_AFTER_DAYS:
        every = max(1, math.ceil(len(days) / 16))  # about 16 labels fit under the axis
        names = [f"{d.day:%m-%d}" if k % every == 0 else "" for k, d in enumerate(days)]
        return names, [d.accepted for d in days], [d.completed for d in days], False
    months: dict[tuple[int, int], list[int]] = {}
    for d in days:
        acc = months.setdefault((d.day.year, d.day.month), [0, 0])
        acc[0] += d.accepted
        acc[1] += d.completed
    one_year = len({y for y, _ in months}) == 1
    if one_year:
        names = [f"{m}月" if lang == "zh" else _MONTHS_EN[m - 1] for _, m in months]
    else:
        names = [f"{y}-{m:02d}" for y, m in months]
    return names, [a for a, _ in months.values()], [c for _, c in months.values()], True


def trend_chart(report: Report, width: float, font: str, lang: str) -> Drawing:
    """Accepted and completed side by side, per day (per month over 62 days)."""
    i = check_lang(lang)
    names, accepted, completed, monthly = _periods(report, lang)
    title = (("每月受理与办结", "Accepted and completed per month") if monthly
             else ("每日受理与办结", "Accepted and completed per day"))[i]
    d = _drawing(width, 150, title, font)
    if not any(accepted) and not any(completed):
        return _no_data(d, font, lang)
    return _vertical(d, [accepted, completed], names, font, [BAR, BAR_LIGHT],
                     bar_labels=monthly or len(names) <= 14,
                     legend=(("受理", "Accepted")[i], ("办结", "Completed")[i]))
