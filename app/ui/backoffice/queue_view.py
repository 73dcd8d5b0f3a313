"""Left pane: the filter bar and the queue of open affairs to transfer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from app.services import catalogue, queue, station
from app.services.backoffice_dto import QueueFilter, QueueResult, QueueRow
from app.services.context import ServiceContext
from app.services.deadlines import DEADLINE_LABELS, DEADLINE_STATES, OVERDUE
from app.services.errors import DomainError
from app.services.lifecycle import OPEN_STATES, STATE_LABELS

from ..feedback import error_text
from ..formats import date_text, short_datetime_text
from ..i18n import LANGUAGE, pair
from .common import DEADLINE_COLORS, SEVERITY, SORT_ROLE, URGENT_COLOR, Cell, TableModel, deadline_label, label

NO_DATE = 99999999  # undated affairs sort after every committed date


class QueueView(QWidget):
    """Emits `affair_selected(id)` (0 when nothing is selected) and `message(text)` on a refusal."""

    AFFAIR_COLUMN, PARTNERS_COLUMN = 3, 7

    affair_selected = Signal(int)
    loaded = Signal(object)  # QueueResult
    message = Signal(str)

    def __init__(self, ctx: ServiceContext, station_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station_id = station_id
        self.result: QueueResult | None = None
        self._build_ui()
        self._load_choices()
        self.retranslate()
        self._wire()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("queueView")
        self.title = QLabel(objectName="queueTitle")
        self.title.setProperty("role", "paneTitle")
        self.category = QComboBox(objectName="filterCategory")
        self.partner = QComboBox(objectName="filterPartner")
        self.worker = QComboBox(objectName="filterWorker")
        self.state = QComboBox(objectName="filterState")
        self.deadline = QComboBox(objectName="filterDeadline")
        for combo, width in ((self.category, 6), (self.partner, 8), (self.worker, 5), (self.state, 5),
                             (self.deadline, 5)):
            # Long English names must not push the queue past a 1366-pixel screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(width)
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.partner.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.clear_button = QPushButton(objectName="clearFiltersButton")
        self.filter_label = QLabel(objectName="filterLabel")
        self.filter_label.setBuddy(self.category)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self.filter_label)
        for combo, stretch in ((self.category, 2), (self.partner, 3), (self.worker, 2), (self.state, 2),
                               (self.deadline, 2)):
            bar.addWidget(combo, stretch)
        # Beside the title, not the filters: the filter row must fit a 1366-pixel screen in large font too.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.clear_button)
        # The brief's columns, ordered so what the deputy acts on fits without scrolling sideways.
        self.model = TableModel([
            Cell(lambda: self.tr("Urgent"), lambda r: self.tr("Urgent") if r.urgent else "",
                 lambda r: URGENT_COLOR, key=lambda r: int(r.urgent), center=True),
            Cell(lambda: self.tr("Deadline"), lambda r: deadline_label(r.deadline),
                 key=lambda r: (len(DEADLINE_STATES) - SEVERITY[r.deadline]) * 1000 + r.days_overdue,
                 background=lambda r: DEADLINE_COLORS.get(r.deadline)),
            Cell(lambda: self.tr("Number"), lambda r: r.number,
                 lambda r: "#8a1c12" if r.deadline == OVERDUE else None),
            Cell(lambda: self.tr("Affair"), lambda r: LANGUAGE.pick(r.type_name_zh, r.type_name_en)),
            Cell(lambda: self.tr("Resident"), lambda r: r.resident_name),
            Cell(lambda: self.tr("State"), lambda r: label(STATE_LABELS, r.state),
                 key=lambda r: OPEN_STATES.index(r.state) if r.state in OPEN_STATES else 9),
            Cell(lambda: self.tr("Promised"), lambda r: date_text(r.committed_date, "—"),
                 key=lambda r: r.committed_date.toordinal() if r.committed_date else NO_DATE),
            Cell(lambda: self.tr("Departments / partners"), self.partner_names),
            Cell(lambda: self.tr("Urges"), lambda r: r.urge_count or "", key=lambda r: r.urge_count, center=True),
            Cell(lambda: self.tr("Worker"), lambda r: r.worker_name),
            Cell(lambda: self.tr("Accepted"), lambda r: short_datetime_text(r.accepted_at),
                 key=lambda r: r.accepted_at.isoformat()),
            Cell(lambda: self.tr("Phone"), lambda r: r.phone_masked),
        ], self)
        self.proxy = QSortFilterProxyModel(self, objectName="queueProxy")
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView(objectName="queueTable")
        self.table.setModel(self.proxy)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)
        header.setStretchLastSection(True)
        # Type and partner names run long: a fixed share, elided, the full text in the tooltip.
        for column, width in ((self.AFFAIR_COLUMN, 150), (self.PARTNERS_COLUMN, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
        self.table.setSortingEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _load_choices(self) -> None:
        try:
            self.categories = catalogue.list_categories(self.ctx)
            self.partners = catalogue.list_partners(self.ctx)
            self.staff = station.list_staff(self.ctx, self.station_id)
        except DomainError as err:
            self.categories, self.partners, self.staff = [], [], []
            self.message.emit(error_text(err))
        self.partner_by_code = {p.code: p for p in self.partners}
        for combo, data in ((self.category, [c.code for c in self.categories]),
                            (self.partner, [p.code for p in self.partners]),
                            (self.worker, [m.id for m in self.staff]),
                            (self.state, list(OPEN_STATES)),
                            (self.deadline, list(DEADLINE_STATES))):
            combo.blockSignals(True)
            combo.addItem("", "" if combo is not self.worker else 0)  # "all"; a None item data trips PySide
            for value in data:
                combo.addItem("", value)
            combo.blockSignals(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Affairs to transfer"))
        self.filter_label.setText(self.tr("&Filter"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every open affair again, in the order of urgency"))
        self.partner.lineEdit().setPlaceholderText(self.tr("Type a department or partner"))
        self.partner.setToolTip(self.tr("Department or partner: type part of the name"))
        firsts = (self.tr("All categories"), self.tr("All handlers"), self.tr("All workers"),
                  self.tr("All states"), self.tr("All deadlines"))
        names = ([pair((c.name_zh, c.name_en)) for c in self.categories],
                 [pair((p.name_zh, p.name_en)) for p in self.partners],
                 [m.name for m in self.staff],
                 [label(STATE_LABELS, s) for s in OPEN_STATES],
                 [pair(DEADLINE_LABELS[s]) for s in DEADLINE_STATES])
        for combo, first, texts in zip(self.combos(), firsts, names):
            combo.blockSignals(True)
            combo.setItemText(0, first)
            for i, text in enumerate(texts, start=1):
                combo.setItemText(i, text)
            combo.blockSignals(False)
        for i, p in enumerate(self.partners, start=1):
            self.partner.setItemData(i, p.code, Qt.ItemDataRole.ToolTipRole)
        self._show_partner_text(self.partner.currentIndex())
        for combo in self.combos():
            # The closed combo may elide; the open list shows every name in full.
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        for combo in self.combos():
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.partner.lineEdit().editingFinished.connect(self._partner_typed)
        self.clear_button.clicked.connect(self.clear_filters)
        # Selection, not the current index: views move the current index before they select the row.
        self.table.selectionModel().selectionChanged.connect(self._selected)

    def combos(self) -> tuple[QComboBox, ...]:
        return self.category, self.partner, self.worker, self.state, self.deadline

    # -- behaviour ----------------------------------------------------------

    def _partner_typed(self) -> None:
        # Text that names no partner falls back to the current choice; an empty box means all.
        text = self.partner.lineEdit().text().strip()
        index = 0 if not text else self.partner.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.partner.currentIndex()
        self.partner.setCurrentIndex(index)
        self._show_partner_text(index)

    def _show_partner_text(self, index: int) -> None:
        self.partner.lineEdit().setText(self.partner.itemText(index))
        self.partner.lineEdit().setCursorPosition(0)

    def current_filter(self) -> QueueFilter:
        return QueueFilter(
            category_code=self.category.currentData() or "", partner_code=self.partner.currentData() or "",
            worker_id=self.worker.currentData() or None, state=self.state.currentData() or "",
            deadline=self.deadline.currentData() or "",
        )

    def set_deadline_filter(self, state: str) -> None:
        self.deadline.setCurrentIndex(max(0, self.deadline.findData(state)))

    def clear_filters(self) -> None:
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._show_partner_text(0)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.reload()

    def reload(self, keep_id: int | None = None) -> QueueResult | None:
        """Query again with the current filter; the selected affair stays selected if still listed."""
        keep = keep_id if keep_id is not None else self.selected_id()
        try:
            self.result = queue.queue(self.ctx, self.current_filter())
        except DomainError as err:
            self.message.emit(error_text(err))
            return None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(self.result.rows)
        self.table.selectionModel().blockSignals(False)
        if keep:
            self.select(keep)
        self.loaded.emit(self.result)
        return self.result

    def select(self, affair_id: int) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.id == affair_id:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def partner_names(self, r: QueueRow) -> str:
        """In the desk's language: the catalogue carries both names, the row only the Chinese."""
        by_code = self.partner_by_code
        names = [pair((by_code[c].name_zh, by_code[c].name_en)) if c in by_code else name
                 for c, name in zip(r.partner_codes, r.partners)]
        return LANGUAGE.pick("、", ", ").join(names)

    def selected_row(self) -> QueueRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def selected_id(self) -> int:
        row = self.selected_row()
        return row.id if row else 0

    def visible_rows(self) -> list[QueueRow]:
        """The rows in the order the worker sees them (after sorting)."""
        return [self.model.row(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
                for i in range(self.proxy.rowCount())]

    def _selected(self, *_args) -> None:
        self.affair_selected.emit(self.selected_id())
