"""The Help menu of every navigator window: the guide at the chapter for this window (F1), the keyboard
shortcuts, and About. One help window per owner (the navigator; the application when there is none)."""
from __future__ import annotations

import platform

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from . import guide

GUIDE_KEY = "F1"


def app_version() -> str:
    """The installed program's version: app/version.py when the bundle has one, else the package metadata."""
    try:
        from app import version as module  # type: ignore[attr-defined]
    except ImportError:
        module = None
    if module is not None:
        for name in ("__version__", "VERSION", "version"):
            value = getattr(module, name, None)
            value = value() if callable(value) else value
            if value:
                return str(value)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("one-window")
    except PackageNotFoundError:
        return "dev"


class HelpWindows(QObject):
    """Keeps the owner's help window, built on first use; it closes when the owner's worker signs out."""

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self.setObjectName("helpWindows")
        self.window = None
        signed_out = getattr(owner, "signedOut", None)
        if signed_out is not None:
            signed_out.connect(self.close)

    def show(self, chapter: str = "index", where: str = ""):
        from shiboken6 import isValid

        from .window import HelpWindow  # built on first F1, not at start-up

        if self.window is None or not isValid(self.window):
            self.window = HelpWindow()
        self.window.open(chapter, where)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def close(self) -> None:
        from shiboken6 import isValid

        if self.window is not None and isValid(self.window):
            self.window.close()


def help_windows(owner: QObject | None = None) -> HelpWindows:
    owner = owner if owner is not None else QApplication.instance()
    found = owner.findChild(HelpWindows, "helpWindows", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else HelpWindows(owner)


def show_guide(chapter: str = "index", where: str = "", owner: QObject | None = None):
    """Open the guide at a chapter and section key (see guide.TOPICS); usable from any screen or dialog."""
    return help_windows(owner).show(chapter, where)


def show_topic(window_name: str, owner: QObject | None = None):
    """The guide where it explains the window `window_name` (a navigator window name)."""
    return show_guide(*guide.topic(window_name), owner=owner)


class AboutBox(QMessageBox):
    def __init__(self, station=None, backend: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutBox")
        self.setIcon(QMessageBox.Icon.Information)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.button(QMessageBox.StandardButton.Ok).setObjectName("aboutOkButton")
        self.station, self.backend = station, backend
        self.retranslate()

    def retranslate(self) -> None:
        from PySide6 import __version__ as pyside_version

        self.setWindowTitle(self.tr("About One Window"))
        name = self.tr("One Window %1").replace("%1", app_version())
        self.setText(f"<b>{name}</b>")
        lines = [self.tr("The counter program of a community service station: every affair at one window, "
                         "so that the resident comes only once.")]
        if self.station is not None:
            lines.append(self.tr("Station: %1 (%2)").replace("%1", self.station.name).replace(
                "%2", self.station.code))
        if self.backend:
            lines.append(self.tr("Database: %1").replace("%1", self.backend))
        lines.append(self.tr("User guide: %1").replace("%1", str(guide.guide_dir())))
        lines.append(f"Python {platform.python_version()} · Qt (PySide6) {pyside_version}")
        self.setInformativeText("<br>".join(lines))
        self.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpMenu(QObject):
    """The Help menu of one window; re-labelled with the rest of it."""

    def __init__(self, window: QMainWindow, owner: QObject, window_name: str):
        super().__init__(window)
        self.setObjectName("helpMenuLabels")
        self.window, self.owner, self.window_name = window, owner, window_name
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("helpMenu")
        self.guide_action = QAction(window, objectName="actionHelpGuide")
        self.guide_action.setShortcut(QKeySequence(GUIDE_KEY))
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(window, objectName="actionHelpShortcuts")
        self.shortcuts_action.triggered.connect(lambda: show_guide("shortcuts", owner=self.owner))
        self.about_action = QAction(window, objectName="actionHelpAbout")
        self.about_action.triggered.connect(self.about)
        self.menu.addAction(self.guide_action)
        self.menu.addAction(self.shortcuts_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.retranslate()
        window.installEventFilter(self)  # not a widget: the window's LanguageChange re-labels it

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About One Window"))

    def open_guide(self):
        return show_topic(self.window_name, owner=self.owner)

    def about(self) -> AboutBox:
        box = AboutBox(getattr(self.owner, "station", None), getattr(self.owner, "backend", ""), self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


def add_help_menu(window: QMainWindow, owner: QObject, window_name: str) -> HelpMenu:
    """The Help menu on `window` (a navigator window called `window_name`); `owner` keeps the help window."""
    menu = HelpMenu(window, owner, window_name)
    window.help_menu = menu
    return menu
