"""The in-app help: F1 opens the guide where it explains the window, in the desk's language; links,
pictures and search work; the keyboard chapter lists the Go menu's real keys."""
import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.services import station
from app.services.context import ServiceContext
from app.ui.app import build_navigator
from app.ui.help import guide
from app.ui.help.menu import AboutBox, app_version, help_windows, show_guide
from app.ui.i18n import LANGUAGE


@pytest.fixture
def navigator(qapp, sqlite_database, clock, tmp_path):
    made = []

    def sign_in(user="wangxm", desk="窗口1"):
        LANGUAGE.set("zh")
        base = ServiceContext.for_database(sqlite_database, now=clock)
        nav = build_navigator(sqlite_database, base, station.actor_for(base, user, desk=desk),
                              output_dir=tmp_path / "docs", settings_path=tmp_path / "desk-settings.ini")
        made.append(nav)
        return nav

    yield sign_in
    for nav in made:
        nav.sign_out()
    LANGUAGE.set("zh")


@pytest.fixture
def help_at(qapp):
    """The application's help window (no navigator), opened at a chapter; gone after the test."""
    from shiboken6 import isValid

    controller = help_windows(qapp)
    yield lambda chapter="index", where="": show_guide(chapter, where, owner=qapp)
    if controller.window is not None and isValid(controller.window):
        controller.window.close()
        controller.window.deleteLater()
    controller.window = None
    LANGUAGE.set("zh")


def switch_language(lang):
    LANGUAGE.set(lang)
    QApplication.processEvents()  # LanguageChange is posted to the windows


def section_heading(lang, chapter, section):
    return guide.sections(guide.read(lang, chapter))[section].text


def test_f1_on_the_desk_opens_the_desk_chapter_in_chinese(qtbot, navigator):
    nav = navigator()
    desk = nav.window("desk")
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk)
    qtbot.keyClick(desk.residents.search, Qt.Key.Key_F1)
    help_window = help_windows(nav).window
    assert help_window is not None and help_window.isVisible()
    assert help_window.chapter == "desk"
    assert help_window.current_heading() == section_heading("zh", "desk", "desk")
    shown = help_window.browser.toPlainText()
    assert guide.title(guide.read("zh", "desk")) in shown
    assert help_window.chapters.currentItem().text() == guide.title(guide.read("zh", "desk"))
    # The view starts at the window's own section, not at the top of the chapter.
    assert help_window.browser.textCursor().block().text().strip() == section_heading("zh", "desk", "desk")


def test_switching_language_shows_the_same_section_in_english(qtbot, navigator):
    nav = navigator()
    help_window = nav.window("reception").help_menu.open_guide()
    assert help_window.current_heading() == section_heading("zh", "desk", "reception")
    switch_language("en")
    qtbot.waitUntil(lambda: help_window.lang == "en")  # the LanguageChange event is posted
    assert help_window.current_heading() == section_heading("en", "desk", "reception")
    assert guide.title(guide.read("en", "desk")) in help_window.browser.toPlainText()
    assert help_window.windowTitle() == help_window.tr("One Window — User guide")
    switch_language("zh")
    qtbot.waitUntil(lambda: help_window.lang == "zh")
    assert guide.title(guide.read("zh", "desk")) in help_window.browser.toPlainText()


def test_each_window_opens_its_own_section(qtbot, navigator):
    chief, admin = navigator("chenlx", "站长室"), navigator("admin", "机房")
    for nav, name in ((chief, "back_office"), (chief, "reports"), (chief, "audit"), (chief, "visits"),
                      (chief, "cases"), (admin, "accounts")):
        help_window = nav.window(name).help_menu.open_guide()
        chapter, section = guide.topic(name)
        assert (help_window.chapter, help_window.current_heading()) == (
            chapter, section_heading("zh", chapter, section)), name


def test_every_navigator_window_but_the_waiting_display_has_the_help_menu(qtbot, navigator):
    nav = navigator("chenlx", "站长室")
    for name in ("desk", "back_office", "visits", "reception", "cases", "needs", "reports", "dashboard", "audit"):
        window = nav.window(name)
        menu = window.help_menu
        assert menu.guide_action.shortcut() == QKeySequence("F1")
        assert menu.menu.menuAction() in window.menuBar().actions()
        assert [a.objectName() for a in menu.menu.actions() if not a.isSeparator()] == [
            "actionHelpGuide", "actionHelpShortcuts", "actionHelpAbout"]
    assert not hasattr(nav.window("display"), "help_menu")


def test_keyboard_shortcuts_and_about(qtbot, navigator):
    nav = navigator()
    desk = nav.window("desk")
    desk.help_menu.shortcuts_action.trigger()
    assert help_windows(nav).window.chapter == "shortcuts"
    box = desk.help_menu.about()
    assert isinstance(box, AboutBox) and box.objectName() == "aboutBox"
    assert app_version() in box.text() and app_version() != "dev"
    assert nav.station.name in box.informativeText()
    box.close()


