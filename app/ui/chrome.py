"""What the main windows and the larger dialogs share around their work: the message
bar, the language menu, window shortcuts and Enter on a focused button."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from .i18n import LANGUAGE


class MessageBar(QLabel):
    """One line of feedback; its "kind" property (ok | error) picks the colour in the style sheet."""

    def __init__(self, name: str, timeout_ms: int | None = None, timer_name: str = "messageTimer",
                 selectable: bool = True, parent: QWidget | None = None):
        super().__init__(parent, objectName=name)
        self.setWordWrap(True)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self.timer: QTimer | None = None
        if timeout_ms:
            self.timer = QTimer(self, objectName=timer_name)
            self.timer.setSingleShot(True)
            self.timer.setInterval(timeout_ms)
            self.timer.timeout.connect(self.dismiss)

    def show_text(self, text: str, ok: bool = False) -> None:
        self.setProperty("kind", "ok" if ok else "error")
        # A changed dynamic property restyles only after a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
        if self.timer is not None:
            self.timer.start()

    def dismiss(self) -> None:
        self.hide()


class LanguageMenu(QMenu):
    """中文 | English, checked as LANGUAGE is; the window sets the title so it keeps its translation context."""

    def __init__(self, window: QMainWindow, names: tuple[str, str, str]):
        menu_name, zh_name, en_name = names
        super().__init__(window.menuBar(), objectName=menu_name)
        group = QActionGroup(window)
        self.zh = QAction("中文", window, objectName=zh_name, checkable=True)
        self.en = QAction("English", window, objectName=en_name, checkable=True)
        for action, code in ((self.zh, "zh"), (self.en, "en")):
            group.addAction(action)
            self.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
        (self.zh if LANGUAGE.code == "zh" else self.en).setChecked(True)

    def choose(self, code: str) -> None:
        LANGUAGE.set(code)
        (self.zh if code == "zh" else self.en).setChecked(True)


def add_language_menu(window: QMainWindow,
                      names: tuple[str, str, str] = ("languageMenu", "actionLangZh", "actionLangEn")) -> LanguageMenu:
    menu = LanguageMenu(window, names)
    window.menuBar().addMenu(menu)
    return menu


def shortcut_tooltip(widget: QWidget, text: str, key) -> None:
    """The tooltip names the key that does the same ("Hand the affair on (Ctrl+D)"), in the platform's words,
    for a button whose label has no room for it."""
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    if not text:
        widget.setToolTip(native)
    else:
        widget.setToolTip(f"{text}（{native}）" if LANGUAGE.code == "zh" else f"{text} ({native})")


def window_shortcut(parent: QWidget, key, slot, name: str) -> QShortcut:
    shortcut = QShortcut(QKeySequence(key), parent, objectName=name)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class _PressOnEnter(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(obj, QPushButton):
            if obj.isEnabled():
                obj.click()
            return True
        return False


def press_buttons_on_enter(*buttons: QPushButton) -> QObject:
    """Enter on a focused button presses it: Qt does so only for a dialog's auto-default buttons."""
    pressing = _PressOnEnter(buttons[0].window())
    for button in buttons:
        button.installEventFilter(pressing)
    return pressing


def install_body(window: QMainWindow, prefix: str, message_bar: QWidget, body: QWidget,
                 margin: int = 4) -> tuple[QLabel, QLabel]:
    """The screens' common frame: the message bar over the body, and a status bar with the
    station on the left and who is working on the right. Returns (station, worker) labels."""
    central = QWidget(objectName=f"{prefix}Central")
    layout = QVBoxLayout(central)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(message_bar)
    layout.addWidget(body, 1)
    window.setCentralWidget(central)
    station = QLabel(objectName=f"{prefix}StatusStation")
    worker = QLabel(objectName=f"{prefix}StatusWorker")
    window.statusBar().setObjectName(f"{prefix}StatusBar")
    window.statusBar().addWidget(station, 1)
    window.statusBar().addPermanentWidget(worker)
    return station, worker


class _MinimumHeightHolder(QWidget):
    """Scrolls only when the pane's minimum does not fit (a scroll area asks for the preferred height)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.layout().minimumHeightForWidth(width)


class VerticalScroll(QScrollArea):
    """A pane that scrolls up and down when the window is too short for it (large font on a 1366x768
    screen) but is never narrower than its content: the window keeps room for its width."""

    def __init__(self, pane: QWidget, name: str):
        super().__init__(objectName=name)
        holder = _MinimumHeightHolder(objectName=f"{name}Pane")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(pane)
        self.setWidget(holder)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pane's own widgets are the tab stops
        self.viewport().setObjectName(f"{name}Viewport")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        pane = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(pane.width() + bar + 2 * self.frameWidth(), min(pane.height(), 120))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self.widget().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())
