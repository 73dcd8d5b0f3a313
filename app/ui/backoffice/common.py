"""What the back-office widgets share: deadline colours, label tables, dates,
and a table model that also knows cell backgrounds and sort values."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.deadlines import DEADLINE_LABELS, DEADLINE_STATES

from ..formats import datetime_text, long_date_text
from ..i18n import pair
from ..models import Column, RowsModel

# Same colour wherever a deadline state is shown: queue cell, detail card, digest banner.
DEADLINE_COLORS = {
    "overdue": "#f4b4b4",     # red
    "due_soon": "#ffd08a",    # orange
    "half_used": "#fff2a8",   # yellow
}
DEADLINE_TEXT = {"overdue": "#8a1c12", "due_soon": "#8a4b00", "half_used": "#6b5a00"}
URGENT_COLOR = "#b00020"
SEVERITY = {state: i for i, state in enumerate(DEADLINE_STATES)}

# Partner kinds and leg states are plain codes in the catalogue and the services.
PARTNER_KIND_LABELS = {
    "department": ("街道科室", "department"),
    "service_agency": ("服务机构", "service agency"),
    "convenience_outlet": ("便民网点", "convenience outlet"),
    "institution": ("公共服务单位", "institution"),
    "volunteer_org": ("志愿组织", "volunteer group"),
}
LEG_STATE_LABELS = {
    "open": ("办理中", "open"), "answered": ("已反馈", "answered"), "withdrawn": ("已撤回", "withdrawn"),
}
LEG_KIND_LABELS = {"dispatch": ("派遣", "dispatch"), "referral": ("转介", "referral")}


def label(table: dict, code: str) -> str:
    return pair(table.get(code, (code, code)))


def deadline_label(code: str) -> str:
    return label(DEADLINE_LABELS, code) if code else ""


def long_date(d: date | None) -> str:
    if d is None:
        return "—"
    return long_date_text(d)


def short_time(t: datetime | None) -> str:
    return datetime_text(t)


def chip(text: str, state: str) -> str:
    """A deadline state as a coloured span for rich-text labels."""
    bg = DEADLINE_COLORS.get(state)
    if not bg:
        return text
    return (f"<span style='background:{bg}; color:{DEADLINE_TEXT[state]}; font-weight:bold'>"
            f"&nbsp;{text}&nbsp;</span>")


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class Cell(Column):
    """A column that may also colour the cell background and sort by a value, not its text."""

    def __init__(self, header: Callable[[], str], value: Callable[[Any], Any],
                 color: Callable[[Any], str | None] | None = None, *,
                 key: Callable[[Any], Any] | None = None, background: Callable[[Any], str | None] | None = None,
                 center: bool = False):
        super().__init__(header, value, color)
        self.key, self.background, self.center = key, background, center


class TableModel(RowsModel):
    def __init__(self, columns: Sequence[Cell], parent: QObject | None = None):
        super().__init__(columns, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        item = self.rows[index.row()]
        if role == SORT_ROLE:
            return col.key(item) if col.key else str(col.value(item))
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            color = col.background(item)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.center:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)
