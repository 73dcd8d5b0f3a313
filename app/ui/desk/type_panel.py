"""Middle pane: pick the affair type, by search as you type or by category."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.services import catalogue
from app.services.context import ServiceContext
from app.services.dto import AffairTypeSummary
from app.services.errors import DomainError

from ..i18n import LANGUAGE, pair
from ..models import Column, RowsModel
from ..search_list import ArrowKeysMoveHighlight, setup_results_table

MODE_LABELS = {
    "on_the_spot": ("即办", "on the spot"),
    "collect_submit": ("代办上报", "collect & submit"),
    "transfer": ("转办", "transfer"),
}
MODE_COLORS = {"on_the_spot": "#1b5e20", "collect_submit": "#0d47a1", "transfer": "#6a1b9a"}


class TypePanel(QWidget):
    type_chosen = Signal(str)  # affair type code
    message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._build_ui()
        self._load_categories()
        self.retranslate()
        self._wire()
        self.run_search()

    def _build_ui(self) -> None:
        self.setObjectName("typePanel")
        self.title = QLabel(objectName="typeTitle")
        self.title.setProperty("role", "paneTitle")
        self.search = QLineEdit(objectName="typeSearch")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(objectName="categoryFilter")
        # Long English category names must not widen the whole desk past a 1366-pixel screen.
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(7)  # nor the large font
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.category, 2)  # short when it must be, its names in full when there is room
        self.model = RowsModel([
            Column(lambda: self.tr("Code"), lambda t: t.code),
            Column(lambda: self.tr("Affair type"), lambda t: LANGUAGE.pick(t.name_zh, t.name_en)),
            Column(lambda: self.tr("Handling"), lambda t: pair(MODE_LABELS[t.handling_mode]),
                   lambda t: MODE_COLORS.get(t.handling_mode)),
            Column(lambda: self.tr("Days"), lambda t: t.committed_days or "—"),
        ], self)
        self.results = QTableView(objectName="typeResults")
        setup_results_table(self.results, self.model, stretch_column=1)
        self.count = QLabel(objectName="typeCount")
        self.count.setWordWrap(True)  # large font: two lines rather than a wider pane
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.timer = QTimer(self, objectName="typeSearchTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(40)

    def _load_categories(self) -> None:
        try:
            self.categories = catalogue.list_categories(self.ctx)
        except DomainError as err:
            self.categories = []
            self.message.emit(err.text(LANGUAGE.code))
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("", None)
        for c in self.categories:
            self.category.addItem("", c.code)
        self.category.blockSignals(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("② Affair type  (F4)"))
        self.search.setPlaceholderText(self.tr("Name, code or pinyin initials (e.g. gl for 高龄)"))
        self.category.setItemText(0, self.tr("All categories"))
        for i, c in enumerate(self.categories, start=1):
            self.category.setItemText(i, f"{LANGUAGE.pick(c.name_zh, c.name_en)} ({c.type_count})")
        self.model.relabel()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(self.run_search)
        self.category.currentIndexChanged.connect(lambda _i: self.run_search())
        self.search.returnPressed.connect(self._choose_current)
        self.results.activated.connect(lambda idx: self._emit(self.model.row(idx.row())))
        ArrowKeysMoveHighlight(self.search, self.results)

    def run_search(self) -> list[AffairTypeSummary]:
        self.timer.stop()
        try:
            rows = catalogue.search_types(self.ctx, self.search.text(), self.category.currentData(), limit=200)
        except DomainError as err:
            self.message.emit(err.text(LANGUAGE.code))
            return []
        self.model.set_rows(rows)
        if rows:
            self.results.selectRow(0)
        self._update_count()
        return rows

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n type(s) — most used first", "", self.model.rowCount()))

    def _choose_current(self) -> None:
        if self.timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        self._emit(self.model.row(index.row() if index.isValid() else 0))

    def _emit(self, row: AffairTypeSummary | None) -> None:
        if row is not None:
            self.type_chosen.emit(row.code)

    def select_code(self, code: str) -> None:
        self.search.setText(code)
        self.run_search()
        self._choose_current()

    def clear(self) -> None:
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.run_search()
