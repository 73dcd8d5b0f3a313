"""What the sign-in dialogs share: password boxes, the error line, a language button
(they appear before any window, so before any language menu)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from app.services.accounts import PASSWORD_MAX

from ..i18n import LANGUAGE

ERROR_STYLE = "color: #b00020;"


def password_box(name: str) -> QLineEdit:
    box = QLineEdit(objectName=name)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setMaxLength(PASSWORD_MAX)
    return box


def error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class LanguageButton(QPushButton):
    """Shows the other language's name; pressing it switches the whole application."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent, objectName=name)
        self.setAutoDefault(False)
        self.clicked.connect(self._switch)
        self.relabel()

    def _switch(self) -> None:
        LANGUAGE.set("en" if LANGUAGE.code == "zh" else "zh")
        self.relabel()

    def relabel(self) -> None:
        self.setText("English" if LANGUAGE.code == "zh" else "中文")


class MessageDialog(QDialog):
    """A dialog with an error line (`self.message`) and a button box relabelled on a language switch."""

    message: QLabel  # and a retranslate(), both set up by the subclass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # After the button box has put Qt's own OK/Cancel back on its standard buttons;
            # dropped if the dialog is gone by then.
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