def test_one_help_window_per_worker_closed_on_sign_out(qtbot, navigator):
    nav = navigator()
    first = nav.window("desk").help_menu.open_guide()
    again = nav.window("visits").help_menu.open_guide()
    assert first is again and first.chapter == "desk"
    nav.sign_out()
    assert not first.isVisible()


@pytest.mark.parametrize("lang", guide.LANGS)
def test_every_link_and_picture_works_in_the_window(qtbot, help_at, lang):
    switch_language(lang)
    window = help_at()
    for chapter in guide.CHAPTERS:
        text = guide.read(lang, chapter)
        window.open(chapter)
        for link in guide.links(text):
            if link.image:
                assert window.browser.image(link.target) is not None, f"{chapter}: {link.target}"
                continue
            if window.chapter != chapter:
                window.open(chapter)
            target = guide.resolve(lang, chapter, link.target)
            window.follow(QUrl(link.target))
            if target.kind == "chapter":
                assert window.chapter == target.chapter, link.target
                if target.fragment:
                    expected = guide.heading_for(guide.read(lang, target.chapter), target.fragment)
                    assert window.current_heading() == expected.text, link.target


def test_pictures_are_narrowed_to_the_window(qtbot, help_at):
    window = help_at("desk", "desk")
    window.resize(800, 600)
    qtbot.wait(10)
    window.open("desk", "desk")
    block = window.browser.document().begin()
    widths = []
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                widths.append(form.toImageFormat().width())
            fragments += 1
        block = block.next()
    assert widths and max(widths) <= window.browser.viewport().width()


def test_back_returns_to_where_the_link_was_followed(qtbot, help_at):
    window = help_at("index")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.follow(QUrl("desk.md"))
    assert window.chapter == "desk" and window.back_button.isEnabled()
    qtbot.keyClick(window.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.chapter == "index"


def test_search_counts_the_chapters_and_finds_the_next_place(qtbot, help_at):
    switch_language("en")
    window = help_at("index")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "Immediate Response")
    hits = guide.search("en", "Immediate Response")
    row = guide.CHAPTERS.index("back-office")
    assert window.chapters.item(row).text().endswith(f"({hits['back-office']})")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.chapter in hits
    assert window.browser.textCursor().selectedText().lower() == "immediate response"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert not window.find_next()  # nothing to find: the search box gets the focus


def _go_menu_keys(nav):
    """(keys, label) of every Go menu entry that has a key, as the guide writes them."""
    go = nav.window("desk").go_menu
    out = []
    for _name, action in go.items + go.session_items:
        keys = [guide.key_text(k.toString(QKeySequence.SequenceFormat.PortableText)) for k in action.shortcuts()]
        if keys:
            label = re.sub(r"\s*[(（]&\w[)）]", "", action.text()).replace("&", "").rstrip("…")
            out.append((keys, label))
    return out


def test_the_shortcut_chapter_lists_the_go_menus_real_keys(qtbot, navigator):
    nav = navigator("chenlx", "站长室")
    rows = {lang: [line for line in guide.read(lang, "shortcuts").splitlines() if line.startswith("| ")]
            for lang in guide.LANGS}
    for lang in guide.LANGS:
        switch_language(lang)
        for keys, label in _go_menu_keys(nav):
            line = next((r for r in rows[lang] if r.startswith(f"| {' / '.join(keys)} |")), None)
            assert line is not None, f"{lang}: {keys} ({label}) missing: run scripts/guide_screenshots.py"
            if lang == "en":  # the Chinese labels follow the merged translation, re-run the script after it
                assert label in line, line
    LANGUAGE.set("zh")
    help_key = QKeySequence("F1").toString(QKeySequence.SequenceFormat.PortableText)
    assert all(any(r.startswith(f"| {help_key} |") for r in rows[lang]) for lang in guide.LANGS)


def test_the_help_window_is_a_window_of_its_own_with_named_widgets(qtbot, help_at):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QSplitter, QWidget

    window = help_at()
    assert window.isWindow() and window.objectName() == "helpWindow"
    kinds = (QLineEdit, QAbstractButton, QAbstractItemView, QLabel, QSplitter)

    def inside_a_composite(w):  # a line edit's clear button, a list's scroll bars, the browser's viewport
        p = w.parent()
        while p is not None and p is not window:
            if isinstance(p, (QLineEdit, QAbstractItemView)) or p is window.browser:
                return True
            p = p.parent()
        return False

    found = [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_composite(w)]
    assert len(found) >= 7
    assert [type(w).__name__ for w in found if not w.objectName()] == []
