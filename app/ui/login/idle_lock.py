"""The idle lock: the desk stands in an open hall, so after some minutes without
keyboard or mouse every window is covered until the worker types their password.

Covering, not closing: the windows, their dialogs and whatever was typed in them
stay as they were under the cover (their contents disabled so that neither keys
nor shortcuts reach them), and come back as they were on unlocking."""
from __future__ import annotations

import time
from typing import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from app.services import accounts, audit
from app.services.context import ServiceContext
from app.services.errors import DomainError

from ..feedback import error_text
from .common import error_label, password_box

DEFAULT_MINUTES = 5
IDLE_KEY = "lock/idle_minutes"
# The waiting area's screen faces the residents and shows nothing private: it keeps calling numbers.
NEVER_COVERED = frozenset({"waitingDisplay"})

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                    QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Shortcut,
                   QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod})


def idle_minutes(settings) -> int:
    """`lock/idle_minutes` of the desk settings: 5 unless set; 0 turns the lock off."""
    try:
        minutes = int(str(settings.value(IDLE_KEY, DEFAULT_MINUTES)).strip())
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(0, min(minutes, 24 * 60))


class _InputWatch(QObject):
    """When the application last saw a key or the mouse. One per application, whatever the number of
    navigators (tests open many): the idle locks read it rather than each filtering every event."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.setObjectName("inputWatch")
        self.last = time.monotonic()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self.last = time.monotonic()
        return False


def input_watch() -> _InputWatch:
    app = QApplication.instance()
    watch = app.findChild(_InputWatch, "inputWatch")
    if watch is None:
        watch = _InputWatch(app)
        app.installEventFilter(watch)
    return watch


def _key(w: QObject) -> int:
    """The C++ object's address: a window's Python wrapper is not always the same object."""
    return shiboken6.getCppPointer(w)[0]


class LockOverlay(QFrame):
    """Covers one window: who is signed in, their password, Unlock and Switch user."""

    def __init__(self, lock: "IdleLock", window: QWidget):
        super().__init__(window)
        self.lock = lock
        self._build_ui()
        self.retranslate()
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button.clicked.connect(lambda: self.lock.switch_user(self))

    def _build_ui(self) -> None:
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockOverlay { background: #e9eef4; }"
                           "QFrame#lockPanel { background: white; border: 1px solid #c9d6e5; border-radius: 6px; }")
        self.panel = QFrame(objectName="lockPanel")
        self.panel.setMinimumWidth(420)
        self.title = QLabel(objectName="lockTitle")
        self.title.setProperty("role", "paneTitle")
        self.who = QLabel(objectName="lockWho")
        self.who.setWordWrap(True)
        self.kept = QLabel(objectName="lockKept")
        self.kept.setWordWrap(True)
        self.kept.setStyleSheet("color: #555;")
        self.prompt = QLabel(objectName="lockPrompt")
        self.password = password_box("lockPassword")
        self.prompt.setBuddy(self.password)
        self.message = error_label("lockMessage")
        self.message.hide()
        self.unlock_button = QPushButton(objectName="lockUnlockButton")
        self.unlock_button.setProperty("role", "primary")
        self.switch_button = QPushButton(objectName="lockSwitchUserButton")
        for b in (self.unlock_button, self.switch_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addWidget(self.kept)
        inner.addWidget(self.prompt)
        inner.addWidget(self.password)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.panel)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Locked"))
        actor = self.lock.ctx.actor
        self.who.setText(self.tr("Signed in: %1 · Desk: %2").replace("%1", actor.name if actor else "")
                         .replace("%2", actor.desk if actor else ""))
        self.kept.setText(self.tr("The open windows and what was typed in them are kept under the lock."))
        self.prompt.setText(self.tr("&Password to unlock:"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Switch user…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def unlock(self) -> None:
        self.lock.unlock(self.password.text(), self)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class _Cover:
    """One covered window: its overlay, the children it disabled and where the caret was."""

    def __init__(self, lock: "IdleLock", window: QWidget):
        self.window = window
        self.focus = window.focusWidget()
        self.disabled = [w for w in window.children()
                         if isinstance(w, QWidget) and not w.isWindow() and w.isEnabled()]
        for w in self.disabled:
            w.setEnabled(False)
        self.overlay = LockOverlay(lock, window)
        self.overlay.setGeometry(window.rect())
        self.overlay.show()
        self.overlay.raise_()

    def remove(self) -> None:
        self.overlay.hide()
        self.overlay.deleteLater()
        for w in self.disabled:
            try:
                w.setEnabled(True)
            except RuntimeError:  # deleted while locked
                pass
        if self.focus is not None:
            try:
                self.focus.setFocus()
            except RuntimeError:
                pass


class IdleLock(QObject):
    """Watches the whole application's input; `lock()` covers every window, `unlock(password)` uncovers them.

    Switch user asks first (unsaved input is lost), then emits `switchUserRequested`: the owner signs out.
    """

    locked = Signal()
    unlocked = Signal()
    switchUserRequested = Signal()

    def __init__(self, ctx: ServiceContext, minutes: int = DEFAULT_MINUTES, parent: QObject | None = None,
                 windows: Callable[[], list[QWidget]] | None = None):
        super().__init__(parent)
        self.setObjectName("idleLock")
        self.ctx = ctx
        # The windows this lock covers (with their dialogs): the navigator's; without them, every window.
        self.windows = windows
        self._covers: dict[int, _Cover] = {}
        self.watch = input_watch()
        self._since = time.monotonic()
        self.is_locked = False
        self.timer = QTimer(self, objectName="idleLockTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        # Asked before switching user; a test replaces it.
        self.confirm_switch: Callable[[QWidget], bool] = self._ask_switch
        self.idle_ms = 0
        self.set_minutes(minutes)

    # -- idle time ----------------------------------------------------------

    def set_minutes(self, minutes: int) -> None:
        self.set_idle_ms(max(0, int(minutes)) * 60_000)

    def set_idle_ms(self, ms: int) -> None:
        """0 turns the lock off (Ctrl+L still locks)."""
        self.idle_ms = max(0, int(ms))
        self._since = time.monotonic()
        if self.idle_ms and not self.is_locked:
            self.timer.start(self.idle_ms)
        else:
            self.timer.stop()

    def _check(self) -> None:
        if not self.idle_ms or self.is_locked:
            return
        quiet_since = max(self._since, self.watch.last)
        left = self.idle_ms - int((time.monotonic() - quiet_since) * 1000)
        if left > 0:
            # Input came meanwhile: look again when the quiet time since then has run out.
            self.timer.start(left)
        elif not self.lock():
            self.timer.start(self.idle_ms)  # none of its windows is open: nothing to hide yet

    def stop(self) -> None:
        """Signing out: no more watching, and the covers go with the windows."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        for cover in self._covers.values():
            try:
                cover.overlay.deleteLater()
            except RuntimeError:
                pass
        self._covers.clear()
        self.is_locked = False

    # -- covering -----------------------------------------------------------

    def _coverable(self, w: QWidget) -> bool:
        if not (isinstance(w, (QMainWindow, QDialog)) and w.isWindow() and w.isVisible()):
            return False
        if w.objectName() in NEVER_COVERED or w.property("lockOwned"):
            return False
        if self.windows is None:
            return True
        mine = {_key(m) for m in self.windows()}
        o = w
        while o is not None:
            if isinstance(o, QWidget) and _key(o) in mine:
                return True
            o = o.parent()
        return False

    def lock(self) -> bool:
        """Covers the windows; False when none of them is open."""
        if self.is_locked:
            return True
        active = QApplication.activeWindow()
        targets = [w for w in QApplication.topLevelWidgets() if self._coverable(w)]
        if not targets:
            return False
        self.is_locked = True
        self.timer.stop()
        # Only while locked does it judge every event (keys go to the lock and nowhere else).
        QApplication.instance().installEventFilter(self)
        for w in targets:
            self._cover(w)
        target = self._covers.get(_key(active)) if active is not None else None or next(iter(self._covers.values()), None)
        if target is not None:
            target.overlay.password.setFocus()
        self.locked.emit()
        return True

    def _cover(self, w: QWidget) -> None:
        if _key(w) not in self._covers:
            self._covers[_key(w)] = _Cover(self, w)

    def overlays(self) -> list[LockOverlay]:
        return [c.overlay for c in self._covers.values()]

    def unlock(self, password: str, overlay: LockOverlay | None = None) -> bool:
        """Only the signed-in worker's own password; failures count towards the account's lockout."""
        overlay = overlay or next(iter(self.overlays()), None)
        if overlay is not None:
            overlay.password.clear()
        try:
            ok = accounts.verify(self.ctx, password)
        except DomainError as err:
            if overlay is not None:
                overlay.show_message(error_text(err))
                overlay.password.setFocus()
            return False
        if not ok:
            return False
        try:
            audit.log(self.ctx, "unlock", operation="idle_lock.unlock",
                      target=f"desk:{self.ctx.actor.desk}" if self.ctx.actor else "")
        except DomainError:
            pass  # the screen still unlocks: the sign-in itself is in the log
        self._uncover_all()
        self.unlocked.emit()
        return True

    def _uncover_all(self) -> None:
        covers, self._covers = list(self._covers.values()), {}
        for cover in covers:
            cover.remove()
        self.is_locked = False
        QApplication.instance().removeEventFilter(self)
        self.set_idle_ms(self.idle_ms)

    def switch_user(self, parent: QWidget | None = None) -> bool:
        if not self.confirm_switch(parent):
            return False
        self.switchUserRequested.emit()
        return True

    def _ask_switch(self, parent: QWidget | None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Switch user"),
                          self.tr("Sign out and let another worker sign in? "
                                  "Whatever is typed but not saved in the open windows is lost."),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("switchUserConfirm")
        box.setProperty("lockOwned", True)
        yes = box.addButton(self.tr("Sign out"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("switchUserYes")
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("switchUserNo")
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    # -- the application's events ---------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if not self.is_locked:
            return False
        if kind in _KEYS:
            # Keys and shortcuts reach the lock's own widgets (and its question) only; a native
            # window passes its keys on to its focused widget, where they are judged.
            return not isinstance(obj, QWindow) and not self._lock_owned(obj)
        if kind == QEvent.Type.Resize and isinstance(obj, QWidget) and _key(obj) in self._covers:
            self._covers[_key(obj)].overlay.setGeometry(obj.rect())
        elif kind == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and not self._lock_owned(obj) and self._coverable(obj):
            # A window that opens while locked (a timer's note, a dialog) is covered as well.
            QTimer.singleShot(0, lambda w=obj: self._cover_late(w))
        return False

    def _cover_late(self, w: QWidget) -> None:
        try:
            if self.is_locked and self._coverable(w):
                self._cover(w)
        except RuntimeError:
            pass

    def _lock_owned(self, obj: QObject) -> bool:
        """The lock's overlays and anything inside them or asked by them."""
        o = obj
        while o is not None:
            if isinstance(o, LockOverlay) or (isinstance(o, QWidget) and o.property("lockOwned")):
                return True
            o = o.parent()
        return False
