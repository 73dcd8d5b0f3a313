"""Large font and high contrast: every window at once, without a restart, remembered by the desk computer."""
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.appearance import (
    APPEARANCE, CONTRAST_KEY, LARGE_KEY, LARGE_SCALE, contrast_ratio, darken_faint_colours, scale_points, style_dir,
)
from app.ui.i18n import LANGUAGE


@pytest.fixture
def session(navigators, tmp_path):
    """Signing in at a desk computer whose settings live in tmp_path; more than one sign-in may follow."""
    LANGUAGE.set("zh")
    return lambda user="chenlx": navigators(user, tmp_path)


def point_size(widget) -> float:
    return widget.font().pointSizeF()


def test_points_scale_and_nothing_else():
    qss = "QWidget { font-size: 11pt; } QLabel#x { font-size: 13.5pt; padding: 6px 10px; border: 1px solid #c9d6e5; }"
    assert scale_points(qss, 1.35) == ("QWidget { font-size: 14.9pt; } QLabel#x { font-size: 18.2pt; "
                                       "padding: 6px 10px; border: 1px solid #c9d6e5; }")
    assert scale_points(qss, 1) == qss
    assert scale_points("QLabel#opt11pt { font-size: 10pt; }", 2) == "QLabel#opt11pt { font-size: 20pt; }"


def test_faint_colours_darken_and_strong_ones_stay():
    qss = ("QLabel { color: #78909c; background: #f4f5f7; border: 1px solid #dde1e6; }"
           "QPushButton { color: white; background: #1565c0; } QLabel#e { color: #b00020; }")
    out = darken_faint_colours(qss)
    assert "color: #000000; background: #f4f5f7; border: 1px solid #000000" in out
    assert "color: white; background: #1565c0" in out and "color: #b00020" in out
    assert round(contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0


def test_the_high_contrast_sheet_keeps_every_pair_of_colours_at_7_to_1():
    """Every rule that sets both a text and a background colour in high-contrast.qss reads at AAA or better."""
    text = (style_dir() / "high-contrast.qss").read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    checked = 0
    for body in re.findall(r"\{([^}]*)\}", text):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", body)
        if fg and bg:
            checked += 1
            assert contrast_ratio(QColor(fg.group(1)), QColor(bg.group(1))) >= 7, body
        for grey in re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body):
            assert contrast_ratio(QColor(grey), QColor("white")) >= 7 or grey.lower() in ("#ffffff", "#ffff00"), body
    assert checked >= 8


def test_large_font_applies_to_every_open_window_at_once_and_is_remembered(qtbot, session, tmp_path):
    nav = session()
    desk, office = nav.window("desk"), nav.window("back_office")
    for w in (desk, office):
        w.show()
    normal = point_size(desk.residents.search), point_size(office.queue_view.title)
    ticket = desk.ticket_bar.code
    normal_ticket = point_size(ticket)  # a window's own style sheet (18pt) follows too
    desk.view_menu.large.trigger()
    QApplication.processEvents()
    assert APPEARANCE.large and office.view_menu.large.isChecked()  # in step in every window
    assert point_size(desk.residents.search) == pytest.approx(normal[0] * LARGE_SCALE, abs=0.11)
    assert point_size(office.queue_view.title) == pytest.approx(normal[1] * LARGE_SCALE, abs=0.11)
    assert point_size(ticket) == pytest.approx(normal_ticket * LARGE_SCALE, abs=0.11)
    settings = QSettings(str(tmp_path / "desk-settings.ini"), QSettings.Format.IniFormat)
    assert settings.value(LARGE_KEY) == "true" and settings.value(CONTRAST_KEY) == "false"
    # A window opened later comes up large too.
    cases = nav.window("cases")
    assert cases.view_menu.large.isChecked()
    assert point_size(cases.table) == pytest.approx(point_size(desk.residents.results), abs=0.01)
    # The next sign-in at this computer starts large; switching back is as quick.
    APPEARANCE.set_modes(large=False, save=False)
    again = session("wangxm")
    assert APPEARANCE.large and again.window("desk").view_menu.large.isChecked()
    again.window("desk").view_menu.large.trigger()
    assert point_size(desk.residents.search) == pytest.approx(normal[0], abs=0.01)
    assert settings.value(LARGE_KEY) == "false"


def test_high_contrast_is_black_on_white_with_yellow_focus(qtbot, session):
    nav = session()
    desk = nav.window("desk")
    desk.show()
    qtbot.waitExposed(desk)
    normal_window = QApplication.palette().color(QPalette.ColorRole.Window)
    desk.activateWindow()
    desk.view_menu.contrast.trigger()
    QApplication.processEvents()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("white")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("black")
    assert palette.color(QPalette.ColorRole.HighlightedText) == QColor("#ffff00")
    assert "#ffff00" in QApplication.instance().styleSheet()
    # A focused button is filled yellow: grab it and look.
    button = desk.findChild(QPushButton, "registerResidentButton")
    button.setFocus()
    QApplication.processEvents()
    image = button.grab().toImage()
    centre = image.pixelColor(6, image.height() // 2)
    assert centre == QColor("#ffff00")
    # Faint text in a window's own style sheet is darkened, and restored when high contrast goes.
    office = nav.window("back_office")
    placeholder = nav.window("reports").preview.placeholder
    assert placeholder.styleSheet() == "color: #000000; font-size: 13pt;"  # was a 4.4:1 grey
    desk.view_menu.contrast.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == normal_window
    assert placeholder.styleSheet() == "color: #607d8b; font-size: 13pt;"
    assert not office.view_menu.contrast.isChecked()


def test_the_waiting_area_display_follows_high_contrast(qtbot, session):
    nav = session()
    display = nav.window("display")
    assert "#0b1a2b" in display.styleSheet()
    APPEARANCE.set_modes(high_contrast=True, save=False)
    assert "#0b1a2b" not in display.styleSheet() and "background: #000000" in display.styleSheet()
    assert "#8fa6bf" not in display.styleSheet()  # no dimmed grey text for residents to squint at
    APPEARANCE.set_modes(high_contrast=False, save=False)
    assert "#0b1a2b" in display.styleSheet()


def test_the_view_menu_keys_are_free_in_every_window(qtbot, session):
    nav = session()
    for name in ("desk", "back_office", "visits", "reception", "cases", "needs", "reports", "dashboard"):
        view = nav.window(name).view_menu
        assert view.large.shortcut() == QKeySequence("Ctrl+Shift+F"), name
        assert view.contrast.shortcut() == QKeySequence("Ctrl+Shift+H"), name
        assert view.menu.title() == view.tr("&View")
