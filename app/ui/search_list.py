"""What the resident and affair-type panes share: a search box driving a results table."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from .models import RowsModel


def setup_results_table(view: QTableView, model: RowsModel, stretch_column: int | None = None) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # arrows move between rows; Tab goes on to the next control, not the next cell
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    # Size columns from the first rows only: measuring all 149 types on every keystroke cost 0.2 s.
    header.setResizeContentsPrecision(30)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)


class ArrowKeysMoveHighlight(QObject):
    """Up/Down in the search box move the highlighted row while the caret stays in the box,
    so a worker can type, adjust the choice and press Enter without reaching for the mouse."""

    def __init__(self, search: QLineEdit, view: QTableView):
        super().__init__(search)
        self.view = view
        search.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            return False
        rows = self.view.model().rowCount()
        if not rows:
            return False
        row = self.view.currentIndex().row()
        row = min(rows - 1, row + 1) if event.key() == Qt.Key.Key_Down else max(0, row - 1)
        self.view.selectRow(row)
        return True
