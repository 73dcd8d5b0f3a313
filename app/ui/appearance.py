"""How the desk is drawn for the people reading it: large type and high contrast, each on or off, for every
window at once and at once (no restart), remembered per desk computer in its settings INI.

One source style sheet (resources/style/desk.qss) in points: large type multiplies every point size there,
in the windows' own small style sheets and in the application font. High contrast lays
resources/style/high-contrast.qss over it (black on white, yellow for focus and selection) with a palette
to match; the colours a window sets in its own style sheet are darkened where they are too faint to read.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from .i18n import i18n_dir

LARGE_SCALE = 1.35
LARGE_KEY, CONTRAST_KEY = "ui/large_font", "ui/high_contrast"
LARGE_SHORTCUT, CONTRAST_SHORTCUT = "Ctrl+Shift+F", "Ctrl+Shift+H"
OWN_STYLE = "appearanceOwnStyle"  # a widget that draws its own high contrast (the waiting-area display)

_POINTS = re.compile(r"(?<![\w.#-])(\d+(?:\.\d+)?)pt\b")
_COLOUR_RULE = re.compile(r"(?<![\w-])(color|border(?:-[a-z]+)?)\s*:\s*([^;}]*)", re.IGNORECASE)
_COLOUR_VALUE = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:gr[ae]y|silver|lightgr[ae]y|darkgr[ae]y)\b", re.IGNORECASE)
_BASE, _DONE = "appearanceBaseSheet", "appearanceDoneSheet"


def style_dir() -> Path:
    return i18n_dir().parent / "style"


def scale_points(qss: str, factor: float) -> str:
    """Every `NNpt` in a style sheet times factor (one decimal: Qt takes fractional points)."""
    if factor == 1:
        return qss

    def scaled(match: re.Match) -> str:
        value = round(float(match.group(1)) * factor, 1)
        return f"{value:g}pt"

    return _POINTS.sub(scaled, qss)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def darken_faint_colours(qss: str) -> str:
    """A window's own style sheet for high contrast: text colours that do not reach 7:1 on white, and borders
    that do not reach 3:1, become black. White text (on a coloured button) and backgrounds stay."""
    white = QColor("white")

    def rule(match: re.Match) -> str:
        prop, value = match.group(1), match.group(2)
        needed = 7.0 if prop.lower() == "color" else 3.0

        def colour(m: re.Match) -> str:
            c = QColor(m.group(0).lower().replace("grey", "gray"))
            ratio = contrast_ratio(c, white) if c.isValid() else 21
            if prop.lower() == "color":  # white text stays: it is on a coloured button or chip
                return "#000000" if 1.5 < ratio < needed else m.group(0)
            return "#000000" if ratio < needed else m.group(0)

        return f"{prop}: {_COLOUR_VALUE.sub(colour, value)}"

    return _COLOUR_RULE.sub(rule, qss)


def _contrast_palette(base: QPalette) -> QPalette:
    palette = QPalette(base)
    black, white, yellow, dim = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#595959")
    for role, colour in ((QPalette.ColorRole.Window, white), (QPalette.ColorRole.WindowText, black),
                         (QPalette.ColorRole.Base, white), (QPalette.ColorRole.AlternateBase, QColor("#f2f2f2")),
                         (QPalette.ColorRole.Text, black), (QPalette.ColorRole.Button, white),
                         (QPalette.ColorRole.ButtonText, black), (QPalette.ColorRole.BrightText, black),
                         (QPalette.ColorRole.Highlight, black), (QPalette.ColorRole.HighlightedText, yellow),
                         (QPalette.ColorRole.ToolTipBase, yellow), (QPalette.ColorRole.ToolTipText, black),
                         (QPalette.ColorRole.PlaceholderText, QColor("#404040")),
                         (QPalette.ColorRole.Link, QColor("#0000cc")), (QPalette.ColorRole.Light, white),
                         (QPalette.ColorRole.Mid, black), (QPalette.ColorRole.Dark, black),
                         (QPalette.ColorRole.Shadow, black)):
        palette.setColor(QPalette.ColorGroup.All, role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, dim)  # 7:1 on white: still readable
    return palette


class Appearance(QObject):
    """The desk's display modes; one per application, like LANGUAGE."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("appearance")
        self.large = False
        self.high_contrast = False
        self.settings_path: Path | None = None
        self._normal_palette: QPalette | None = None
        self._normal_font: QFont | None = None
        self._watcher = _SheetWatcher(self)

    @property
    def scale(self) -> float:
        return LARGE_SCALE if self.large else 1.0

    # -- settings -------------------------------------------------------------

    def load(self, settings_path: Path | str | None) -> None:
        """This computer's modes from its desk settings; later changes are written back there."""
        self.settings_path = Path(settings_path) if settings_path else None
        large = contrast = False
        if self.settings_path is not None:
            qs = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
            large, contrast = _flag(qs.value(LARGE_KEY)), _flag(qs.value(CONTRAST_KEY))
        self.set_modes(large=large, high_contrast=contrast, save=False)

    def set_large(self, on: bool) -> None:
        self.set_modes(large=on)

    def set_high_contrast(self, on: bool) -> None:
        self.set_modes(high_contrast=on)

    def set_modes(self, *, large: bool | None = None, high_contrast: bool | None = None, save: bool = True) -> None:
        old = (self.large, self.high_contrast)
        if large is not None:
            self.large = bool(large)
        if high_contrast is not None:
            self.high_contrast = bool(high_contrast)
        if save and self.settings_path is not None:
            qs = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
            qs.setValue(LARGE_KEY, "true" if self.large else "false")
            qs.setValue(CONTRAST_KEY, "true" if self.high_contrast else "false")
            qs.sync()
        if (self.large, self.high_contrast) != old or QApplication.instance().styleSheet() != self.style_sheet():
            self.apply()

    # -- drawing --------------------------------------------------------------

    def style_sheet(self) -> str:
        """The application's style sheet for the current modes."""
        text = _read(style_dir() / "desk.qss")
        if self.high_contrast:
            text += "\n" + _read(style_dir() / "high-contrast.qss")
        return scale_points(text, self.scale)

    def own_sheet(self, base: str) -> str:
        """A window's own style sheet for the current modes."""
        text = scale_points(base, self.scale)
        return darken_faint_colours(text) if self.high_contrast else text

    def apply(self) -> None:
        app = QApplication.instance()
        if self._normal_palette is None:
            self._normal_palette, self._normal_font = QPalette(app.palette()), QFont(app.font())
        app.setPalette(_contrast_palette(self._normal_palette) if self.high_contrast else self._normal_palette)
        font = QFont(self._normal_font)
        size = self._normal_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(round(size * self.scale, 1))
        app.setFont(font)  # what the style sheet does not reach: charts, fonts copied from the application's
        sheet = self.style_sheet()
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)  # re-polishes every widget alive
        for widget in QApplication.allWidgets():
            self._restyle(widget)
        self.changed.emit()

    def adopt(self, root: QWidget) -> None:
        """A window built after the modes were set: its own style sheets follow them too."""
        for widget in [root, *root.findChildren(QWidget)]:
            self._restyle(widget)

    def _restyle(self, widget: QWidget) -> None:
        current = widget.styleSheet()
        if not current or widget.property(OWN_STYLE):
            return
        done = widget.property(_DONE)
        base = widget.property(_BASE) if done == current else current  # the widget set a new sheet since
        wanted = self.own_sheet(base)
        widget.setProperty(_BASE, base)
        widget.setProperty(_DONE, wanted)
        if not done:
            widget.installEventFilter(self._watcher)  # a sheet the widget sets again later follows the modes
        if wanted != current:
            self._watcher.busy = True
            try:
                widget.setStyleSheet(wanted)
            finally:
                self._watcher.busy = False


