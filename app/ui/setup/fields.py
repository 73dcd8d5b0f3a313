"""Inputs the setup wizard and the settings screen share: a folder with Browse…, the printer,
the paper and the language of this desk."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ..desk.action_panel import PAPERS as DESK_PAPERS
from ..i18n import pair
from .desk_settings import ASK_PRINTER, PAPERS

PAPER_LABELS = dict(DESK_PAPERS)
MISSING_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # a printer remembered but not found on this computer


def printer_names() -> list[str]:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo

        return list(QPrinterInfo.availablePrinterNames())
    except Exception:  # noqa: BLE001 - no print system at all: only "ask each time"
        return []


class FolderField(QWidget):
    """A folder typed or chosen with Browse…; `edited` when the worker changed it."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.edit = QLineEdit(objectName=f"{name}Edit")
        self.button = QPushButton(objectName=f"{name}Browse")
        self.button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.button.clicked.connect(self.browse)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLineEdit
        self.edit.setText(str(text))

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.text())
        if chosen:
            self.edit.setText(chosen)
            self.edited.emit()


class PrinterCombo(QComboBox):
    """The print dialog each time, or one of the printers this computer knows."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.addItem("", ASK_PRINTER)
        for printer in printer_names():
            self.addItem(printer, printer)
        self.retranslate()

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("Ask each time (print dialog)"))
        for i in range(1, self.count()):
            if self.itemData(i, MISSING_ROLE):
                self.setItemText(i, self.tr("%1 (not found)").replace("%1", self.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def printer(self) -> str:
        return self.currentData() or ASK_PRINTER

    def set_printer(self, name: str) -> None:
        index = self.findData(name or ASK_PRINTER)
        if index < 0:
            self.addItem(name, name)
            index = self.count() - 1
            self.setItemData(index, True, MISSING_ROLE)
            self.retranslate()
        self.setCurrentIndex(index)


class PaperCombo(QComboBox):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        for code in PAPERS:
            self.addItem("", code)
        self.retranslate()

    def retranslate(self) -> None:
        for i, code in enumerate(PAPERS):
            self.setItemText(i, pair(PAPER_LABELS[code]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paper(self) -> str:
        return self.currentData() or "A5"

    def set_paper(self, paper: str) -> None:
        self.setCurrentIndex(max(0, self.findData(paper)))


class LanguageCombo(QComboBox):
    """Each language in its own name, so it can be found whatever is shown."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.addItem("中文", "zh")
        self.addItem("English", "en")

    def language(self) -> str:
        return self.currentData()

    def set_language(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))
