"""Type-ahead pickers used inside the visit dialogs: a resident, an affair type.

Both swallow Enter in their search box: it chooses the highlighted row rather
than pressing the dialog's default button behind the worker's back."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.services import catalogue, residents
from app.services.context import ServiceContext
from app.services.dto import AffairTypeSummary, ResidentSummary
from app.services.errors import DomainError

from ..feedback import error_text
from ..i18n import LANGUAGE
from ..models import Column, RowsModel
from ..search_list import ArrowKeysMoveHighlight, setup_results_table

SEARCH_DELAY_MS = 60


class _Picker(QWidget):
    """A search box over a short results table; `chosen` carries the row picked with Enter or a click.
    Subclasses give columns(), find(text) and describe(row)."""

    chosen = Signal(object)
    message = Signal(str)

    def __init__(self, ctx: ServiceContext, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current = None
        self._name = name
        self._build_ui()
        self.retranslate()
        self._wire()

    def _build_ui(self) -> None:
        self.setObjectName(f"{self._name}Picker")
        self.search = QLineEdit(objectName=f"{self._name}PickerSearch")
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(self.columns(), self)
        self.results = QTableView(objectName=f"{self._name}PickerResults")
        setup_results_table(self.results, self.model)
        self.results.setMinimumHeight(110)
        self.chosen_label = QLabel(objectName=f"{self._name}PickerChosen")
        self.chosen_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.chosen_label)
        self.timer = QTimer(self, objectName=f"{self._name}PickerTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)

    def retranslate(self) -> None:
        self.model.relabel()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(self.run_search)
        self.results.activated.connect(lambda index: self.choose(self.model.row(index.row())))
        self.results.clicked.connect(lambda index: self.choose(self.model.row(index.row())))
        ArrowKeysMoveHighlight(self.search, self.results)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if obj is self.search:
                self.choose_from_search()
            else:
                index = self.results.currentIndex()
                if index.isValid():
                    self.choose(self.model.row(index.row()))
            return True
        return super().eventFilter(obj, event)

    def run_search(self) -> list:
        self.timer.stop()
        try:
            rows = self.find(self.search.text())
        except DomainError as err:
            self.message.emit(error_text(err))
            return []
        self.model.set_rows(rows)
        if rows:
            self.results.selectRow(0)
        return rows

    def choose_from_search(self) -> None:
        if self.timer.isActive() or not self.model.rowCount():
            self.run_search()
        index = self.results.currentIndex()
        row = self.model.row(index.row() if index.isValid() else 0)
        if row is not None:
            self.choose(row)

    def choose(self, row) -> None:
        if row is None:
            return
        self.current = row
        self._render()
        self.chosen.emit(row)

    def _render(self) -> None:
        # An empty line would only push the rest of the dialog down.
        self.chosen_label.setVisible(self.current is not None)
        if self.current is None:
            self.chosen_label.setText("")
            return
        self.chosen_label.setText(self.tr("Chosen: %1").replace("%1", self.describe(self.current)))


class ResidentPicker(_Picker):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, "resident", parent)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Resident: name, pinyin initials, ID number or phone"))
        super().retranslate()

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Age"), lambda r: "" if r.age is None else r.age),
            Column(lambda: self.tr("Address"), lambda r: r.address),
        ]

    def find(self, text: str) -> list[ResidentSummary]:
        return residents.search(self.ctx, text) if text.strip() else []

    def describe(self, r: ResidentSummary) -> str:
        return f"{r.name}  {r.address}"


class TypePicker(_Picker):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, "type", parent)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Affair type: name, code or pinyin initials"))
        super().retranslate()

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Code"), lambda t: t.code),
            Column(lambda: self.tr("Affair type"), lambda t: LANGUAGE.pick(t.name_zh, t.name_en)),
        ]

    def find(self, text: str) -> list[AffairTypeSummary]:
        return catalogue.search_types(self.ctx, text, limit=30)

    def describe(self, t: AffairTypeSummary) -> str:
        return f"{t.code} · {LANGUAGE.pick(t.name_zh, t.name_en)}"
