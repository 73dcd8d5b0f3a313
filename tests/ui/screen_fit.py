"""What a person at a 1366x768 desk would find cut off in a window: text wider (or taller) than its widget,
widgets outside the window. Shared by the screen-fit test and scripts that look at the windows."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea, QCheckBox, QLabel, QPushButton, QRadioButton, QStyle, QStyleOptionButton, QTabWidget,
    QWidget,
)

SCREEN = (1366, 768)
WORK_AREA = (1366, 728)  # less the taskbar
SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie outside what is shown, and scrolls into view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"needs {need}px height, has {label.height()}"
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text()))
    if not rich:
        # The text as drawn: a label with a buddy shows its & as an underline.
        text = _plain(label.text()) if label.buddy() is not None else label.text()
        width = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        room = label.contentsRect().width() - max(0, label.indent()) - 2 * label.margin()
        if width > room + SLACK:
            return f"text {width}px wide in {room}px"
    hint = label.minimumSizeHint()  # a label that does not wrap needs its whole text
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()}px width, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"needs {hint.height()}px height, has {label.height()}"
    return None


def button_problem(button) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = {QPushButton: QStyle.SubElement.SE_PushButtonContents,
               QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
               QRadioButton: QStyle.SubElement.SE_RadioButtonContents}
    kind = next(k for k in element if isinstance(button, k))
    contents = button.style().subElementRect(element[kind], option, button)
    width = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if width > contents.width() + SLACK:
        return f"text {width}px wide in {contents.width()}px"
    if button.fontMetrics().height() > contents.height() + SLACK:
        return f"text {button.fontMetrics().height()}px high in {contents.height()}px"
    return None


def _visible_pages(window: QWidget):
    """Every page of every tab widget in turn (a cut-off label on the second tab counts too)."""
    tabs = [t for t in window.findChildren(QTabWidget) if t.isVisible()]
    yield None
    for tab in tabs:
        current = tab.currentIndex()
        for i in range(tab.count()):
            if i != current and tab.isTabEnabled(i):
                tab.setCurrentIndex(i)
                yield f"{tab.objectName()}[{i}]"
        tab.setCurrentIndex(current)


def problems(window: QWidget) -> list[str]:
    """Everything cut off in the window as it is now sized; one line each, named by objectName."""
    from PySide6.QtWidgets import QApplication

    found: list[str] = []
    frame = QRect(QPoint(0, 0), window.size())
    for page in _visible_pages(window):
        QApplication.processEvents()
        for w in window.findChildren(QWidget):
            if not w.isVisible() or w.window() is not window:
                continue
            where = f"{w.objectName() or type(w).__name__}" + (f" on {page}" if page else "")
            if isinstance(w, QLabel):
                problem = label_problem(w)
            elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)):
                problem = button_problem(w)
            else:
                problem = None
            if problem:
                found.append(f"{where} {w.text()!r}: {problem}")
            if not _scrolls(w, window):
                rect = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
                if not frame.contains(rect):
                    found.append(f"{where}: outside the window ({rect.x()},{rect.y()} {rect.width()}x"
                                 f"{rect.height()} in {frame.width()}x{frame.height()})")
    return sorted(set(found))
