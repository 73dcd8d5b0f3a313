"""Every screen on a 1366x768 desk PC, in Chinese and English, in normal and large font (and large with high
contrast): the window fits the screen less its taskbar, and nothing in it is cut off or outside it."""
import time

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from app.ui.appearance import APPEARANCE
from app.ui.i18n import LANGUAGE

from .screen_fit import WORK_AREA, problems

CHIEF_WINDOWS = ["desk", "back_office", "visits", "reception", "cases", "needs", "reports", "dashboard"]
ADMIN_WINDOWS = ["accounts", "audit"]


@pytest.fixture
def navigator_for(navigators):
    return navigators


def settle(window: QWidget) -> None:
    """Let background loads (dashboard, report) finish and the layouts take the new fonts."""
    deadline = time.monotonic() + 10
    QApplication.processEvents()
    for name in ("task", "build_task"):
        task = getattr(window, name, None)
        while task is not None and getattr(task, "running", False) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
    QApplication.processEvents()


def fill(name: str, window: QWidget) -> None:
    """What the screen shows in the middle of work, where the texts are longest."""
    if name == "desk":
        window.residents.search.setText("张秀兰")
        window.residents.run_search()
        window.residents.choose(window.residents.results_model.row(0).id)
        window.types.select_code("G031")


def check_every_mode(window: QWidget, resize) -> list[str]:
    found = []
    for lang in ("zh", "en"):
        LANGUAGE.set(lang)
        # High contrast's thicker borders widen buttons and boxes: large with it is the widest a desk gets.
        for large, contrast in ((False, False), (True, False), (True, True)):
            APPEARANCE.set_modes(large=large, high_contrast=contrast, save=False)
            settle(window)
            hint = window.minimumSizeHint()
            mode = f"{lang} {'large' if large else 'normal'}{' high contrast' if contrast else ''}"
            if hint.width() > WORK_AREA[0] or hint.height() > WORK_AREA[1]:
                found.append(f"{mode}: needs at least {hint.width()}x{hint.height()}")
            resize(window)
            settle(window)
            found += [f"{mode}: {p}" for p in problems(window)]
    return found


def fill_the_screen(window: QWidget) -> None:
    window.resize(*WORK_AREA)


@pytest.mark.parametrize("name", CHIEF_WINDOWS + ADMIN_WINDOWS)
def test_each_window_fits_1366_by_768_in_both_languages_and_font_sizes(qtbot, navigator_for, name):
    nav = navigator_for("admin" if name in ADMIN_WINDOWS else "chenlx")
    window = nav.window(name)
    window.show()
    qtbot.waitExposed(window)
    settle(window)
    fill(name, window)
    found = check_every_mode(window, fill_the_screen)
    assert not found, "\n".join(found)


def test_the_certificate_register_fits_too(qtbot, navigator_for):
    nav = navigator_for("chenlx")
    desk = nav.window("desk")
    from app.ui.certificates.register import CertificateRegisterDialog

    dialog = CertificateRegisterDialog(nav.ctx, nav.output_dir, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def natural(d):
        d.resize(min(d.sizeHint().width(), WORK_AREA[0]), min(d.sizeHint().height(), WORK_AREA[1]))

    found = check_every_mode(dialog, natural)
    assert not found, "\n".join(found)


def test_the_check_finds_a_label_a_button_and_a_widget_cut_off(qtbot, qapp):
    """The check itself: text squeezed into less room than it needs, and a widget pushed out of the window."""
    window = QMainWindow(objectName="cutOffWindow")
    body = QWidget(objectName="cutOffBody")
    row = QHBoxLayout(body)
    fits = QLabel("Fits", objectName="fitsLabel")
    squeezed = QLabel("A label much longer than its room", objectName="squeezedLabel")
    squeezed.setMaximumWidth(60)
    button = QPushButton("A button longer than its room (F9)", objectName="squeezedButton")
    button.setMaximumWidth(80)
    check = QCheckBox("Collect what is missing by home visit", objectName="squeezedCheck")
    check.setMaximumWidth(90)
    for w in (fits, squeezed, button, check):
        row.addWidget(w)
    window.setCentralWidget(body)
    outside = QLabel("Out", window, objectName="outsideLabel")
    qtbot.addWidget(window)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    outside.move(380, 10)
    outside.show()
    found = "\n".join(problems(window))
    for name in ("squeezedLabel", "squeezedButton", "squeezedCheck", "outsideLabel"):
        assert name in found
    assert "fitsLabel" not in found
