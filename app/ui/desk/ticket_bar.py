"""Top of the desk's left pane: the queue ticket this desk is serving, and calling the next one."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import tickets
from app.services.context import ServiceContext
from app.services.errors import DomainError, PermissionDenied
from app.services.reception_dto import TicketInfo

from ..chrome import press_buttons_on_enter
from ..feedback import error_text
from ..reception.labels import PRIORITY_LABELS, label

WAITING_REFRESH_MS = 15_000
STYLE = """
QFrame#ticketBar { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; }
QLabel#ticketCode { font-size: 18pt; font-weight: bold; color: #0d3b66; }
QLabel#ticketCode[priority="true"] { color: #1b5e20; }
QLabel#ticketInfo { font-size: 13pt; }
QPushButton#callNextButton { padding: 4px 10px; }
QFrame#ticketBar QPushButton { padding: 4px 6px; }
"""


class TicketBar(QFrame):
    """Calls through tickets.*; the desk reacts to `called` (open the resident) and `released`."""

    called = Signal(object)    # TicketInfo now at this desk
    released = Signal(object)  # TicketInfo skipped or done
    message = Signal(str, bool)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: TicketInfo | None = None
        self.waiting: tuple[int, int] | None = None
        self.available = True
        self._build_ui()
        self.retranslate()
        self._wire()
        self.load_current()

    def _build_ui(self) -> None:
        self.setObjectName("ticketBar")
        self.setStyleSheet(STYLE)
        self.title = QLabel(objectName="ticketTitle")
        self.code = QLabel(objectName="ticketCode")
        self.info = QLabel(objectName="ticketInfo")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)  # large font: the ticket's details take two lines, not a wider pane
        self.waiting_label = QLabel(objectName="ticketWaiting")
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.code)
        top.addWidget(self.info, 1)
        top.addWidget(self.waiting_label)
        self.call_button = QPushButton(objectName="callNextButton")
        self.call_button.setProperty("role", "primary")
        self.recall_button = QPushButton(objectName="recallButton")
        self.skip_button = QPushButton(objectName="skipTicketButton")
        self.done_button = QPushButton(objectName="doneTicketButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.recall_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.timer = QTimer(self, objectName="ticketBarTimer")
        self.timer.setInterval(WAITING_REFRESH_MS)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Queue:"))
        self.call_button.setText(self.tr("Call next (F12)"))
        self.recall_button.setText(self.tr("Recall (Shift+F12)"))
        self.recall_button.setToolTip(self.tr("Call the same ticket again on the waiting-area display"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("The resident did not come: the ticket is passed over"))
        self.done_button.setText(self.tr("Finish"))
        self.done_button.setToolTip(self.tr("This resident is served; the desk is free"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.call_button.clicked.connect(self.call_next)
        self.recall_button.clicked.connect(self.recall)
        self.skip_button.clicked.connect(self.skip)
        self.done_button.clicked.connect(self.finish)
        self.timer.timeout.connect(self.refresh_waiting)
        press_buttons_on_enter(self.call_button, self.recall_button, self.skip_button, self.done_button)

    # -- behaviour ----------------------------------------------------------

    def load_current(self) -> TicketInfo | None:
        """The ticket this desk was serving, e.g. after the program was restarted."""
        try:
            self.current = tickets.current(self.ctx)
        except PermissionDenied:
            # A role without reception work: no queue at this desk.
            self.available = False
            self.hide()
            return None
        except DomainError as err:
            self.message.emit(error_text(err), False)
        self.refresh_waiting()
        self.timer.start()
        return self.current

    def refresh_waiting(self) -> None:
        if not self.available:
            return
        try:
            board = tickets.board(self.ctx, limit=1)
        except DomainError:
            self.waiting = None
        else:
            self.waiting = (board.waiting, board.priority_waiting)
        self._render()

    def call_next(self) -> TicketInfo | None:
        if not self.available:
            return None
        try:
            ticket = tickets.call_next(self.ctx)
        except DomainError as err:
            self.message.emit(error_text(err), False)
            return None
        self.current = ticket
        self.refresh_waiting()
        if ticket is None:
            self.message.emit(self.tr("Nobody is waiting"), True)
            return None
        self.called.emit(ticket)
        return ticket

    def recall(self) -> TicketInfo | None:
        if not self.available or self.current is None:
            return None
        try:
            again = tickets.recall(self.ctx, self.current.id)
            self.current = again if isinstance(again, TicketInfo) else tickets.current(self.ctx)
        except DomainError as err:
            self.message.emit(error_text(err), False)
            return None
        self._render()
        if self.current is not None:
            self.message.emit(self.tr("%1 called again").replace("%1", self.current.code), True)
        return self.current

    def skip(self) -> None:
        self._release(tickets.skip, self.tr("%1 skipped"))

    def finish(self) -> None:
        self._release(tickets.finish, self.tr("%1 done"))

    def _release(self, service, text: str) -> None:
        ticket = self.current
        if not self.available or ticket is None:
            return
        try:
            released = service(self.ctx, ticket.id)
        except DomainError as err:
            self.message.emit(error_text(err), False)
            return
        self.current = None
        self.refresh_waiting()
        self.released.emit(released)  # the desk may clear itself first; the message stays
        self.message.emit(text.replace("%1", ticket.code), True)

    def _render(self) -> None:
        t = self.current
        has = t is not None
        for b in (self.recall_button, self.skip_button, self.done_button):
            b.setEnabled(has)
        self.code.setProperty("priority", bool(t and t.priority))
        self.code.style().unpolish(self.code)
        self.code.style().polish(self.code)
        if t is None:
            self.code.setText("—")
            idle = self.tr("No ticket at this desk")
            self.info.setText(f"<i>{idle}</i>")
        else:
            self.code.setText(t.code)
            parts = [t.masked_name or self.tr("no name")]
            if t.priority_reason:
                parts.append(f"<span style='color:#1b5e20'>{label(PRIORITY_LABELS, t.priority_reason)}</span>")
            if t.calls > 1:
                parts.append(self.tr("called %1×").replace("%1", str(t.calls)))
            self.info.setText(" · ".join(parts))
        if self.waiting is None:
            self.waiting_label.setText("")
        else:
            self.waiting_label.setText(self.tr("Waiting %1 · green %2").replace(
                "%1", str(self.waiting[0])).replace("%2", str(self.waiting[1])))
