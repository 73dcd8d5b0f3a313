"""The setup wizard's pages. Each checks its own input through the services when Next is
pressed and says what is wrong on the page; the wizard (wizard.py) owns the flow."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
    QWizard, QWizardPage,
)

from app.services import accounts, setup, station
from app.services.errors import DomainError
from app.services.setup_dto import AdminAccount, DatabaseCheck, StationDetails

from ..feedback import error_text
from ..i18n import LANGUAGE
from ..login.common import error_label, password_box
from .fields import FolderField, LanguageCombo, PaperCombo, PrinterCombo, printer_names
from .hours_grid import HoursGrid

WELCOME, DATABASE, STATION, HOURS, ADMIN, DESK, SUMMARY = range(7)
OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


class Page(QWizardPage):
    """Re-labelled on a language switch; `message` is the page's error line."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.message = error_label(f"{name}Message")
        self.message.hide()

    def retranslate(self) -> None:  # pragma: no cover - every page has its own
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()

    def refuse(self, err: Exception, focus: QWidget | None = None) -> bool:
        self.show_message(error_text(err))
        if focus is not None:
            focus.setFocus()
        return False


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


# -- (a) welcome -----------------------------------------------------------------

class WelcomePage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("setupWelcomePage", parent)
        self.intro = QLabel(objectName="setupWelcomeIntro")
        self.intro.setWordWrap(True)
        self.real = QRadioButton(objectName="setupChoiceStation")
        self.real_help = QLabel(objectName="setupChoiceStationHelp")
        self.demo = QRadioButton(objectName="setupChoiceDemo")
        self.demo_help = QLabel(objectName="setupChoiceDemoHelp")
        self.group = QButtonGroup(self)
        self.group.setObjectName("setupChoiceGroup")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        for button, help_ in ((self.real, self.real_help), (self.demo, self.demo_help)):
            self.group.addButton(button)
            help_.setWordWrap(True)
            help_.setIndent(28)
            layout.addWidget(button)
            layout.addWidget(help_)
            layout.addSpacing(8)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.real.setChecked(True)
        self.demo.toggled.connect(self._choice_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to One Window"))
        self.setSubTitle(self.tr("This computer has not been set up yet."))
        self.intro.setText(self.tr(
            "One Window keeps the station's residents and affairs in a database. Set up your own station "
            "(or connect this computer to the station's existing database), or try the demo station first."))
        self.real.setText(self.tr("&Set up this station"))
        self.real_help.setText(self.tr(
            "Choose the database, enter the station's details and opening hours, and create the administrator's "
            "account. A second desk computer chooses the station's database and joins it."))
        self.demo.setText(self.tr("&Try the demo station"))
        self.demo_help.setText(self.tr(
            "A made-up community with residents and affairs, for training. The next step asks for the "
            "administrator's password; staff accounts sign in with the password demo2019."))

    def _choice_changed(self) -> None:
        # Setting it makes QWizard ask nextId() again: Next becomes Finish for the demo, and back.
        self.setFinalPage(self.demo.isChecked())
        if self.wizard() is not None:
            self.wizard().refresh_buttons()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return -1 if self.demo.isChecked() else DATABASE


# -- (b) database -------------------------------------------------------------------

class DatabasePage(Page):
    def __init__(self, data_dir: Path, url: str | None, parent: QWidget | None = None):
        super().__init__("setupDatabasePage", parent)
        self.check: DatabaseCheck | None = None
        self.checked_url = ""
        self.busy = False
        self.next_after_check = False
        self.intro = QLabel(objectName="setupDatabaseIntro")
        self.intro.setWordWrap(True)
        self.local = QRadioButton(objectName="setupDbLocal")
        self.folder = FolderField("setupDbFolder")
        self.server = QRadioButton(objectName="setupDbServer")
        self.url = QLineEdit(objectName="setupDbUrl")
        self.url.setPlaceholderText("postgresql://user:password@server:5432/one_window")
        self.group = QButtonGroup(self)
        self.group.setObjectName("setupDbGroup")
        self.group.addButton(self.local)
        self.group.addButton(self.server)
        self.test_button = QPushButton(objectName="setupDbTest")
        self.test_button.setAutoDefault(False)
        self.result = QLabel(objectName="setupDbResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label = QLabel(objectName="setupDbFolderLabel")
        self.folder_label.setBuddy(self.folder.edit)
        self.url_label = QLabel(objectName="setupDbUrlLabel")
        self.url_label.setBuddy(self.url)
        local_form, server_form = form_layout(), form_layout()
        local_form.setContentsMargins(28, 0, 0, 0)
        server_form.setContentsMargins(28, 0, 0, 0)
        local_form.addRow(self.folder_label, self.folder)
        server_form.addRow(self.url_label, self.url)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.local)
        layout.addLayout(local_form)
        layout.addSpacing(8)
        layout.addWidget(self.server)
        layout.addLayout(server_form)
        layout.addSpacing(8)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.message)
        folder = setup.sqlite_folder(url) if url else None
        if url and folder is None:
            self.server.setChecked(True)
            self.url.setText(url)
            self.folder.setText(str(data_dir))
        else:
            self.local.setChecked(True)
            self.folder.setText(str(folder or data_dir))
        self.local.toggled.connect(self._kind_changed)
        self.folder.edited.connect(self._edited)
        self.url.textEdited.connect(lambda _t: self._edited())
        self.test_button.clicked.connect(lambda: self.test(go_on=False))
        self._kind_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where the station's data is kept"))
        self.setSubTitle(self.tr("One desk alone can keep it on this computer; several desks share a "
                                 "PostgreSQL server."))
        self.intro.setText(self.tr("Choose the database. Test the connection before going on: Next does it "
                                   "too."))
        self.local.setText(self.tr("&Local database on this computer (SQLite)"))
        self.server.setText(self.tr("&PostgreSQL server, shared by the station's desks"))
        self.folder_label.setText(self.tr("Data f&older:"))
        self.url_label.setText(self.tr("Server &URL:"))
        self.test_button.setText(self.tr("&Test connection"))
        if self.check is not None and not self.busy:
            self._show_check(self.check)

    def _kind_changed(self) -> None:
        local = self.local.isChecked()
        self.folder.setEnabled(local)
        self.url.setEnabled(not local)
        self._edited()
        (self.folder if local else self.url).setFocus()

    def _edited(self) -> None:
        self.check, self.checked_url = None, ""
        self.result.clear()
        self.clear_message()

    def database_url(self) -> str:
        if self.local.isChecked():
            return setup.sqlite_url(self.folder.text()) if self.folder.text() else ""
        return self.url.text().strip()

    def test(self, go_on: bool) -> None:
        url = self.database_url()
        self.clear_message()
        if not url:
            self.show_message(self.tr("Choose a data folder or enter the server's URL."))
            return
        if self.busy:
            return
        from ..background import run_in_background

        self.busy, self.next_after_check = True, go_on
        self.completeChanged.emit()
        # While busy the wizard disables Next and this button, and Qt passes the focus on to Back, where
        # the next Enter would go back: the focus returns where it was once the check is done.
        self.refocus = QApplication.focusWidget()
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Connecting…"))
        self.task = run_in_background(lambda: setup.check_database(url), on_done=lambda c: self._checked(url, c),
                                      on_error=self._failed)

    def _finish_check(self) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.completeChanged.emit()
        back = self.wizard().button(QWizard.WizardButton.BackButton) if self.wizard() else None
        if QApplication.focusWidget() in (None, back):
            was = getattr(self, "refocus", None)
            (was if was is not None and was is not back and was.isEnabled() else self.test_button).setFocus()

    def _checked(self, url: str, check: DatabaseCheck) -> None:
        self._finish_check()
        if url != self.database_url():
            return  # edited meanwhile: that check is about another database
        self.check, self.checked_url = check, url
        self._show_check(check)
        if self.next_after_check:
            self.wizard().next()

    def _failed(self, err: Exception) -> None:
        self._finish_check()
        self.check, self.checked_url = None, ""
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(error_text(err))

    def _show_check(self, check: DatabaseCheck) -> None:
        self.result.setStyleSheet(OK_STYLE)
        where = f"{check.backend} {check.version}"
        if not check.exists:
            text = self.tr("✓ %1: a new database file will be created in this folder.")
        elif check.has_station:
            text = self.tr("✓ %1 holds the station %2. This computer will use it: the station, opening hours "
                           "and administrator pages are skipped, and you sign in with an existing account.")
        elif check.empty:
            text = self.tr("✓ %1: an empty database; the station will be created in it.")
        else:
            text = self.tr("✓ %1: One Window's tables without a station; the station will be created in it.")
        self.result.setText(text.replace("%1", where).replace("%2", check.station))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.busy

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.check is not None and self.checked_url == self.database_url():
            return True
        self.test(go_on=True)  # Next moves on by itself once the check succeeds
        return False

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return DESK if self.check is not None and self.check.has_station else STATION

    def joins(self) -> bool:
        return self.check is not None and self.check.has_station


