"""The first start's one question: the administrator's password. No password ships with
the program, so nobody can sign in until the person installing the station chooses one."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import accounts
from app.services.context import Actor, ServiceContext
from app.services.errors import DomainError

from ..feedback import error_text
from .common import LanguageButton, MessageDialog, error_label, password_box


class SetupDialog(MessageDialog):
    """Accepted once `accounts.set_up_admin` took the password: `actor` is the administrator.
    Cancel quits the program (nothing else can be done before a password exists)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self._build_ui()
        self.retranslate()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(lambda _t: self.message.hide())
        self.password.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("setupDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self.title = QLabel(objectName="setupTitle")
        self.title.setProperty("role", "paneTitle")
        self.title.setWordWrap(True)
        self.language = LanguageButton("setupLanguageButton")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        self.intro = QLabel(objectName="setupIntro")
        self.intro.setWordWrap(True)
        self.rules = QLabel(objectName="setupRules")
        self.rules.setWordWrap(True)
        self.password = password_box("setupPassword")
        self.repeat = password_box("setupRepeat")
        self.labels = {key: QLabel(objectName=f"setupLabel_{key}") for key in ("password", "repeat")}
        form = QFormLayout()
        for key, box in (("password", self.password), ("repeat", self.repeat)):
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
        self.message = error_label("setupMessage")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="setupButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.rules)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One Window — first start"))
        self.title.setText(self.tr("Choose the administrator's password"))
        self.intro.setText(self.tr(
            "One Window ships without a password. Choose the password of the administrator account "
            "(user name: admin); the administrator then creates the staff's accounts. Keep it somewhere safe."))
        self.rules.setText(self.tr("At least %1 characters, with both letters and digits.")
                           .replace("%1", str(accounts.PASSWORD_MIN)))
        self.labels["password"].setText(self.tr("&Password:"))
        self.labels["repeat"].setText(self.tr("&Repeat it:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set the password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.language.relabel()

    def accept(self) -> None:
        password = self.password.text()
        if password != self.repeat.text():
            self.show_message(self.tr("The two passwords differ; type the same password twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self.actor = accounts.set_up_admin(self.ctx, password)
        except DomainError as err:
            self.show_message(error_text(err))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.password.clear()
        self.repeat.clear()
        super().accept()
