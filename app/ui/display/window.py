"""The waiting-area monitor (叫号屏): the ticket just called and its desk, the calls before it,
how many are waiting. It shows nobody's name but the masked one."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.services import tickets
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError
from app.services.reception_dto import Board, BoardEntry

from ..appearance import APPEARANCE, OWN_STYLE
from ..chrome import window_shortcut
from ..formats import date_text, time_text

POLL_MS = 2000
CLOCK_MS = 1000
FLASH_MS = 350
FLASHES = 8  # on/off toggles: four blinks, about three seconds
PREVIOUS = 4  # calls listed under the newest
DESIGN = (1920, 1080)  # sizes below are for this screen and scale with the window

BACKGROUND, PANEL, TEXT, DIM = "#0b1a2b", "#12263d", "#e8eef5", "#8fa6bf"
CODE, DESK, GREEN, FLASH = "#ffd54f", "#4fc3f7", "#66bb6a", "#8a6d00"
# High contrast (View menu of the desks): pure black, no dimmed text, panels edged in white; a flash edges in yellow.
COLOURS = {False: dict(BACKGROUND=BACKGROUND, PANEL=PANEL, TEXT=TEXT, DIM=DIM, CODE=CODE, DESK=DESK, GREEN=GREEN,
                       FLASH=FLASH, EDGE=PANEL, FLASH_EDGE=FLASH),
           True: dict(BACKGROUND="#000000", PANEL="#000000", TEXT="#ffffff", DIM="#ffffff", CODE="#ffff00",
                      DESK="#00ffff", GREEN="#00ff00", FLASH="#000000", EDGE="#ffffff", FLASH_EDGE="#ffff00")}


class WaitingDisplay(QWidget):
    def __init__(self, ctx: ServiceContext, station: StationInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.station = station
        self.board: Board | None = None
        self.version: str | None = None
        self.renders = 0  # boards drawn: a poll with an unchanged version draws nothing
        self.offline = False
        self._newest_key: tuple | None = None
        self._flashes_left = 0
        self._scale = 1.0
        self._build_ui()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self._apply_scale()
        self.tick_clock()
        self.refresh()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("waitingDisplay")
        self.setProperty(OWN_STYLE, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(1280, 720)
        self.station_label = QLabel(objectName="displayStation")
        self.clock = QLabel(objectName="displayClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.station_label, 1)
        header.addWidget(self.clock)

        self.call_frame = QFrame(objectName="displayCallFrame")
        self.call_frame.setProperty("flash", False)
        self.call = QLabel(objectName="displayCall")
        self.call.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call.setTextFormat(Qt.TextFormat.RichText)
        self.call_name = QLabel(objectName="displayCallName")
        self.call_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        call_layout = QVBoxLayout(self.call_frame)
        call_layout.addStretch(1)
        call_layout.addWidget(self.call)
        call_layout.addWidget(self.call_name)
        call_layout.addStretch(1)

        previous = QFrame(objectName="displayPreviousFrame")
        self.previous_title = QLabel(objectName="displayPreviousTitle")
        self.previous_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(0)
        for i in range(PREVIOUS):
            row = (QLabel(objectName=f"displayPreviousCode{i}"), QLabel(objectName=f"displayPreviousDesk{i}"),
                   QLabel(objectName=f"displayPreviousName{i}"))
            row[0].setProperty("role", "previousCode")
            row[1].setProperty("role", "previousDesk")
            row[2].setProperty("role", "previousName")
            for column, widget in enumerate(row):
                grid.addWidget(widget, i, column)
            self.previous_rows.append(row)
        grid.setColumnStretch(2, 1)
        previous_layout = QVBoxLayout(previous)
        previous_layout.addWidget(self.previous_title)
        previous_layout.addLayout(grid)
        previous_layout.addStretch(1)

        counts = QFrame(objectName="displayCountsFrame")
        self.waiting_title = QLabel(objectName="displayWaitingTitle")
        self.waiting = QLabel(objectName="displayWaiting")
        self.green_title = QLabel(objectName="displayGreenTitle")
        self.green = QLabel(objectName="displayGreenWaiting")
        for w in (self.waiting_title, self.waiting, self.green_title, self.green):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        counts_layout = QGridLayout(counts)
        counts_layout.setRowStretch(0, 1)
        counts_layout.addWidget(self.waiting_title, 1, 0)
        counts_layout.addWidget(self.waiting, 2, 0)
        counts_layout.addWidget(self.green_title, 1, 1)
        counts_layout.addWidget(self.green, 2, 1)
        counts_layout.setRowStretch(3, 1)
        self.inner_layouts = (call_layout, previous_layout, grid, counts_layout)

        lower = QHBoxLayout()
        lower.setSpacing(24)
        lower.addWidget(previous, 1)
        lower.addWidget(counts, 1)
        self.footer = QLabel(objectName="displayFooter")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        # The sizes follow the screen; the content must never push the window past it.
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.call_frame, 5)
        self.layout_.addLayout(lower, 4)
        self.layout_.addWidget(self.footer)

        self.poll_timer = QTimer(self, objectName="displayPollTimer")
        self.poll_timer.setInterval(POLL_MS)
        self.clock_timer = QTimer(self, objectName="displayClockTimer")
        self.clock_timer.setInterval(CLOCK_MS)
        self.flash_timer = QTimer(self, objectName="displayFlashTimer")
        self.flash_timer.setInterval(FLASH_MS)

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "F11", self.toggle_full_screen, "displayShortcutFullScreen")
        window_shortcut(self, "Escape", self.leave_full_screen, "displayShortcutLeave")

    def _px(self, size: float) -> int:
        return max(1, round(size * self._scale))

    def _apply_scale(self) -> None:
        """A waiting room is read from across the room: every size follows the screen."""
        width, height = max(1, self.width()), max(1, self.height())
        self._scale = min(width / DESIGN[0], height / DESIGN[1])
        px = self._px
        c = COLOURS[APPEARANCE.high_contrast]
        margin = px(40)
        self.layout_.setContentsMargins(margin, px(24), margin, px(24))
        self.layout_.setSpacing(px(16))
        for inner in self.inner_layouts:
            inner.setContentsMargins(px(9), px(9), px(9), px(9))
            inner.setSpacing(px(6))
        self.setStyleSheet(f"""
            QWidget#waitingDisplay {{ background: {c['BACKGROUND']}; }}
            QLabel {{ color: {c['TEXT']}; background: transparent; }}
            QLabel#displayStation {{ font-size: {px(40)}px; font-weight: bold; }}
            QLabel#displayClock {{ font-size: {px(40)}px; color: {c['DIM']}; }}
            QFrame#displayCallFrame {{ background: {c['PANEL']}; border-radius: {px(24)}px;
                border: {px(6)}px solid {c['EDGE']}; }}
            QFrame#displayCallFrame[flash="true"] {{ background: {c['FLASH']}; border-color: {c['FLASH_EDGE']}; }}
            QLabel#displayCall {{ font-size: {px(64)}px; font-weight: bold; }}
            QLabel#displayCallName {{ font-size: {px(52)}px; color: {c['DIM']}; }}
            QFrame#displayPreviousFrame, QFrame#displayCountsFrame {{
                background: {c['PANEL']}; border-radius: {px(24)}px; padding: {px(12)}px;
                border: {px(3)}px solid {c['EDGE']}; }}
            QLabel#displayPreviousTitle, QLabel#displayWaitingTitle, QLabel#displayGreenTitle {{
                font-size: {px(36)}px; color: {c['DIM']}; }}
            QLabel[role="previousCode"] {{ font-size: {px(52)}px; font-weight: bold; color: {c['CODE']}; }}
            QLabel[role="previousDesk"] {{ font-size: {px(46)}px; color: {c['DESK']}; }}
            QLabel[role="previousName"] {{ font-size: {px(40)}px; color: {c['DIM']}; }}
            QLabel#displayWaiting {{ font-size: {px(110)}px; font-weight: bold; }}
            QLabel#displayGreenWaiting {{ font-size: {px(88)}px; font-weight: bold; color: {c['GREEN']}; }}
            QLabel#displayFooter {{ font-size: {px(30)}px; color: {c['DIM']}; }}
        """)
        self._paint_call()
        for inner in self.inner_layouts:
            inner.invalidate()
        self.layout_.invalidate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waiting-area display — %1").replace("%1", self.station.name))
        self.station_label.setText(self.station.name)
        self.previous_title.setText(self.tr("Called before"))
        self.waiting_title.setText(self.tr("Waiting"))
        self.green_title.setText(self.tr("Green channel"))
        self._render_footer()
        self._paint_call()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_scale()

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.poll_timer.timeout.connect(self.refresh)
        self.clock_timer.timeout.connect(self.tick_clock)
        self.flash_timer.timeout.connect(self._flash_step)
        APPEARANCE.changed.connect(self._apply_scale)

    def show_on_best_screen(self) -> None:
        """Full screen on the second monitor (the waiting room's); a plain window on a one-screen PC."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        if others:
            target = others[0]
            self.setScreen(target)
            self.move(target.geometry().topLeft())
            self.showFullScreen()
        else:
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def tick_clock(self) -> None:
        now = self.ctx.now()
        text = f"{date_text(now)}  {time_text(now)}"
        if self.clock.text() != text:  # once a minute, not every second
            self.clock.setText(text)

    def refresh(self) -> bool:
        """Ask for the board; draw it only when it changed. True when something was drawn."""
        try:
            # One aggregate query every poll; the calls themselves only when something happened.
            if self.board is not None and tickets.board_version(self.ctx) == self.version:
                self._set_offline(False)
                return False
            board = tickets.board(self.ctx, limit=PREVIOUS + 1)
        except DomainError as err:
            self._set_offline(True, err.text("en"))
            return False
        except Exception as err:  # noqa: BLE001 - a dropped connection surfaces as the driver's own error
            # The database may be out of reach for a moment: keep the last board up, say so quietly.
            self._set_offline(True, f"{type(err).__name__}: {err}")
            return False
        self._set_offline(False)
        if board.version == self.version:
            return False
        self.version = board.version
        self._render(board)
        return True

    def _set_offline(self, offline: bool, why: str = "") -> None:
        if offline != self.offline:
            self.offline = offline
            self.footer.setToolTip(why)
            self._render_footer()

    def _render_footer(self) -> None:
        text = self.tr("Residents aged 80 and over, disabled residents and pregnant women are served first "
                       "(green channel). Please keep your ticket.")
        if self.offline:
            text = self.tr("Reconnecting…") + "  " + text
        self.footer.setText(text)

    def _render(self, board: Board) -> None:
        self.renders += 1
        self.board = board
        newest = board.called[0] if board.called else None
        key = (newest.code, newest.desk, newest.calls, newest.called_at) if newest else None
        if key is not None and key != self._newest_key and self.renders > 1:
            self.flash()  # a new call or a recall; not the board found on start-up
        self._newest_key = key
        self._paint_call()
        rows = board.called[1:PREVIOUS + 1]
        for i, (code, desk, name) in enumerate(self.previous_rows):
            entry: BoardEntry | None = rows[i] if i < len(rows) else None
            code.setText(entry.code if entry else "")
            desk.setText(entry.desk if entry else "")
            name.setText(entry.masked_name if entry else "")
        self.waiting.setText(str(board.waiting))
        self.green.setText(str(board.priority_waiting))

    def _paint_call(self) -> None:
        newest = self.board.called[0] if self.board and self.board.called else None
        if newest is None:
            self.call.setText(escape(self.tr("Welcome — please take a ticket and wait to be called")))
            self.call.setWordWrap(True)
            self.call_name.setText("")
            return
        self.call.setWordWrap(False)
        px, c = self._px, COLOURS[APPEARANCE.high_contrast]
        code = f"<span style='font-size:{px(200)}px; color:{c['CODE']}'>&nbsp;{escape(newest.code)}&nbsp;</span>"
        desk = f"<span style='font-size:{px(140)}px; color:{c['DESK']}'>&nbsp;{escape(newest.desk)}&nbsp;</span>"
        template = escape(self.tr("Ticket %1 please go to %2"))
        self.call.setText(template.replace("%1", code).replace("%2", desk))
        self.call_name.setText(newest.masked_name or "")

    def flash(self) -> None:
        self._flashes_left = FLASHES
        self.flash_timer.start()
        self._flash_step()

    def _flash_step(self) -> None:
        on = self._flashes_left % 2 == 0 and self._flashes_left > 0
        self._flashes_left = max(0, self._flashes_left - 1)
        self.call_frame.setProperty("flash", on)
        self.call_frame.style().unpolish(self.call_frame)
        self.call_frame.style().polish(self.call_frame)
        if self._flashes_left == 0:
            self.flash_timer.stop()
            self.call_frame.setProperty("flash", False)
            self.call_frame.style().unpolish(self.call_frame)
            self.call_frame.style().polish(self.call_frame)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Polls only while on screen; a display closed and opened again catches up at once.
        super().showEvent(event)
        self.tick_clock()
        self.refresh()
        self.poll_timer.start()
        self.clock_timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.poll_timer.stop()
        self.clock_timer.stop()
        self.flash_timer.stop()
        super().hideEvent(event)
