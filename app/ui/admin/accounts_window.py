"""The administrator's accounts: who may sign in, in which role; new accounts,
password resets and unlocking a worker who mistyped five times."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QTableView, QVBoxLayout, QWidget

from app.services import accounts
from app.services.accounts import AccountInfo
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError

from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import datetime_text
from ..i18n import LANGUAGE
from ..models import Column, RowsModel
from ..search_list import setup_results_table
from .account_dialogs import AccountDialog, PasswordDialog

LOCKED_RED = "#b00020"
INACTIVE_GREY = "#9e9e9e"


class AccountsWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station: StationInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.station = ctx, station
        self.dialog: QWidget | None = None
        self._build_ui()
        self.lang_menu = add_language_menu(self, ("accountsLanguageMenu", "accountsLangZh", "accountsLangEn"))
        self.menuBar().setObjectName("accountsMenuBar")
        self.retranslate()
        self._wire()
        self.refresh()
        self.table.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("accountsWindow")
        self.resize(1100, 640)
        self.message_bar = MessageBar("accountsMessageBar", timeout_ms=12000)
        self.title = QLabel(objectName="accountsTitle")
        self.title.setProperty("role", "paneTitle")
        self.model = RowsModel([
            Column(lambda: self.tr("User name"), lambda a: a.username, self._grey),
            Column(lambda: self.tr("Name"), lambda a: a.name, self._grey),
            Column(lambda: self.tr("Role"), lambda a: LANGUAGE.pick(a.role_zh, a.role_en), self._grey),
            Column(lambda: self.tr("Active"), lambda a: self.tr("yes") if a.active else self.tr("no"), self._grey),
            Column(lambda: self.tr("Password set"), lambda a: self.tr("yes") if a.has_password else self.tr("no"),
                   lambda a: None if a.has_password else LOCKED_RED),
            Column(lambda: self.tr("Locked until"), self._locked_text, lambda a: LOCKED_RED),
        ], self)
        self.table = QTableView(objectName="accountsTable")
        setup_results_table(self.table, self.model)
        self.new_button = QPushButton(objectName="accountsNewButton")
        self.new_button.setProperty("role", "primary")
        self.edit_button = QPushButton(objectName="accountsEditButton")
        self.reset_button = QPushButton(objectName="accountsResetButton")
        self.unlock_button = QPushButton(objectName="accountsUnlockButton")
        self.count = QLabel(objectName="accountsCount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for b in (self.new_button, self.edit_button, self.reset_button, self.unlock_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        body = QWidget(objectName="accountsBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.status_station, self.status_worker = install_body(self, "accounts", self.message_bar, body)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accounts — %1").replace("%1", self.station.name))
        self.title.setText(self.tr("Staff accounts"))
        self.new_button.setText(self.tr("New… (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edit… (Enter)"))
        self.reset_button.setText(self.tr("Reset password… (Ctrl+R)"))
        self.unlock_button.setText(self.tr("Unlock (Ctrl+U)"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Administrator: %1").replace("%1", actor.name) if actor else "")
        self.count.setText(self.tr("%n account(s)", "", len(self.model.rows)))
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.activated.connect(lambda _i: self.edit_account())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        window_shortcut(self, "Ctrl+N", self.new_account, "accountsShortcutNew")
        window_shortcut(self, "Ctrl+E", self.edit_account, "accountsShortcutEdit")
        window_shortcut(self, "Ctrl+R", self.reset_password, "accountsShortcutReset")
        window_shortcut(self, "Ctrl+U", self.unlock, "accountsShortcutUnlock")
        window_shortcut(self, "F5", self.refresh, "accountsShortcutRefresh")
        self._enter = press_buttons_on_enter(self.new_button, self.edit_button, self.reset_button, self.unlock_button)

    # -- behaviour ----------------------------------------------------------

    def _grey(self, a: AccountInfo) -> str | None:
        return None if a.active else INACTIVE_GREY

    def _locked_text(self, a: AccountInfo) -> str:
        if a.locked_until and a.locked_until > self.ctx.now():
            return datetime_text(a.locked_until)
        return ""

    def selected(self) -> AccountInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def refresh(self) -> list[AccountInfo]:
        chosen = self.selected()
        try:
            rows = accounts.list_accounts(self.ctx)
        except DomainError as err:
            self.message_bar.show_text(error_text(err))
            rows = []
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n account(s)", "", len(rows)))
        ids = [a.id for a in rows]
        if rows:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self._update_buttons()
        return rows

    def _update_buttons(self) -> None:
        a = self.selected()
        for b in (self.edit_button, self.reset_button):
            b.setEnabled(a is not None)
        self.unlock_button.setEnabled(bool(a and (a.failed_logins or self._locked_text(a))))

    def _open(self, dialog: QWidget, done) -> QWidget:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def new_account(self) -> QWidget:
        return self._open(AccountDialog(self.ctx, None, self), lambda: self._saved(
            self.tr("Account %1 created.")))

    def edit_account(self) -> QWidget | None:
        a = self.selected()
        if a is None:
            return None
        return self._open(AccountDialog(self.ctx, a, self), lambda: self._saved(self.tr("Account %1 saved.")))

    def _saved(self, text: str) -> None:
        account = getattr(self.dialog, "result_account", None)
        rows = self.refresh()
        if account is not None:
            self.table.selectRow(next((i for i, r in enumerate(rows) if r.id == account.id), 0))
            self.message_bar.show_text(text.replace("%1", account.username), ok=True)

    def reset_password(self) -> QWidget | None:
        a = self.selected()
        if a is None:
            return None
        return self._open(PasswordDialog(self.ctx, a, self), lambda: (self.refresh(), self.message_bar.show_text(
            self.tr("New password set for %1; the account is unlocked.").replace("%1", a.username), ok=True)))

    def unlock(self) -> None:
        a = self.selected()
        if a is None:
            return
        try:
            accounts.unlock(self.ctx, a.id)
        except DomainError as err:
            self.message_bar.show_text(error_text(err))
            return
        self.refresh()
        self.message_bar.show_text(self.tr("%1 may sign in again.").replace("%1", a.username), ok=True)
