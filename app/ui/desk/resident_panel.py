"""Left pane: find or register the resident standing at the desk."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services import acceptance, residents
from app.services.context import ServiceContext
from app.services.dto import AffairSummary, ResidentDetail, ResidentSummary
from app.services.errors import DomainError
from app.services.lifecycle import STATE_LABELS
from app.services.permissions import Perm, allowed
from app.services.residents import TAG_LABELS, FullNumbers

from ..chrome import window_shortcut
from ..feedback import error_text
from ..i18n import LANGUAGE, pair
from ..models import Column, RowsModel
from ..search_list import ArrowKeysMoveHighlight, setup_results_table

SEARCH_DELAY_MS = 60  # fast typists: search once they pause, not on every letter
REVEAL_MS = 30_000  # full numbers stay on screen this long: the desk faces an open hall


def _gender(g: str) -> str:
    return pair(("男", "M") if g == "male" else ("女", "F") if g == "female" else ("", ""))


def tags_text(tags) -> str:
    return " ".join(pair(TAG_LABELS.get(t, (t, t))) for t in tags)


class ResidentPanel(QWidget):
    resident_chosen = Signal(object)      # ResidentDetail
    resume_requested = Signal(object)     # AffairSummary awaiting materials
    register_requested = Signal(str)      # the text typed so far
    timeline_requested = Signal(int)      # resident id: every affair and visit of theirs
    message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: ResidentDetail | None = None
        self.revealed: FullNumbers | None = None
        self.revealed_for: int | None = None  # the resident whose numbers `revealed` holds
        self._build_ui()
        self.retranslate()
        self._wire()

    def _build_ui(self) -> None:
        self.setObjectName("residentPanel")
        self.title = QLabel(objectName="residentTitle")
        self.title.setProperty("role", "paneTitle")
        self.search = QLineEdit(objectName="residentSearch")
        self.search.setClearButtonEnabled(True)
        self.register_button = QPushButton(objectName="registerResidentButton")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.register_button)
        self.results_model = RowsModel([
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Sex/Age"), lambda r: f"{_gender(r.gender)} {r.age if r.age is not None else ''}"),
            Column(lambda: self.tr("Document"), lambda r: r.id_masked),
            Column(lambda: self.tr("Phone"), lambda r: r.phone_masked),
            Column(lambda: self.tr("Address"), lambda r: r.address),
            Column(lambda: self.tr("Tags"), lambda r: tags_text(r.tags), lambda r: "#8a4b00" if r.tags else None),
        ], self)
        self.results = QTableView(objectName="residentResults")
        setup_results_table(self.results, self.results_model)
        self.card = QLabel(objectName="residentCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setMinimumHeight(90)
        self.affairs_title = QLabel(objectName="residentAffairsTitle")
        self.affairs_title.setWordWrap(True)
        self.history_button = QPushButton(objectName="residentHistoryButton")
        self.history_button.setEnabled(False)
        self.reveal_button = QPushButton(objectName="residentRevealButton")
        self.reveal_button.setEnabled(False)
        self.may_reveal = bool(self.ctx.actor and allowed(self.ctx.actor.role, Perm.VIEW_FULL_ID))
        self.reveal_button.setVisible(self.may_reveal)
        self.reveal_timer = QTimer(self, objectName="residentRevealTimer")
        self.reveal_timer.setSingleShot(True)
        self.reveal_timer.setInterval(REVEAL_MS)
        self.affairs_model = RowsModel([
            Column(lambda: self.tr("Number"), lambda a: a.number),
            Column(lambda: self.tr("Affair"), lambda a: LANGUAGE.pick(a.type_name_zh, a.type_name_en)),
            Column(lambda: self.tr("State"), lambda a: pair(STATE_LABELS.get(a.state, (a.state, a.state))),
                   lambda a: "#b00020" if a.state == "awaiting_materials" else None),
            Column(lambda: self.tr("Visits"), lambda a: a.visits),
        ], self)
        self.affairs = QTableView(objectName="residentAffairs")
        setup_results_table(self.affairs, self.affairs_model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.results, 3)
        layout.addWidget(self.card)
        # A row of its own under the card: only roles that may reveal have the button, and the rows
        # around it keep their width.
        reveal_row = QHBoxLayout()
        reveal_row.addStretch(1)
        reveal_row.addWidget(self.reveal_button)
        layout.addLayout(reveal_row)
        history_row = QHBoxLayout()
        history_row.addWidget(self.affairs_title, 1)
        history_row.addWidget(self.history_button)
        layout.addLayout(history_row)
        layout.addWidget(self.affairs, 2)
        self.timer = QTimer(self, objectName="residentSearchTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)

    def retranslate(self) -> None:
        self.title.setText(self.tr("① Resident  (F3)"))
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, ID number or phone"))
        self.register_button.setText(self.tr("Register (F2)"))
        self.register_button.setToolTip(self.tr("Register a resident who is not found"))
        self.affairs_title.setText(self.tr("This resident's affairs — Enter on one awaiting materials to continue it"))
        self.results_model.relabel()
        self.affairs_model.relabel()
        self.history_button.setText(self.tr("History (Ctrl+H)"))
        self.reveal_button.setText(self.tr("Show full number (Ctrl+Shift+R)"))
        self.reveal_button.setToolTip(self.tr("Shows the full ID number and phone for 30 seconds; each time is logged"))
        self._render_card()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(self.run_search)
        self.search.returnPressed.connect(self._choose_from_search)
        self.register_button.clicked.connect(lambda: self.register_requested.emit(self.search.text().strip()))
        self.results.activated.connect(lambda idx: self.choose(self.results_model.row(idx.row()).id))
        self.affairs.activated.connect(self._resume)
        self.history_button.clicked.connect(self.request_history)
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_timer.timeout.connect(self.mask)
        if self.may_reveal:
            window_shortcut(self, "Ctrl+Shift+R", self.reveal, "shortcutRevealFull")
        ArrowKeysMoveHighlight(self.search, self.results)

    # -- behaviour ----------------------------------------------------------

    def run_search(self) -> list[ResidentSummary]:
        self.timer.stop()
        try:
            rows = residents.search(self.ctx, self.search.text())
        except DomainError as err:
            self.message.emit(err.text(LANGUAGE.code))
            return []
        self.results_model.set_rows(rows)
        if rows:
            self.results.selectRow(0)
        return rows

    def _choose_from_search(self) -> None:
        if self.timer.isActive() or not self.results_model.rowCount():
            self.run_search()
        index = self.results.currentIndex()
        row = self.results_model.row(index.row() if index.isValid() else 0)
        if row is not None:
            self.choose(row.id)
        elif self.search.text().strip():
            self.message.emit(self.tr("No resident found — press F2 to register"))

    def choose(self, resident_id: int) -> None:
        try:
            self.current = residents.get(self.ctx, resident_id)
            affairs = acceptance.resident_affairs(self.ctx, resident_id, limit=20)
        except DomainError as err:
            self.message.emit(err.text(LANGUAGE.code))
            return
        self.affairs_model.set_rows(affairs)
        self.revealed = None
        self.reveal_timer.stop()
        self._render_card()
        self.history_button.setEnabled(True)
        self.reveal_button.setEnabled(True)
        self.resident_chosen.emit(self.current)

    def request_history(self) -> None:
        if self.current:
            self.timeline_requested.emit(self.current.id)

    def reveal(self) -> FullNumbers | None:
        """The full ID number and phone of the chosen resident, for REVEAL_MS; the service logs it."""
        if self.current is None or not self.may_reveal:
            return None
        try:
            self.revealed = residents.reveal(self.ctx, self.current.id)
            self.revealed_for = self.current.id
        except DomainError as err:
            self.message.emit(error_text(err))
            return None
        self.reveal_timer.start()
        self._render_card()
        return self.revealed

    def mask(self) -> None:
        self.reveal_timer.stop()
        self.revealed = None
        self._render_card()

    def refresh_affairs(self) -> None:
        if self.current:
            self.affairs_model.set_rows(acceptance.resident_affairs(self.ctx, self.current.id, limit=20))

    def _resume(self, index) -> None:
        affair: AffairSummary = self.affairs_model.row(index.row())
        if affair and affair.state == "awaiting_materials":
            self.resume_requested.emit(affair)

    def clear(self) -> None:
        self.current = None
        self.revealed = None
        self.reveal_timer.stop()
        self.history_button.setEnabled(False)
        self.reveal_button.setEnabled(False)
        self.search.clear()
        self.results_model.set_rows([])
        self.affairs_model.set_rows([])
        self._render_card()
        self.search.setFocus()

    def _render_card(self) -> None:
        r = self.current
        if r is None:
            none = self.tr("No resident chosen")
            self.card.setText(f"<i>{none}</i>")
            return
        members = "、".join(f"{m.name}" for m in r.household if m.id != r.id)
        age = "" if r.age is None else self.tr("%n years", "", r.age)
        document, phone, address, household = (
            self.tr("Document"), self.tr("Phone"), self.tr("Address"), self.tr("Household"))
        full = self.revealed if self.revealed is not None and self.revealed_for == r.id else None
        id_text = f"<b>{full.id_number}</b>" if full else r.id_masked
        phone_text = (f"<b>{full.phone}</b>" if full.phone else "—") if full else (r.phone_masked or "—")
        lines = [
            f"<b style='font-size:16pt'>{r.name}</b> &nbsp; {_gender(r.gender)} {age}",
            f"{document}: {id_text} &nbsp; {phone}: {phone_text}",
            f"{address}: {r.address or '—'}" + (f" &nbsp; {household}: {members}" if members else ""),
        ]
        if r.tags:
            lines.append(f"<span style='color:#8a4b00'>{tags_text(r.tags)}</span>")
        self.card.setText("<br>".join(lines))
