"""The user guide on screen: the chapter list and a search field on the left, the chapter on the right,
rendered from the same Markdown files the repository shows (docs/guide), so it works offline."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
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
FIT_DELAY_MS = 60


class GuideBrowser(QTextBrowser):
    """Loads the chapter's pictures itself: setMarkdown leaves no source to resolve relative paths from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="helpBrowser")
        self.lang, self.chapter = "zh", "index"
        self.decoded: dict[str, QImage] = {}  # by file: chapters share pictures, and decoding is the slow part

    def image(self, name: str) -> QImage | None:
        target = guide.resolve(self.lang, self.chapter, name)
        if target.kind != "image":
            return None
        key = str(target.path)
        if key not in self.decoded:
            self.decoded[key] = QImage(key)
        image = self.decoded[key]
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
        self.chapter, self.lang = "index", LANGUAGE.code
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
        self.chapters.setWordWrap(True)  # long English titles wrap rather than hide behind a scroll bar
        self.chapters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.splitter.setSizes([250, 850])
        self.splitter.setChildrenCollapsible(False)
        self.fit_timer = QTimer(self, objectName="helpFitTimer")
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(FIT_DELAY_MS)
        self.fit_timer.timeout.connect(self._fit_images)
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
        self.find_button.clicked.connect(lambda: self.find_next())
        self.back_button.clicked.connect(self.back)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.viewport().installEventFilter(self)
        press_buttons_on_enter(self.back_button, self.find_button)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_timer.start()  # once the resizing stops: scaling every picture takes a moment
        return False

    def open(self, chapter: str, where: str | int = "", remember: bool = True) -> bool:
        """Show `chapter` at `where`: a section key, a #slug, a heading's index, or the top.
        False when the chapter is not in this installation (the page says so)."""
        if chapter not in guide.CHAPTERS:
            chapter, where = "index", ""
        if remember and (self.chapter, self.heading_index) != (chapter, where):
            self.history.append((self.chapter, self.heading_index))
            self.back_button.setEnabled(True)
        self.chapter, self.lang = chapter, LANGUAGE.code
        text = guide.read(self.lang, chapter)
        self.browser.lang, self.browser.chapter = self.lang, chapter
        if text:
            self.browser.setMarkdown(text)
        else:
            missing = self.tr("This chapter is missing from the installation: %1").replace(
                "%1", str(guide.chapter_file(self.lang, chapter)))
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
        marks = guide.headings(guide.read(self.lang, self.chapter))
        return marks[self.heading_index].text if 0 <= self.heading_index < len(marks) else ""

    def _chapter_row(self, row: int) -> None:
        if 0 <= row < len(guide.CHAPTERS):
            self.open(guide.CHAPTERS[row])

    def follow(self, url: QUrl) -> None:
        """A link in the chapter: another chapter (at a heading), a picture, or a web address."""
        target = guide.resolve(self.lang, self.chapter, url.toString())
        if target.kind == "chapter":
            self.open(target.chapter, target.fragment)
        elif target.kind == "external":
            QDesktopServices.openUrl(url)
        elif target.kind in ("image", "file"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.path)))
        else:
            # A format description beside the guide in the source tree, not in the installed bundle.
            self.status.setText(self.tr("Not part of the installed guide: %1").replace("%1", url.toString()))

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
        hits = guide.search(self.lang, words)
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
        """Pictures at their own size, or narrowed to the view's width (screenshots are 1366 pixels wide),
        scaled smoothly once here: the text document would draw them scaled with jagged letters."""
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
                    self._fit_image(document, cursor, fragment, form.toImageFormat(), room)
                fragments += 1
            block = block.next()

    def _fit_image(self, document: QTextDocument, cursor: QTextCursor, fragment, image_format, room: int) -> None:
        image = self.browser.image(image_format.name())
        if image is None:
            return
        width = min(image.width(), room)
        if abs(image_format.width() - width) <= 1:
            return
        shown = image if width == image.width() else image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(image_format.name()), shown)
        image_format.setWidth(shown.width())
        image_format.setHeight(shown.height())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)
