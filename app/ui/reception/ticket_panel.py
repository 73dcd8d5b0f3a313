"""Right pane of reception: a queue ticket for whoever walks in, with or without a name."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import tickets
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.reception_dto import Board, TicketInfo

from ..chrome import press_buttons_on_enter
from ..feedback import error_text
from ..visits.pickers import ResidentPicker
from .labels import PRIORITY_LABELS, label

GREEN = "#1b5e20"
QUEUE_REFRESH_MS = 20_000  # the desks call meanwhile; the counts need not be to the second


class TicketPanel(QWidget):
    """Emits `issue_requested` on F2 or the button; the window issues, prints and calls show_ticket."""

    issue_requested = Signal()
    message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last: TicketInfo | None = None
        self.board: Board | None = None
        self._build_ui()
        self.retranslate()
        self._wire()

    def _build_ui(self) -> None:
        self.setObjectName("ticketPanel")
        self.title = QLabel(objectName="walkInTitle")
        self.title.setProperty("role", "paneTitle")
        self.hint = QLabel(objectName="walkInHint")
        self.hint.setWordWrap(True)
        self.resident = ResidentPicker(self.ctx, self)
        self.resident.results.setMinimumHeight(90)
        self.clear_button = QPushButton(objectName="walkInClearResident")
        self.pregnant = QCheckBox(objectName="walkInPregnant")
        self.issue_button = QPushButton(objectName="issueTicketButton")
        self.issue_button.setProperty("role", "primary")
        row = QHBoxLayout()
        row.addWidget(self.pregnant, 1)
        row.addWidget(self.clear_button)
        self.issued_code = QLabel(objectName="issuedTicketCode")
        self.issued_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.issued_code.setStyleSheet("font-size: 44pt; font-weight: bold; color: #0d3b66;")
        self.issued_info = QLabel(objectName="issuedTicketInfo")
        self.issued_info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.issued_info.setWordWrap(True)
        self.queue_status = QLabel(objectName="queueStatus")
        self.queue_status.setProperty("role", "card")
        self.queue_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.resident, 1)
        layout.addLayout(row)
        layout.addWidget(self.issue_button)
        layout.addWidget(self.issued_code)
        layout.addWidget(self.issued_info)
        layout.addStretch(0)
        layout.addWidget(self.queue_status)
        self.timer = QTimer(self, objectName="queueStatusTimer")
        self.timer.setInterval(QUEUE_REFRESH_MS)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Walk-in ticket  (F2)"))
        self.hint.setText(self.tr("A name is optional; residents aged 80+ and disabled residents "
                                  "get the green channel by themselves."))
        self.clear_button.setText(self.tr("No name"))
        self.clear_button.setToolTip(self.tr("Issue the ticket without a resident"))
        self.pregnant.setText(self.tr("Pregnant (green channel)"))
        self.issue_button.setText(self.tr("Issue ticket (F2)"))
        self.resident.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.issue_button.clicked.connect(self.issue_requested)
        self.clear_button.clicked.connect(self.clear_resident)
        self.resident.chosen.connect(lambda _r: self.issue_button.setFocus())
        self.resident.message.connect(self.message)
        self.timer.timeout.connect(self.refresh_queue)
        press_buttons_on_enter(self.issue_button, self.clear_button)

    def resident_id(self) -> int | None:
        return self.resident.current.id if self.resident.current else None

    def priority_reason(self) -> str:
        return "pregnant" if self.pregnant.isChecked() else ""

    def clear_resident(self) -> None:
        self.resident.current = None
        self.resident.search.clear()
        self.resident.model.set_rows([])
        self.resident.retranslate()
        self.resident.search.setFocus()

    def reset(self) -> None:
        """After a ticket: the next person in the line starts from nothing."""
        self.clear_resident()
        self.pregnant.setChecked(False)

    def show_ticket(self, t: TicketInfo) -> None:
        self.last = t
        self._render()

    def refresh_queue(self) -> Board | None:
        self.timer.start()
        try:
            self.board = tickets.board(self.ctx)
        except DomainError as err:
            self.message.emit(error_text(err))
            return None
        self._render()
        return self.board

    def _render(self) -> None:
        t = self.last
        if t is None:
            self.issued_code.setText("—")
            self.issued_info.setText(self.tr("No ticket issued yet"))
        else:
            self.issued_code.setText(t.code)
            color = f"color:{GREEN}; font-weight:bold" if t.priority else ""
            reason = label(PRIORITY_LABELS, t.priority_reason) if t.priority_reason else self.tr("ordinary")
            who = t.masked_name or self.tr("no name")
            wait = self.tr("%1 waiting ahead · about %2 min").replace("%1", str(t.waiting_ahead)).replace(
                "%2", str(t.estimated_wait_minutes))
            self.issued_info.setText(f"<span style='{color}'>{reason}</span> · {who}<br>{wait}")
        b = self.board
        if b is None:
            self.queue_status.setText("")
            return
        self.queue_status.setText(self.tr("Waiting: %1 · green channel: %2").replace(
            "%1", str(b.waiting)).replace("%2", str(b.priority_waiting)))
