"""Settings: the station's details and opening hours (in the database, for whoever may manage
the station) and this desk computer's own settings (the desk settings INI, for everybody).

One Save (Ctrl+S) writes what changed; a refusal shows the tab concerned and its message."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.bootstrap import default_url
from app.services import backups, setup, station
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError
from app.services.permissions import Perm, allowed

from ..background import run_in_background
from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..i18n import LANGUAGE
from . import desk_settings
from .desk_settings import DeskSettings
from .settings_tabs import DatabaseTab, DeskTab, FoldersTab, HoursTab, SecurityTab, StationTab
from .wizard_pages import ERROR_STYLE, OK_STYLE

STATION, HOURS, DESK, FOLDERS, SECURITY, DATABASE = range(6)


class SettingsWindow(QMainWindow):
    deskSettingsChanged = Signal()  # the navigator applies the idle lock, the printer and the paper at once
    stationChanged = Signal(object)  # StationInfo after its details were saved

    def __init__(self, ctx: ServiceContext, station_info: StationInfo, settings_path: Path,
                 output_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.station = ctx, station_info
        self.settings_path = Path(settings_path)
        self.output_dir = Path(output_dir) if output_dir else self.settings_path.parent
        role = ctx.actor.role if ctx.actor else ""
        self.may_manage = allowed(role, Perm.MANAGE_STATION)
        self.may_back_up = allowed(role, Perm.MANAGE_ACCOUNTS)  # as backups.backup requires
        self.prefs = DeskSettings()
        self.loaded_hours: tuple = ()
        self.tasks: list = []
        self._build_ui()
        self.lang_menu = add_language_menu(self, ("settingsLanguageMenu", "settingsLangZh", "settingsLangEn"))
        self.menuBar().setObjectName("settingsMenuBar")
        self.retranslate()
        self._wire()
        self.load()
        self.tabs.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("settingsWindow")
        self.resize(1000, 640)
        # Named as the other screens' bars: the style sheet colours it by that name.
        self.message_bar = MessageBar("messageBar", timeout_ms=15000, timer_name="settingsMessageTimer")
        self.title = QLabel(objectName="settingsTitle")
        self.title.setProperty("role", "paneTitle")
        self.station_tab = StationTab()
        self.hours_tab = HoursTab()
        self.desk_tab = DeskTab()
        self.folders_tab = FoldersTab()
        self.security_tab = SecurityTab()
        self.database_tab = DatabaseTab()
        self.tabs = QTabWidget(objectName="settingsTabs")
        for tab in (self.station_tab, self.hours_tab, self.desk_tab, self.folders_tab, self.security_tab,
                    self.database_tab):
            self.tabs.addTab(tab, "")
        self.save_button = QPushButton(objectName="settingsSave")
        self.save_button.setProperty("role", "primary")
        self.revert_button = QPushButton(objectName="settingsRevert")
        for b in (self.save_button, self.revert_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        body = QWidget(objectName="settingsBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.status_station, self.status_worker = install_body(self, "settings", self.message_bar, body)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings — %1").replace("%1", self.station.name))
        self.title.setText(self.tr("Settings"))
        for index, text in enumerate((self.tr("&Station"), self.tr("&Opening hours"), self.tr("This des&k"),
                                      self.tr("&Folders and backup"), self.tr("Se&curity"),
                                      self.tr("Data&base"))):
            self.tabs.setTabText(index, text)
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Signed in: %1").replace("%1", actor.name) if actor else "")
        self.folders_tab.backup_now.setToolTip(
            "" if self.may_back_up else self.tr("Only the administrator can back up from here; the daily "
                                                "backup runs for every desk."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        window_shortcut(self, "Ctrl+S", self.save, "settingsShortcutSave")
        self._enter = press_buttons_on_enter(self.save_button, self.revert_button,
                                             self.folders_tab.backup_now, self.database_tab.test_button,
                                             self.database_tab.folder_button)
        self.folders_tab.backup_now.clicked.connect(self.back_up_now)
        self.database_tab.test_button.clicked.connect(self.test_connection)
        self.database_tab.folder_button.clicked.connect(self._choose_local_folder)

    # -- loading ----------------------------------------------------------------

    def load(self) -> None:
        self.message_bar.dismiss()
        try:
            self.station = station.current_station(self.ctx)
            self.loaded_hours = tuple(station.opening_hours(self.ctx))
        except DomainError as err:
            self.message_bar.show_text(error_text(err))
        self.station_tab.load(self.station)
        self.hours_tab.grid.set_rules(self.loaded_hours)
        self.station_tab.set_editable(self.may_manage)
        self.hours_tab.set_editable(self.may_manage)
        self.prefs = prefs = desk_settings.load(self.settings_path)
        d, f = self.desk_tab, self.folders_tab
        d.desk.setText(prefs.desk_name or (self.ctx.actor.desk if self.ctx.actor else ""))
        d.printer.set_printer(prefs.printer)
        d.paper.set_paper(prefs.paper)
        d.language.set_language(prefs.language or LANGUAGE.code)
        f.backup.setText(str(prefs.backup_path(self.settings_path)))
        f.keep.setValue(prefs.backup_keep)
        f.daily.setChecked(prefs.backup_enabled)
        f.export.setText(prefs.export_folder or str(self.output_dir / "reports"))
        f.backup_now.setEnabled(self.may_back_up)
        f.backup_result.clear()
        self.security_tab.idle.setValue(min(prefs.idle_minutes, self.security_tab.idle.maximum()))
        self.database_tab.url.setText(setup.masked_url(prefs.database_url) if prefs.database_url else "")
        self.database_tab.result.clear()
        self._describe_database()

    def _describe_database(self) -> None:
        label = self.database_tab.in_use
        label.setText(self.tr("…"))

        def shown(check) -> None:
            label.setText(f"{check.url}\n{check.backend} {check.version}" + (f" · {check.station}"
                                                                              if check.station else ""))

        self.tasks.append(run_in_background(lambda: setup.current_database(self.ctx), on_done=shown,
                                            on_error=lambda err: label.setText(error_text(err))))

    # -- saving -------------------------------------------------------------------

    def _desk_values(self) -> DeskSettings:
        d, f = self.desk_tab, self.folders_tab
        return DeskSettings(
            setup_done=True, setup_mode=self.prefs.setup_mode, database_url=self._next_url(),
            desk_name=d.desk.text().strip(), printer=d.printer.printer(), paper=d.paper.paper(),
            language=d.language.language(), backup_folder=f.backup.text(), backup_keep=f.keep.value(),
            backup_enabled=f.daily.isChecked(), export_folder=f.export.text(),
            idle_minutes=self.security_tab.idle.value())

    def _next_url(self) -> str:
        typed = self.database_tab.url.text().strip()
        if self.prefs.database_url and typed == setup.masked_url(self.prefs.database_url):
            return self.prefs.database_url  # unchanged: its password stays as stored
        return typed

    def _refuse(self, tab: int, text: str, focus: QWidget | None = None) -> bool:
        self.tabs.setCurrentIndex(tab)
        self.message_bar.show_text(text)
        if focus is not None:
            focus.setFocus()
        return False

    def save(self) -> bool:
        """Writes what changed; False (and the tab concerned shown) when something was refused."""
        said: list[str] = []
        if self.may_manage:
            details = self.station_tab.details()
            current = (self.station.name, self.station.subdistrict, self.station.address, self.station.phone)
            if (details.name, details.subdistrict, details.address, details.phone) != current:
                try:
                    self.station = station.update_station(self.ctx, details)
                except DomainError as err:
                    return self._refuse(STATION, error_text(err), self.station_tab.edits["name"])
                self.station_tab.load(self.station)
                self.stationChanged.emit(self.station)
                said.append(self.tr("The station's details are saved; the other windows show them from the "
                                    "next sign-in."))
            rules = self.hours_tab.grid.rules()
            if rules != self.loaded_hours:
                try:
                    self.loaded_hours = tuple(station.save_opening_hours(self.ctx, rules))
                except DomainError as err:
                    return self._refuse(HOURS, error_text(err))
                said.append(self.tr("The opening hours are saved."))
        new = self._desk_values()
        if not new.desk_name:
            return self._refuse(DESK, self.tr("Enter the name of this desk."), self.desk_tab.desk)
        from ..reports.auto_export import folder_problem

        for tab_field, folder in ((self.folders_tab.backup, new.backup_folder),
                                  (self.folders_tab.export, new.export_folder)):
            problem = folder_problem(Path(folder)) if folder else self.tr("Choose a folder.")
            if problem:
                return self._refuse(FOLDERS, self.tr("The folder cannot be used: %1").replace("%1", problem),
                                    tab_field)
        if new.database_url and new.database_url != self.prefs.database_url:
            try:
                setup.check_url(new.database_url)
            except DomainError as err:
                return self._refuse(DATABASE, error_text(err), self.database_tab.url)
        old = self.prefs
        desk_settings.save(self.settings_path, new, only=(
            "database_url", "desk_name", "printer", "paper", "language", "backup_folder", "backup_keep",
            "backup_enabled", "export_folder", "idle_minutes"))
        self.prefs = desk_settings.load(self.settings_path)
        if new.language != LANGUAGE.code:
            LANGUAGE.set(new.language)
        if new.database_url != old.database_url:
            said.append(self.tr("The database is used from the next start of One Window."))
        if new.desk_name != old.desk_name and old.desk_name:
            said.append(self.tr("The new desk name is used from the next sign-in."))
        self.deskSettingsChanged.emit()
        self.message_bar.show_text(" ".join([self.tr("Settings saved.")] + said), ok=True)
        return True

    # -- actions ----------------------------------------------------------------------

    def back_up_now(self) -> None:
        folder = Path(self.folders_tab.backup.text() or self.prefs.backup_path(self.settings_path))
        result = self.folders_tab.backup_result
        self.folders_tab.backup_now.setEnabled(False)
        result.setStyleSheet("")
        result.setText(self.tr("Backing up…"))

        def done(info) -> None:
            self.folders_tab.backup_now.setEnabled(self.may_back_up)
            result.setStyleSheet(OK_STYLE)
            result.setText(self.tr("Backed up to %1").replace("%1", str(info.path)))

        def failed(err) -> None:
            self.folders_tab.backup_now.setEnabled(self.may_back_up)
            result.setStyleSheet(ERROR_STYLE)
            result.setText(error_text(err))

        ctx = self.ctx

        def work():
            folder.mkdir(parents=True, exist_ok=True)  # a file of that name would be the backup itself
            return backups.backup(ctx, folder)

        self.tasks.append(run_in_background(work, on_done=done, on_error=failed))

    def test_connection(self) -> None:
        url = self._next_url() or default_url(self.settings_path.parent)
        result, button = self.database_tab.result, self.database_tab.test_button
        button.setEnabled(False)
        result.setStyleSheet("")
        result.setText(self.tr("Connecting…"))

        def done(check) -> None:
            button.setEnabled(True)
            result.setStyleSheet(OK_STYLE)
            if not check.exists:
                text = self.tr("✓ %1: a new database file will be created there.")
            elif check.has_station:
                text = self.tr("✓ %1 holds the station %2.")
            else:
                text = self.tr("✓ %1: no station there yet; the next start shows the setup wizard.")
            result.setText(text.replace("%1", f"{check.backend} {check.version}").replace("%2", check.station))

        def failed(err) -> None:
            button.setEnabled(True)
            result.setStyleSheet(ERROR_STYLE)
            result.setText(error_text(err))

        self.tasks.append(run_in_background(lambda: setup.check_database(url), on_done=done, on_error=failed))

    def _choose_local_folder(self) -> None:
        start = setup.sqlite_folder(self._next_url()) or self.settings_path.parent
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), str(start))
        if chosen:
            self.database_tab.url.setText(setup.sqlite_url(chosen))
            self.database_tab.result.clear()
