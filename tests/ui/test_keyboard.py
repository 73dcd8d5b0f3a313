"""Every screen works without the mouse: each button and menu item can be reached from the keyboard, Tab
leaves every list, keys are shown where they work, and the desk's Tab order follows the work."""
import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QCheckBox, QPushButton, QRadioButton, QTabBar,
)

from app.ui.chrome import shortcut_tooltip
from app.ui.i18n import LANGUAGE

WINDOWS = ["desk", "back_office", "visits", "reception", "cases", "needs", "reports", "dashboard", "accounts",
           "audit"]


@pytest.fixture
def navigator_for(navigators):
    LANGUAGE.set("en")
    return navigators


def open_window(qtbot, navigator_for, name):
    nav = navigator_for("admin" if name in ("accounts", "audit") else "chenlx")
    window = nav.window(name)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def own_buttons(window):
    """The window's buttons a person sees, not the parts of composite widgets (tab-bar arrows)."""
    return [b for b in window.findChildren(QAbstractButton)
            if isinstance(b, (QPushButton, QCheckBox, QRadioButton)) and b.window() is window
            and not isinstance(b.parentWidget(), QTabBar) and not b.isHidden()]


def mnemonic(text: str) -> bool:
    return not QKeySequence.mnemonic(text).isEmpty()


@pytest.mark.parametrize("name", WINDOWS)
def test_every_button_and_menu_item_is_reachable_from_the_keyboard(qtbot, navigator_for, name):
    window = open_window(qtbot, navigator_for, name)
    unreachable = [b.objectName() for b in own_buttons(window)
                   if not (b.focusPolicy() & Qt.FocusPolicy.TabFocus) and b.shortcut().isEmpty()]
    assert unreachable == []
    # Menus open with Alt and their letter; every item of them is then an arrow key away.
    for action in window.menuBar().actions():
        if action.isVisible():
            assert mnemonic(action.text()), f"menu {action.menu().objectName()!r} {action.text()!r} has no Alt key"
    # Tab moves on from a list to the next control; arrows move within it.
    traps = [v.objectName() for v in window.findChildren(QAbstractItemView)
             if v.tabKeyNavigation() and v.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers]
    assert traps == []


@pytest.mark.parametrize("name", WINDOWS)
def test_a_button_with_a_key_shows_the_key(qtbot, navigator_for, name):
    """Its label or its tooltip names the key ("Accept (F9)"), so nobody has to guess it."""
    window = open_window(qtbot, navigator_for, name)
    hidden_keys = []
    for button in own_buttons(window):
        key = button.shortcut()
        if key.isEmpty() or key == QKeySequence.mnemonic(button.text()):
            continue  # none, or the underlined letter of its label
        native = key.toString(QKeySequence.SequenceFormat.NativeText)
        if native not in button.text() and native not in button.toolTip():
            hidden_keys.append((button.objectName(), native))
    assert hidden_keys == []


def test_the_back_office_keys_work_after_a_change_of_language(qtbot, navigator_for):
    """A button's label, set again on a change of language, must not take its key away (Qt's setText does)."""
    office = open_window(qtbot, navigator_for, "back_office")
    LANGUAGE.set("zh")
    QApplication.processEvents()
    buttons = office.detail_panel.buttons
    for kind, key in (("dispatch", "Ctrl+D"), ("urge", "Ctrl+U"), ("feedback", "Ctrl+F"), ("close", "Ctrl+E"),
                      ("whistle", "Ctrl+I")):
        assert buttons[kind].shortcut() == QKeySequence(key), kind
        assert f"（{key}）" in buttons[kind].toolTip()
    pressed = []
    office.detail_panel.action.disconnect()  # the key is under test, not the urge dialog
    office.detail_panel.action.connect(pressed.append)
    buttons["urge"].setEnabled(True)
    # Through the window, as a keyboard's key arrives: that is where Qt looks up shortcuts.
    QTest.keyClick(office.windowHandle(), Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pressed == ["urge"], timeout=2000)


def test_the_desk_tab_order_follows_the_work(qtbot, navigator_for):
    """Resident search, its results, then the type search and the types, the materials, the actions."""
    desk = open_window(qtbot, navigator_for, "desk")
    desk.residents.search.setText("张秀兰")
    desk.residents.run_search()
    desk.residents.choose(desk.residents.results_model.row(0).id)
    desk.types.select_code("G031")
    desk.actions_panel.tick_all()
    desk.residents.search.setFocus()
    order = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        if widget.objectName() in order:
            break
        order.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    work = ["residentSearch", "residentResults", "typeSearch", "typeResults", "materialsList", "allProvidedButton",
            "handleButton", "acceptButton", "noticeButton"]
    assert [n for n in order if n in work] == [n for n in work if n in order]
    assert {"residentSearch", "residentResults", "typeSearch", "typeResults", "materialsList"} <= set(order)
    assert order.index("materialsList") < order.index("acceptButton")
    # Shift+Tab walks back the same way.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == order[-1]


def test_a_shortcut_tooltip_names_the_key_in_the_language_of_the_desk(qtbot, qapp):
    button = QPushButton("打印")
    qtbot.addWidget(button)
    LANGUAGE.set("zh")
    shortcut_tooltip(button, "打印回执", "Ctrl+P")
    assert button.toolTip() == "打印回执（Ctrl+P）"
    LANGUAGE.set("en")
    shortcut_tooltip(button, "Print the receipt", QKeyCombination(Qt.KeyboardModifier.NoModifier, Qt.Key.Key_F9))
    assert button.toolTip() == "Print the receipt (F9)"
    shortcut_tooltip(button, "", "F8")
    assert button.toolTip() == "F8"
    LANGUAGE.set("zh")
