"""The report on screen: headline tiles over one table per report table.

The tables are the files' own (app.printing.report_tables), so the preview
shows exactly the rows and figures the PDF, XLSX and CSV hold.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.printing.report_data import Report

from ..formats import date_text, datetime_text, number_text
from ..i18n import LANGUAGE

# The keys report_tables() gives, in its order; fixed by its contract.
TABLE_KEYS = ("summary", "by_category", "by_service_kind", "by_handling_mode", "by_worker", "by_channel",
              "satisfaction", "days", "overdue")
TILE_KEYS = ("accepted", "on_the_spot", "transferred", "completed", "on_time_rate", "overdue", "once_only_share",
             "satisfaction", "average_wait")
ALERT_RED = "#b00020"

TILE_STYLE = """
QFrame[role="tile"] { background: #f4f7fb; border: 1px solid #c9d6e5; border-radius: 4px; }
QLabel[role="tileValue"] { font-size: 18pt; font-weight: bold; color: #0d3b66; border: none; }
QLabel[role="tileValue"][alert="true"] { color: %s; }
QLabel[role="tileCaption"] { font-size: 10pt; color: #455a64; border: none; }
""" % ALERT_RED


def cell_text(cell, lang: str) -> str:
    from app.printing.report_tables import display

    return display(cell, lang)


def is_number(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class ReportTableModel(QAbstractTableModel):
    """One ReportTable, read-only: numbers right-aligned, rates as percentages, dates ISO.

    A cell's text is worked out once: the view asks for it per role on every layout and paint, and a
    year's report (365 day rows, nine tables) otherwise kept the window from repainting for 90 ms."""

    def __init__(self, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(f"reportModel_{key}")
        self.key = key
        self.headers: tuple[str, ...] = ()
        self.rows: tuple[tuple, ...] = ()
        self.lang = "zh"
        self._texts: list[list[str] | None] = []

    def set_table(self, table, lang: str) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.lang = tuple(table.headers), tuple(table.rows), lang
        self._texts = [None] * len(self.rows)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.headers, self.rows, self._texts = (), (), []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def cell(self, row: int, column: int):
        return self.rows[row][column]

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY and role != _TOOLTIP and role != _ALIGN:
            return None
        if not index.isValid():
            return None
        row = index.row()
        if role == _ALIGN:
            return _RIGHT if is_number(self.rows[row][index.column()]) else _LEFT
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = [cell_text(cell, self.lang) for cell in self.rows[row]]
        return texts[index.column()]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or section >= len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def _table_view(key: str, model: ReportTableModel) -> QTableView:
    view = QTableView(objectName=f"reportTable_{key}")
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(60)  # a year has 365 day rows: measure the first ones only
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(70)
    return view


class Tile(QFrame):
    """A headline figure: the number large, what it is under it."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent, objectName=f"tile_{key}")
        self.setProperty("role", "tile")
        self.value = QLabel("—", objectName=f"tileValue_{key}")
        self.value.setProperty("role", "tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(objectName=f"tileCaption_{key}")
        self.caption.setProperty("role", "tileCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, alert: bool = False, tip: str = "") -> None:
        self.value.setText(text)
        self.value.setProperty("alert", "true" if alert else "false")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.setToolTip(tip)


class ReportPreview(QWidget):
    """Title and "as of" line, the headline tiles, and the tables in tabs; re-labelled by its window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="reportPreview")
        self.report: Report | None = None
        self._build_ui()
        self.retranslate()

    def _build_ui(self) -> None:
        self.setStyleSheet(TILE_STYLE)
        self.title = QLabel(objectName="reportTitle")
        self.title.setProperty("role", "paneTitle")
        self.info = QLabel(objectName="reportInfo")
        self.info.setWordWrap(True)
        self.masked_note = QLabel(objectName="reportMaskedNote")
        self.masked_note.setStyleSheet("color: #8a4b00;")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(16)
        heading.addWidget(self.info, 1)
        heading.addWidget(self.masked_note)
        self.tiles = {key: Tile(key) for key in TILE_KEYS}
        tiles = QHBoxLayout()
        tiles.setSpacing(6)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.placeholder = QLabel(objectName="reportPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #607d8b; font-size: 13pt;")
        self.tabs = QTabWidget(objectName="reportTabs")
        self.models = {key: ReportTableModel(key, self) for key in TABLE_KEYS}
        self.views = {key: _table_view(key, self.models[key]) for key in TABLE_KEYS}
        for key in TABLE_KEYS:
            self.tabs.addTab(self.views[key], "")
        self.tabs.hide()
        # Tables of tabs not shown yet, filled when their tab is chosen: laying out nine tables at once
        # held the window for a frame or more when a year's report arrived.
        self._pending: dict[str, tuple] = {}
        self.tabs.currentChanged.connect(lambda i: self._fill(TABLE_KEYS[i]) if 0 <= i < len(TABLE_KEYS) else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(tiles)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        captions = {
            "accepted": self.tr("Affairs accepted"), "on_the_spot": self.tr("Handled on the spot"),
            "transferred": self.tr("Transferred"), "completed": self.tr("Affairs completed"),
            "on_time_rate": self.tr("On-time rate"), "overdue": self.tr("Overdue affairs"),
            "once_only_share": self.tr("Came only once"), "satisfaction": self.tr("Satisfaction (1–5)"),
            "average_wait": self.tr("Average wait (min)"),
        }
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
        self.placeholder.setText(self.tr("No report yet: choose a range and press Generate (F5)."))
        self.masked_note.setText(self.tr("ID numbers and phones masked"))
        self.show_report(self.report)  # the tables are written in the language of the moment

    def show_report(self, report: Report | None) -> None:
        self.report = report
        if report is None:
            self.title.setText(self.tr("Report"))
            self.info.setText("")
            self.masked_note.hide()
            for tile in self.tiles.values():
                tile.set_value("—")
            self._pending.clear()
            for model in self.models.values():
                model.clear()
            self.tabs.hide()
            self.placeholder.show()
            return
        from app.printing.report_tables import Rate, report_tables, report_title

        lang = LANGUAGE.code
        self.title.setText(report_title(report, lang))
        self.info.setText(self.tr("Overdue as of %1 · generated %2 by %3").replace(
            "%1", date_text(report.as_of)).replace("%2", datetime_text(report.generated_at)).replace(
            "%3", report.generated_by))
        self.masked_note.setVisible(report.masked)
        t, sat = report.totals, report.satisfaction

        def rate(value: float | None) -> str:
            return cell_text(None if value is None else Rate(value), lang)

        self.tiles["accepted"].set_value(number_text(t.accepted))
        self.tiles["on_the_spot"].set_value(number_text(t.on_the_spot))
        self.tiles["transferred"].set_value(number_text(t.transferred))
        self.tiles["completed"].set_value(number_text(t.completed))
        self.tiles["on_time_rate"].set_value(rate(t.on_time_rate), tip=self.tr("%1 of %2 with a committed date")
                                             .replace("%1", str(t.completed_on_time))
                                             .replace("%2", str(t.completed_with_deadline)))
        self.tiles["overdue"].set_value(number_text(t.overdue), alert=t.overdue > 0)
        self.tiles["once_only_share"].set_value(rate(t.once_only_share), tip=self.tr("%1 of %2 accepted")
                                                .replace("%1", str(t.once_only)).replace("%2", str(t.accepted)))
        self.tiles["satisfaction"].set_value(cell_text(sat.average, lang), tip=self.tr("%1 rated, %2 unrated")
                                             .replace("%1", str(sat.rated)).replace("%2", str(sat.unrated)))
        self.tiles["average_wait"].set_value(cell_text(report.tickets.average_wait_minutes, lang),
                                             tip=self.tr("%1 tickets issued, %2 served")
                                             .replace("%1", str(report.tickets.issued))
                                             .replace("%2", str(report.tickets.served)))
        current = TABLE_KEYS[max(0, self.tabs.currentIndex())]
        self._pending.clear()
        for table in report_tables(report, lang):
            self._pending[table.key] = (table, lang)
            if table.key == current:
                self._fill(table.key)
            title = table.title
            if table.key == "overdue":
                title = f"{title} ({len(table.rows)})"
            self.tabs.setTabText(TABLE_KEYS.index(table.key), title)
        self.placeholder.hide()
        self.tabs.show()

    def _fill(self, key: str) -> None:
        pending = self._pending.pop(key, None)
        if pending is not None:
            self.models[key].set_table(*pending)

    def table(self, key: str) -> ReportTableModel:
        self._fill(key)
        return self.models[key]