class _SheetWatcher(QObject):
    """Widgets that set their own style sheet again (a stage strip on every refresh) get it re-scaled."""

    def __init__(self, appearance: Appearance):
        super().__init__(appearance)
        self.appearance = appearance
        self.busy = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.StyleChange and not self.busy and isinstance(watched, QWidget) \
                and watched.styleSheet() != watched.property(_DONE):
            self.appearance._restyle(watched)
        return False


def _flag(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


APPEARANCE = Appearance()


class ViewMenu(QObject):
    """View ▸ Large font / High contrast on one window; checked as the modes are, in every window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("viewMenuLabels")
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("viewMenu")
        self.large = QAction(window, objectName="actionLargeFont", checkable=True)
        self.contrast = QAction(window, objectName="actionHighContrast", checkable=True)
        for action, key in ((self.large, LARGE_SHORTCUT), (self.contrast, CONTRAST_SHORTCUT)):
            if not _key_taken(window, key):
                action.setShortcut(QKeySequence(key))
            self.menu.addAction(action)
        self.large.triggered.connect(APPEARANCE.set_large)
        self.contrast.triggered.connect(APPEARANCE.set_high_contrast)
        APPEARANCE.changed.connect(self.sync)
        self.sync()
        self.retranslate()
        window.installEventFilter(self)  # not a widget: the window's LanguageChange re-labels it

    def sync(self) -> None:
        self.large.setChecked(APPEARANCE.large)
        self.contrast.setChecked(APPEARANCE.high_contrast)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&View"))
        self.large.setText(self.tr("&Large font"))
        self.contrast.setText(self.tr("&High contrast"))


def _key_taken(window: QWidget, key: str) -> bool:
    sequence = QKeySequence(key)
    return any(sequence in a.shortcuts() for a in window.findChildren(QAction)) or any(
        s.key() == sequence for s in window.findChildren(QShortcut))


def add_view_menu(window: QMainWindow) -> ViewMenu:
    """The View menu, and the window's own style sheets brought to the current modes."""
    menu = ViewMenu(window)
    window.view_menu = menu
    APPEARANCE.adopt(window)
    return menu