# -- (c) station ---------------------------------------------------------------------

class StationPage(Page):
    FIELDS = ("name", "code", "subdistrict", "address", "phone")

    def __init__(self, parent: QWidget | None = None):
        super().__init__("setupStationPage", parent)
        self.edits = {key: QLineEdit(objectName=f"setupStation_{key}") for key in self.FIELDS}
        for key, limit in (("name", 128), ("code", 16), ("subdistrict", 128), ("address", 256), ("phone", 32)):
            self.edits[key].setMaxLength(limit)
        self.labels = {key: QLabel(objectName=f"setupStationLabel_{key}") for key in self.FIELDS}
        self.code_help = QLabel(objectName="setupStationCodeHelp")
        self.code_help.setWordWrap(True)
        form = form_layout()
        for key in self.FIELDS:
            self.labels[key].setBuddy(self.edits[key])
            form.addRow(self.labels[key], self.edits[key])
            if key == "code":
                form.addRow("", self.code_help)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        for edit in self.edits.values():
            edit.textEdited.connect(lambda _t: self.clear_message())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The station"))
        self.setSubTitle(self.tr("As printed on receipts, notices and certificates."))
        labels = {"name": self.tr("Station na&me:"), "code": self.tr("Station &code:"),
                  "subdistrict": self.tr("&Subdistrict:"), "address": self.tr("&Address:"),
                  "phone": self.tr("&Phone:")}
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.edits["name"].setPlaceholderText(self.tr("e.g. 西城区G街道强根社区服务站"))
        self.edits["code"].setPlaceholderText(self.tr("e.g. XCQG01"))
        self.edits["subdistrict"].setPlaceholderText(self.tr("e.g. 西城区G街道"))
        self.code_help.setText(self.tr("2 to 16 capital letters or digits. Every affair and certificate number "
                                       "starts with it, so it cannot be changed later."))

    def details(self) -> StationDetails:
        return StationDetails(*(self.edits[key].text() for key in self.FIELDS))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            clean = station.validate_details(self.details())
        except DomainError as err:
            focus = {"station_name_required": "name", "station_code_invalid": "code",
                     "station_phone_invalid": "phone"}.get(err.key, "name")
            return self.refuse(err, self.edits[focus])
        self.edits["code"].setText(clean.code)
        return True


