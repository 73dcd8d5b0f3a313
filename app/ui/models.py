"""Read-only Qt table models over lists of the services' plain dataclasses."""
from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor


class Column:
    def __init__(self, header: Callable[[], str], value: Callable[[Any], Any],
                 color: Callable[[Any], str | None] | None = None):
        self.header, self.value, self.color = header, value, color


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class RowsModel(QAbstractTableModel):
    """The cells' texts and colours are worked out once per set of rows: a view asks for each cell
    about eight times (once per role) on every layout and paint, which on a search list refreshed
    at each keystroke made the Python calls most of the keystroke's time."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._cells: list[list[Any]] | None = None
        self._brushes: list[list[QBrush | None]] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = self._brushes = None
        self.endResetModel()

    def _fill(self) -> None:
        self._cells = [[col.value(item) for col in self.columns] for item in self.rows]
        colored = [(i, col.color) for i, col in enumerate(self.columns) if col.color]
        brushes: list[list[QBrush | None]] = []
        made: dict[str, QBrush] = {}
        for item in self.rows:
            line: list[QBrush | None] = [None] * len(self.columns)
            for i, color in colored:
                name = color(item)
                if name:
                    line[i] = made.get(name) or made.setdefault(name, QBrush(QColor(name)))
            brushes.append(line)
        self._brushes = brushes

    def row(self, index: int) -> Any:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY and role != _FOREGROUND and role != _TOOLTIP:
            return None
        if not index.isValid():
            return None
        if self._cells is None:
            self._fill()
        if role == _DISPLAY:
            return self._cells[index.row()][index.column()]
        if role == _FOREGROUND:
            return self._brushes[index.row()][index.column()]
        return str(self._cells[index.row()][index.column()])

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header()
        return None

    def relabel(self) -> None:
        self._cells = self._brushes = None  # values may be in the language just chosen
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
