"""The user guide on screen: the chapter list and a search field on the left, the chapter on the right,
rendered from the same Markdown files the repository shows (docs/guide), so it works offline."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ..chrome import press_buttons_on_enter, window_shortcut
from ..i18n import LANGUAGE
from . import guide

IMAGE_MARGIN = 28  # pixels kept free beside a picture so it never needs a horizontal scroll bar
NO_HITS = "#9e9e9e"


class GuideBrowser(QTextBrowser):
    """Loads the chapter's pictures itself: setMarkdown leaves no source to resolve relative paths from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="helpBrowser")
        self.lang, self.chapter = "zh", "index"
        self.images: dict[str, QImage] = {}

    def image(self, name: str) -> QImage | None:
        if name not in self.images:
            target = guide.resolve(self.lang, self.chapter, name)
            self.images[name] = QImage(str(target.path)) if target.kind == "image" else QImage()
        image = self.images[name]
        return None if image.isNull() else image

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt API
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = self.image(name.toString())
            if image is not None:
                return image
        return super().loadResource(kind, name)


class HelpWindow(QWidget):
    """One per application (see menu.py). `open(chapter, where)` shows a chapter at a section key,
    a heading's #slug, or its top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.chapter = "index"
        self.heading_index = -1  # the heading last scrolled to: kept when the language changes
        self.history: list[tuple[str, int]] = []
        self._build_ui()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.open("index", remember=False)

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("helpWindow")
        self.resize(1100, 720)
        self.back_button = QPushButton(objectName="helpBackButton")
        self.back_button.setEnabled(False)
        self.search = QLineEdit(objectName="helpSearch")
        self.search.setClearButtonEnabled(True)
        self.find_button = QPushButton(objectName="helpFindButton")
        self.status = QLabel(objectName="helpStatus")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.status)
        self.chapters_title = QLabel(objectName="helpChaptersTitle")
        self.chapters_title.setProperty("role", "paneTitle")
        self.chapters = QListWidget(objectName="helpChapters")
        for chapter in guide.CHAPTERS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, chapter)
            self.chapters.addItem(item)
        left = QWidget(objectName="helpLeftPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chapters_title)
        left_layout.addWidget(self.chapters, 1)
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="helpSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 870])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _build_shortcuts(self) -> None:
        window_shortcut(self, QKeySequence.StandardKey.Find, self.focus_search, "helpShortcutSearch")
        window_shortcut(self, "F3", self.find_next, "helpShortcutFindNext")
        window_shortcut(self, "Shift+F3", lambda: self.find_next(backward=True), "helpShortcutFindPrevious")
        window_shortcut(self, "Alt+Left", self.back, "helpShortcutBack")
        window_shortcut(self, "Escape", self.escape, "helpShortcutEscape")
        window_shortcut(self, QKeySequence.StandardKey.Close, self.close, "helpShortcutClose")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One Window — User guide"))
        self.back_button.setText(self.tr("← Back (Alt+←)"))
        self.search.setPlaceholderText(self.tr("Search the guide (Ctrl+F), Enter finds the next"))
        self.find_button.setText(self.tr("Find next (F3)"))
        self.chapters_title.setText(self.tr("Chapters"))
        self._label_chapters()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The same chapter and heading in the other language: the chapters share their structure.
            self.open(self.chapter, self.heading_index, remember=False)
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.chapters.currentRowChanged.connect(self._chapter_row)
        self.search.textChanged.connect(lambda _t: self._label_chapters())
        self.search.returnPressed.connect(self.find_next)
        self.find_button.clicked.connect(self.find_next)
        self.back_button.clicked.connect(self.back)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.viewport().installEventFilter(self)
        press_buttons_on_enter(self.back_button, self.find_button)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        return False

    def open(self, chapter: str, where: str | int = "", remember: bool = True) -> bool:
        """Show `chapter` at `where`: a section key, a #slug, a heading's index, or the top.
        False when the chapter is not in this installation (the page says so)."""
        if chapter not in guide.CHAPTERS:
            chapter, where = "index", ""
        if remember and (self.chapter, self.heading_index) != (chapter, where):
            self.history.append((self.chapter, self.heading_index))
            self.back_button.setEnabled(True)
        text = guide.read(LANGUAGE.code, chapter)
        self.chapter = chapter
        self.browser.lang, self.browser.chapter, self.browser.images = LANGUAGE.code, chapter, {}
        if text:
            self.browser.setMarkdown(text)
        else:
            missing = self.tr("This chapter is missing from the installation: %1").replace(
                "%1", str(guide.chapter_file(LANGUAGE.code, chapter)))
            self.browser.setMarkdown(f"**{missing}**")
        self._fit_images()
        self.chapters.blockSignals(True)
        self.chapters.setCurrentRow(guide.CHAPTERS.index(chapter))
        self.chapters.blockSignals(False)
        self.heading_index = self._heading_index(text, where)
        self.scroll_to_heading(self.heading_index)
        return bool(text)

    def _heading_index(self, text: str, where: str | int) -> int:
        marks = guide.headings(text)
        if isinstance(where, int):
            return where if 0 <= where < len(marks) else -1
        target = guide.heading_for(text, where) if where else None
        return marks.index(target) if target is not None else -1

    def scroll_to_heading(self, index: int) -> None:
        """The index-th heading of the chapter at the top of the view (the top of the chapter for -1)."""
        bar = self.browser.verticalScrollBar()
        if index < 0:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            bar.setValue(0)
            return
        seen = -1
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                seen += 1
                if seen == index:
                    cursor = QTextCursor(block)
                    self.browser.setTextCursor(cursor)
                    top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                    bar.setValue(int(top))
                    return
            block = block.next()

    def current_heading(self) -> str:
        """The heading scrolled to, as shown (tests and the window title use it)."""
        marks = guide.headings(guide.read(LANGUAGE.code, self.chapter))
        return marks[self.heading_index].text if 0 <= self.heading_index < len(marks) else ""

    def _chapter_row(self, row: int) -> None:
        if 0 <= row < len(guide.CHAPTERS):
            self.open(guide.CHAPTERS[row])

    def follow(self, url: QUrl) -> None:
        """A link in the chapter: another chapter (at a heading), a picture, or a web address."""
        target = guide.resolve(LANGUAGE.code, self.chapter, url.toString())
        if target.kind == "chapter":
            self.open(target.chapter, target.fragment)
        elif target.kind == "external":
            QDesktopServices.openUrl(url)
        elif target.kind == "image":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.path)))
        else:
            self.status.setText(self.tr("Link not found: %1").replace("%1", url.toString()))

    def back(self) -> None:
        if not self.history:
            return
        chapter, index = self.history.pop()
        self.open(chapter, index, remember=False)
        self.back_button.setEnabled(bool(self.history))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self.browser.setFocus()
        else:
            self.close()

    def find_next(self, backward: bool = False) -> bool:
        """The next occurrence in this chapter, wrapping round; then the next chapter that has the words."""
        words = self.search.text().strip()
        if not words:
            self.focus_search()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(words, flags):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        if self.browser.find(words, flags):
            return True
        hits = guide.search(LANGUAGE.code, words)
        order = list(guide.CHAPTERS)
        start = order.index(self.chapter)
        for chapter in order[start + 1:] + order[:start]:
            if chapter in hits:
                self.open(chapter)
                return self.browser.find(words)
        return False

    def _label_chapters(self) -> None:
        """Chapter titles, with the number of places the searched words occur."""
        hits = guide.search(LANGUAGE.code, self.search.text())
        words = bool(self.search.text().strip())
        for row, chapter in enumerate(guide.CHAPTERS):
            item = self.chapters.item(row)
            name = guide.title(guide.read(LANGUAGE.code, chapter)) or chapter
            item.setText(f"{name}  ({hits[chapter]})" if chapter in hits else name)
            item.setForeground(QBrush(QColor(NO_HITS)) if words and chapter not in hits else
                               self.chapters.palette().text())
        if words:
            total = sum(hits.values())
            self.status.setText(self.tr("%1 found in %2 chapter(s)").replace("%1", str(total)).replace(
                "%2", str(len(hits))) if hits else self.tr("Not found"))
        else:
            self.status.setText("")

    def _fit_images(self) -> None:
        """Pictures at their own size, or narrowed to the view's width (screenshots are 1366 pixels wide)."""
        room = max(200, self.browser.viewport().width() - IMAGE_MARGIN)
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                form = fragment.charFormat()
                if form.isImageFormat():
                    image_format = form.toImageFormat()
                    image = self.browser.image(image_format.name())
                    if image is not None:
                        width = min(image.width(), room)
                        if abs(image_format.width() - width) > 1:
                            image_format.setWidth(width)
                            image_format.setHeight(image.height() * width / image.width())
                            cursor.setPosition(fragment.position())
                            cursor.setPosition(fragment.position() + fragment.length(),
                                               QTextCursor.MoveMode.KeepAnchor)
                            cursor.setCharFormat(image_format)
                fragments += 1
            block = block.next()