# -- (d) opening hours -------------------------------------------------------------

class HoursPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("setupHoursPage", parent)
        self.grid = HoursGrid("setupHoursGrid")
        self.grid.set_rules(setup.DEFAULT_HOURS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        self.grid.changed.connect(self.clear_message)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Opening hours"))
        self.setSubTitle(self.tr("When the station is open each week; residents book appointments in these "
                                 "periods."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            station.check_hours(self.grid.rules())
        except DomainError as err:
            return self.refuse(err)
        return True


# -- (e) administrator -------------------------------------------------------------

class AdminPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("setupAdminPage", parent)
        self.username = QLineEdit(objectName="setupAdminUsername")
        self.username.setMaxLength(32)
        self.username.setText(setup.DEFAULT_ADMIN.username)
        self.name = QLineEdit(objectName="setupAdminName")
        self.name.setMaxLength(64)
        self.name_touched = False
        self.password = password_box("setupAdminPassword")
        self.repeat = password_box("setupAdminRepeat")
        self.rules = QLabel(objectName="setupAdminRules")
        self.rules.setWordWrap(True)
        self.intro = QLabel(objectName="setupAdminIntro")
        self.intro.setWordWrap(True)
        self.labels = {key: QLabel(objectName=f"setupAdminLabel_{key}")
                       for key in ("username", "name", "password", "repeat")}
        form = form_layout()
        for key, box in (("username", self.username), ("name", self.name), ("password", self.password),
                         ("repeat", self.repeat)):
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.name.textEdited.connect(lambda _t: setattr(self, "name_touched", True))
        for box in (self.username, self.name, self.password, self.repeat):
            box.textEdited.connect(lambda _t: self.clear_message())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The account that creates the staff's accounts and changes these settings."))
        self.intro.setText(self.tr("No password ships with One Window: choose it now and keep it somewhere safe. "
                                   "You are signed in with this account when the setup finishes."))
        self.labels["username"].setText(self.tr("&User name:"))
        self.labels["name"].setText(self.tr("Na&me:"))
        self.labels["password"].setText(self.tr("&Password:"))
        self.labels["repeat"].setText(self.tr("&Repeat it:"))
        self.rules.setText(self.tr("User name: 2–32 lower-case letters, digits or _ . -, starting with a letter. "
                                   "Password: at least %1 characters, with both letters and digits.")
                           .replace("%1", str(accounts.PASSWORD_MIN)))
        if not self.name_touched:
            self.name.setText(LANGUAGE.pick(setup.DEFAULT_ADMIN.name, "Administrator"))

    def account(self) -> AdminAccount:
        return AdminAccount(self.username.text(), self.name.text(), self.password.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.password.text() != self.repeat.text():
            self.repeat.clear()
            self.show_message(self.tr("The two passwords differ; type the same password twice."))
            self.repeat.setFocus()
            return False
        try:
            clean = setup.validate_admin(self.account())
        except DomainError as err:
            focus = self.username if err.key == "username_invalid" else (
                self.name if err.key.startswith("setup_admin_name") else self.password)
            return self.refuse(err, focus)
        self.username.setText(clean.username)
        return True


# -- (f) this desk ---------------------------------------------------------------------

class DeskPage(Page):
    def __init__(self, data_dir: Path, documents_dir: Path, parent: QWidget | None = None):
        super().__init__("setupDeskPage", parent)
        self.data_dir, self.documents_dir = Path(data_dir), Path(documents_dir)
        self.desk = QLineEdit(objectName="setupDeskName")
        self.desk.setMaxLength(32)
        self.desk.setText("窗口1")
        self.printer = PrinterCombo("setupPrinter")
        self.paper = PaperCombo("setupPaper")
        self.backup = FolderField("setupBackupFolder")
        self.export = FolderField("setupExportFolder")
        self.language = LanguageCombo("setupLanguage")
        self.backup_touched = False
        self.printers_note = QLabel(objectName="setupPrintersNote")
        self.printers_note.setWordWrap(True)
        self.printers_note.setVisible(not printer_names())
        self.labels = {key: QLabel(objectName=f"setupDeskLabel_{key}")
                       for key in ("desk", "printer", "paper", "backup", "export", "language")}
        form = form_layout()
        for key, box in (("desk", self.desk), ("printer", self.printer), ("paper", self.paper),
                         ("backup", self.backup), ("export", self.export), ("language", self.language)):
            self.labels[key].setBuddy(box.edit if isinstance(box, FolderField) else box)
            form.addRow(self.labels[key], box)
            if key == "printer":
                form.addRow("", self.printers_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.export.setText(str(self.documents_dir / "reports"))
        self.backup.edited.connect(lambda: setattr(self, "backup_touched", True))
        self.language.set_language(LANGUAGE.code)
        self.language.activated.connect(lambda _i: LANGUAGE.set(self.language.language()))
        self.desk.textEdited.connect(lambda _t: self.clear_message())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This desk"))
        self.setSubTitle(self.tr("Settings of this computer only; each desk computer has its own."))
        labels = {"desk": self.tr("&Desk name:"), "printer": self.tr("P&rinter:"), "paper": self.tr("Pa&per:"),
                  "backup": self.tr("Bac&kup folder:"), "export": self.tr("&Export folder:"),
                  "language": self.tr("&Language:")}
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.desk.setPlaceholderText(self.tr("e.g. 窗口1"))
        self.printers_note.setText(self.tr("No printer is installed yet: the print dialog asks each time. "
                                           "Choose the printer later in Settings."))
        self.language.set_language(LANGUAGE.code)

    def follow_database(self, database_folder: Path | None) -> None:
        """The daily backup goes beside the database unless the worker chose a folder."""
        if not self.backup_touched:
            self.backup.setText(str((database_folder or self.data_dir) / "backups"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if not self.desk.text().strip():
            self.show_message(self.tr("Enter the name of this desk."))
            self.desk.setFocus()
            return False
        for field in (self.backup, self.export):
            if not field.text():
                self.show_message(self.tr("Choose a folder."))
                field.setFocus()
                return False
        return True


# -- (g) summary ----------------------------------------------------------------------

class SummaryPage(Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("setupSummaryPage", parent)
        self.busy = False
        self.summary = QLabel(objectName="setupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.progress = QLabel(objectName="setupProgress")
        self.progress.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check what will be set up, then press Finish."))
        if self.wizard() is not None:
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        rows = self.wizard().summary_rows()
        self.summary.setText("<table cellspacing='0' cellpadding='3'>" + "".join(
            f"<tr><td style='padding-right:16px;color:#555'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows) + "</table>")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self.busy

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setText(text)
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.wizard().finish()
