"""The sign-in dialog: user name, password and desk. The service counts the failures
and locks the account; the dialog only shows what it says."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.services import accounts
from app.services.context import Actor, ServiceContext
from app.services.errors import DomainError

from ..feedback import error_text
from .common import LanguageButton, MessageDialog, error_label, password_box

LAST_USER_KEY = "login/last_user"
LAST_DESK_KEY = "login/desk"


class LoginDialog(MessageDialog):
    """Accepted once `accounts.login` returns: `actor` is who signed in. Escape quits."""

    def __init__(self, ctx: ServiceContext, station_name: str = "", username: str = "", desk: str = "",
                 settings: QSettings | None = None, station_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.station_name, self.settings, self.station_id = ctx, station_name, settings, station_id
        self.actor: Actor | None = None
        if settings is not None:
            username = username or str(settings.value(LAST_USER_KEY, "") or "")
            desk = str(settings.value(LAST_DESK_KEY, "") or "") or desk
        self._build_ui()
        self.retranslate()
        self.username.setText(username)
        self.desk.setText(desk)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        (self.password if username else self.username).setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("loginDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.title = QLabel(objectName="loginTitle")
        self.title.setProperty("role", "paneTitle")
        self.title.setWordWrap(True)
        self.language = LanguageButton("loginLanguageButton")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        self.username = QLineEdit(objectName="loginUsername")
        self.username.setMaxLength(64)
        self.password = password_box("loginPassword")
        self.desk = QLineEdit(objectName="loginDesk")
        self.desk.setMaxLength(32)
        self.labels = {key: QLabel(objectName=f"loginLabel_{key}") for key in ("username", "password", "desk")}
        form = QFormLayout()
        for key, box in (("username", self.username), ("password", self.password), ("desk", self.desk)):
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
        self.message = error_label("loginMessage")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="loginButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One Window — sign in"))
        station = f"{self.station_name}\n" if self.station_name else ""
        self.title.setText(station + self.tr("Sign in to One Window"))
        self.labels["username"].setText(self.tr("&User name:"))
        self.labels["password"].setText(self.tr("&Password:"))
        self.labels["desk"].setText(self.tr("&Desk:"))
        self.desk.setPlaceholderText(self.tr("e.g. 窗口1"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.language.relabel()

    def accept(self) -> None:
        username, desk = self.username.text().strip(), self.desk.text().strip()
        if not username:
            self.show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not desk:
            self.show_message(self.tr("Enter the name of this desk."))
            self.desk.setFocus()
            return
        try:
            self.actor = accounts.login(self.ctx, username, self.password.text(), desk, self.station_id)
        except DomainError as err:
            self.show_message(error_text(err))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            # The password leaves the widget as soon as it has been checked.
            self.password.clear()
        if self.settings is not None:
            self.settings.setValue(LAST_USER_KEY, username.lower())
            self.settings.setValue(LAST_DESK_KEY, desk)
            self.settings.sync()
        super().accept()
