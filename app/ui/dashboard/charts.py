"""The dashboard's four charts, built from plain figures and labels already in the reader's language.

Each chart is built whole on every refresh and language switch: QtCharts lays axes and
legends out again reliably only for a new chart, and thirty points cost nothing."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QHorizontalBarSeries,
    QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # importing app.printing loads reportlab: not on the way to the first window
    from app.printing.report_data import DayFigures

LABEL_EVERY = 5  # one date label in five keeps MM-dd readable on a half-screen chart
ACCEPTED_COLOR = "#4a7ab8"
COMPLETED_COLOR = "#2e7d32"
ON_TIME_COLOR = "#2e7d32"
RATING_COLOR = "#7b4fa0"
LABEL_COLOR = "#222222"
STEPS = [b * 10 ** p for p in range(7) for b in (1, 2, 5)]


def font(points: float, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def new_chart(name: str, title: str) -> QChart:
    chart = QChart()
    chart.setObjectName(name)
    chart.setTitle(title)
    chart.setTitleFont(font(11, bold=True))
    chart.setTitleBrush(QColor(LABEL_COLOR))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # redrawn every minute: no need to dance
    chart.setMargins(QMargins(2, 2, 16, 2))  # the last date label is centred on the edge
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(4)
    chart.legend().setFont(font(9))
    chart.legend().hide()
    return chart


def _style_axis(axis, title: str = "") -> None:
    axis.setLabelsFont(font(9))
    axis.setLabelsColor(QColor(LABEL_COLOR))
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(font(9))
        axis.setTitleBrush(QColor(LABEL_COLOR))


def count_axis(top: float, title: str = "") -> QValueAxis:
    """0..a round number above `top`, whole-number ticks only (1, 2, 5, 10, 20, 50 ... apart)."""
    top = max(top * 1.12, 1)  # room for the value printed past the longest bar
    step = min(s for s in STEPS if top / s <= 5)
    axis = QValueAxis()
    axis.setRange(0, step * math.ceil(top / step))
    axis.setTickCount(int(axis.max() / step) + 1)
    axis.setLabelFormat("%d")
    _style_axis(axis, title)
    return axis


def day_axis(days: Sequence[DayFigures]) -> QCategoryAxis:
    """Day i at x = i; a label every LABEL_EVERY days, counted back from today so today is named."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(days) - 0.5)
    for i in range(len(days) - 1, -1, -LABEL_EVERY)[::-1]:
        axis.append(f"{days[i].day:%m-%d}", i)
    _style_axis(axis)
    return axis


def _attach(chart: QChart, series, x_axis, y_axis) -> None:
    chart.addSeries(series)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


def _line(name: str, label: str, color: str, points: Sequence[tuple[float, float]]) -> QLineSeries:
    line = QLineSeries()
    line.setObjectName(name)
    line.setName(label)
    line.setPen(QPen(QColor(color), 2))
    line.setPointsVisible(True)
    line.setMarkerSize(4.5)
    for x, y in points:
        line.append(x, y)
    return line


def day_chart(days: Sequence[DayFigures], title: str, accepted_label: str, completed_label: str,
              y_title: str) -> QChart:
    """Accepted as bars, completed as a line, one slot per day."""
    chart = new_chart("dayChart", title)
    accepted = QBarSet(accepted_label)
    accepted.setObjectName("acceptedSet")
    accepted.setColor(QColor(ACCEPTED_COLOR))
    accepted.setBorderColor(QColor(ACCEPTED_COLOR))
    accepted.append([float(d.accepted) for d in days])
    bars = QBarSeries()
    bars.setObjectName("acceptedBars")
    bars.setBarWidth(0.7)
    bars.append(accepted)
    completed = _line("completedLine", completed_label, COMPLETED_COLOR,
                      [(i, d.completed) for i, d in enumerate(days)])
    x_axis = day_axis(days)
    y_axis = count_axis(max([d.accepted for d in days] + [d.completed for d in days] + [0]), y_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    _attach(chart, bars, x_axis, y_axis)
    _attach(chart, completed, x_axis, y_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().show()
    return chart


def category_chart(rows: Sequence[tuple[str, int]], title: str, x_title: str) -> QChart:
    """(name, accepted) per category as horizontal bars, the first category on top, each bar with its count."""
    chart = new_chart("categoryChart", title)
    shown = list(rows)[::-1]  # a horizontal bar axis counts from the bottom
    accepted = QBarSet(x_title)
    accepted.setObjectName("categorySet")
    accepted.setColor(QColor(ACCEPTED_COLOR))
    accepted.setBorderColor(QColor(ACCEPTED_COLOR))
    accepted.append([float(n) for _, n in shown])
    bars = QHorizontalBarSeries()
    bars.setObjectName("categoryBars")
    bars.setBarWidth(0.6)
    bars.append(accepted)
    names = QBarCategoryAxis()
    names.append([name for name, _ in shown])
    names.setTruncateLabels(False)  # a category name cut to "…" says nothing
    _style_axis(names)
    counts = count_axis(max([n for _, n in shown] + [0]), x_title)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    _attach(chart, bars, names, counts)
    # Labels only take their style once the series is in a chart.
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelsFormat("@value")
    accepted.setLabelColor(QColor(LABEL_COLOR))
    accepted.setLabelFont(font(9))
    return chart


def _padded_axis(low: float, high: float, interval: float, pad: float, fmt: str, title: str) -> QValueAxis:
    """Ticks on round values from `low` to `high`, with a little room so a point on the edge shows whole."""
    axis = QValueAxis()
    axis.setRange(low - pad, high + pad)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(interval)
    axis.setLabelFormat(fmt)
    _style_axis(axis, title)
    return axis


def on_time_chart(days: Sequence[DayFigures], title: str, y_title: str, label: str) -> QChart:
    """The share of deadline affairs closed on time, in %, on the days some were closed."""
    chart = new_chart("onTimeChart", title)
    points = [(i, 100.0 * d.on_time_rate) for i, d in enumerate(days) if d.on_time_rate is not None]
    line = _line("onTimeLine", label, ON_TIME_COLOR, points)
    x_axis = day_axis(days)
    y_axis = _padded_axis(0, 100, 25, 6, "%d%%", y_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    _attach(chart, line, x_axis, y_axis)
    return chart


def rating_chart(days: Sequence[DayFigures], title: str, y_title: str, label: str) -> QChart:
    """The average rating given on each day with ratings, on the 1-5 scale."""
    chart = new_chart("ratingChart", title)
    points = [(i, d.average_rating) for i, d in enumerate(days) if d.average_rating is not None]
    line = _line("ratingLine", label, RATING_COLOR, points)
    x_axis = day_axis(days)
    y_axis = _padded_axis(1, 5, 1, 0.25, "%d", y_title)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    _attach(chart, line, x_axis, y_axis)
    return chart


def series(chart: QChart, name: str):
    return next((s for s in chart.series() if s.objectName() == name), None)
