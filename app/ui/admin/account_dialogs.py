"""The administrator's account dialogs: a new account or an edited one, and a password reset.
A refusal from the service stays in the dialog, beside what was typed."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.services import accounts
from app.services.accounts import AccountInfo
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.permissions import ROLE_LABELS, Role

from ..feedback import error_text
from ..i18n import pair
from ..login.common import MessageDialog, error_label, password_box


def _buttons(name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               objectName=name)
    for b in buttons.buttons():
        b.setObjectName(name + buttons.standardButton(b).name)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    return buttons


class AccountDialog(MessageDialog):
    """New account (user name, name, role, password twice) or, given `account`, its name, role and whether
    it is active. `result_account` holds what the service saved."""

    def __init__(self, ctx: ServiceContext, account: AccountInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.account = ctx, account
        self.result_account: AccountInfo | None = None
        self._build_ui()
        self.retranslate()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if account is not None:
            self.username.setText(account.username)
            self.name.setText(account.name)
            self.role.setCurrentIndex(max(0, self.role.findData(account.role)))
            self.active.setChecked(account.active)
            self.name.setFocus()
        else:
            self.role.setCurrentIndex(max(0, self.role.findData(Role.SOCIAL_WORKER.value)))
            self.username.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("accountDialog")
        self.setModal(True)
        self.setMinimumWidth(500)
        new = self.account is None
        self.username = QLineEdit(objectName="accountUsername")
        self.username.setMaxLength(32)
        self.username.setReadOnly(not new)
        self.name = QLineEdit(objectName="accountName")
        self.name.setMaxLength(64)
        self.role = QComboBox(objectName="accountRole")
        for role, labels in ROLE_LABELS.items():
            self.role.addItem(pair(labels), role.value)
        self.active = QCheckBox(objectName="accountActive")
        self.password = password_box("accountPassword")
        self.repeat = password_box("accountRepeat")
        self.labels = {key: QLabel(objectName=f"accountLabel_{key}")
                       for key in ("username", "name", "role", "password", "repeat")}
        form = QFormLayout()
        rows = [("username", self.username), ("name", self.name), ("role", self.role)]
        rows += [("password", self.password), ("repeat", self.repeat)] if new else []
        for key, box in rows:
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
        if new:
            self.active.hide()
        else:
            form.addRow("", self.active)
            for key in ("password", "repeat"):
                self.labels[key].hide()
            self.password.hide()
            self.repeat.hide()
        self.rules = QLabel(objectName="accountRules")
        self.rules.setWordWrap(True)
        self.rules.setVisible(new)
        self.message = error_label("accountMessage")
        self.message.hide()
        self.buttons = _buttons("accountButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account") if self.account is None else self.tr("Edit account"))
        self.labels["username"].setText(self.tr("&User name:"))
        self.labels["name"].setText(self.tr("&Name:"))
        self.labels["role"].setText(self.tr("&Role:"))
        self.labels["password"].setText(self.tr("&Password:"))
        self.labels["repeat"].setText(self.tr("R&epeat it:"))
        self.username.setPlaceholderText(self.tr("lower-case letters and digits, e.g. zhangwei"))
        self.active.setText(self.tr("&Active (may sign in)"))
        self.rules.setText(self.tr("At least %1 characters, with both letters and digits.")
                           .replace("%1", str(accounts.PASSWORD_MIN)))
        for i, labels in enumerate(ROLE_LABELS.values()):
            self.role.setItemText(i, pair(labels))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create") if self.account is None else self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        try:
            if self.account is None:
                if self.password.text() != self.repeat.text():
                    self.show_message(self.tr("The two passwords differ; type the same password twice."))
                    self.repeat.clear()
                    self.repeat.setFocus()
                    return
                self.result_account = accounts.create_account(
                    self.ctx, self.username.text(), self.name.text(), self.role.currentData(), self.password.text())
            else:
                self.result_account = accounts.update_account(
                    self.ctx, self.account.id, name=self.name.text(), role=self.role.currentData(),
                    active=self.active.isChecked())
        except DomainError as err:
            self.show_message(error_text(err))
            return
        self.password.clear()
        self.repeat.clear()
        super().accept()


class PasswordDialog(MessageDialog):
    """The administrator sets a new password for someone who forgot theirs (it also unlocks the account)."""

    def __init__(self, ctx: ServiceContext, account: AccountInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.account = ctx, account
        self._build_ui()
        self.retranslate()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("passwordDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.prompt = QLabel(objectName="passwordPrompt")
        self.prompt.setWordWrap(True)
        self.password = password_box("passwordNew")
        self.repeat = password_box("passwordRepeat")
        self.labels = {key: QLabel(objectName=f"passwordLabel_{key}") for key in ("password", "repeat")}
        form = QFormLayout()
        for key, box in (("password", self.password), ("repeat", self.repeat)):
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
        self.message = error_label("passwordMessage")
        self.message.hide()
        self.buttons = _buttons("passwordButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.prompt.setText(self.tr("New password for %1 (%2). At least %3 characters, with letters and digits.")
                            .replace("%1", self.account.name).replace("%2", self.account.username)
                            .replace("%3", str(accounts.PASSWORD_MIN)))
        self.labels["password"].setText(self.tr("&New password:"))
        self.labels["repeat"].setText(self.tr("R&epeat it:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ; type the same password twice."))
            self.message.show()
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            accounts.reset_password(self.ctx, self.account.id, self.password.text())
        except DomainError as err:
            self.message.setText(error_text(err))
            self.message.show()
            return
        self.password.clear()
        self.repeat.clear()
        super().accept()
