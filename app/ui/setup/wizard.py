"""The first start of a new computer: set up the station (or join the station's database, or
try the demo) before anything else. Finish creates everything in the chosen database, writes
this desk's settings and signs the administrator in."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget, QWizard

from app.bootstrap import open_station
from app.services import setup
from app.services.context import Actor, ServiceContext
from app.services.errors import DomainError
from app.services.setup_dto import StationSetup

from ..feedback import error_text
from ..i18n import LANGUAGE
from ..login.common import LanguageButton
from . import desk_settings
from .desk_settings import DeskSettings
from .wizard_pages import (
    ADMIN, DATABASE, DESK, HOURS, STATION, SUMMARY, WELCOME, AdminPage, DatabasePage, DeskPage, HoursPage, Page,
    StationPage, SummaryPage, WelcomePage,
)

# Which page a refusal at Finish belongs to, by its message key's beginning.
_PAGE_OF_ERROR = (("station_hours", HOURS), ("slot_rule", HOURS), ("station_", STATION), ("setup_admin", ADMIN),
                  ("username_", ADMIN), ("password_", ADMIN), ("setup_db", DATABASE),
                  ("setup_station_exists", DATABASE))


class SetupWizard(QWizard):
    """After exec(): `mode` is "station" (a station was created: `database`, `ctx`, `actor` signed in),
    "joined" (the chosen database holds a station: `database`, `ctx`; sign in next), or "demo"
    (nothing opened: start as `--demo` would). Cancel writes nothing."""

    def __init__(self, settings_path: Path, *, data_dir: Path, documents_dir: Path, database_url: str | None = None,
                 now: Callable | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings_path, self.data_dir = Path(settings_path), Path(data_dir)
        self.now = now
        self.mode = ""
        self.database = None
        self.ctx: ServiceContext | None = None
        self.actor: Actor | None = None
        self.task = None
        self._finished = False
        self._build_ui(database_url, Path(documents_dir))
        self.retranslate()
        self.currentIdChanged.connect(self._entered)

    def _build_ui(self, database_url: str | None, documents_dir: Path) -> None:
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.language = LanguageButton("setupWizardLanguage")
        self.setButton(QWizard.WizardButton.CustomButton1, self.language)
        self.button_layout = [QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton]
        self.setButtonLayout(self.button_layout)
        for which, name in ((QWizard.WizardButton.BackButton, "setupBack"),
                            (QWizard.WizardButton.NextButton, "setupNext"),
                            (QWizard.WizardButton.FinishButton, "setupFinish"),
                            (QWizard.WizardButton.CancelButton, "setupCancel")):
            self.button(which).setObjectName(name)
        self.welcome = WelcomePage()
        self.database_page = DatabasePage(self.data_dir, database_url)
        self.station_page = StationPage()
        self.hours_page = HoursPage()
        self.admin_page = AdminPage()
        self.desk_page = DeskPage(self.data_dir, documents_dir)
        self.summary_page = SummaryPage()
        for page_id, page in ((WELCOME, self.welcome), (DATABASE, self.database_page),
                              (STATION, self.station_page), (HOURS, self.hours_page), (ADMIN, self.admin_page),
                              (DESK, self.desk_page), (SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        self.resize(940, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One Window — set up this computer"))
        self.language.relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_buttons(self) -> None:
        """Enter presses whichever of Next and Finish is shown."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        next_ = self.button(QWizard.WizardButton.NextButton)
        (finish if finish.isVisible() else next_).setDefault(True)

    def pages(self) -> list[Page]:
        return [self.page(i) for i in self.pageIds()]

    def _entered(self, page_id: int) -> None:
        if page_id == DESK:
            self.desk_page.follow_database(setup.sqlite_folder(self.database_page.database_url()))

    # -- the summary ------------------------------------------------------------

    def joins(self) -> bool:
        return self.database_page.joins()

    def summary_rows(self) -> list[tuple[str, str]]:
        db = self.database_page
        check = db.check
        url = db.database_url()
        local = setup.sqlite_folder(url)
        if check is not None and not check.exists:
            found = self.tr("a new database file")
        else:
            found = check.station if check and check.has_station else self.tr("no station yet")
        rows = [(self.tr("Database"), self.tr("this computer: %1").replace("%1", str(local / setup.SQLITE_FILE))
                 if local else setup.masked_url(url)), (self.tr("Found there"), found)]
        if not self.joins():
            st = self.station_page.details()
            rows += [(self.tr("Station"), f"{st.name.strip()} ({st.code.strip().upper()})"),
                     (self.tr("Subdistrict"), st.subdistrict.strip()), (self.tr("Address"), st.address.strip()),
                     (self.tr("Phone"), st.phone.strip()),
                     (self.tr("Opening hours"), self._hours_text()),
                     (self.tr("Administrator"), f"{self.admin_page.username.text().strip().lower()} "
                                                f"({self.admin_page.name.text().strip()})")]
        desk = self.desk_page
        rows += [(self.tr("Desk name"), desk.desk.text().strip()), (self.tr("Printer"), desk.printer.currentText()),
                 (self.tr("Paper"), desk.paper.currentText()), (self.tr("Backup folder"), desk.backup.text()),
                 (self.tr("Export folder"), desk.export.text()), (self.tr("Language"), desk.language.currentText())]
        return rows

    def _hours_text(self) -> str:
        days = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun"))
        by_day: dict[int, list[str]] = {}
        for r in self.hours_page.grid.rules():
            by_day.setdefault(r.weekday, []).append(f"{r.start:%H:%M}–{r.end:%H:%M}")
        parts: list[tuple[str, list[int]]] = []
        for weekday in sorted(by_day):
            text = ", ".join(by_day[weekday])
            if parts and parts[-1][0] == text and parts[-1][1][-1] == weekday - 1:
                parts[-1][1].append(weekday)
            else:
                parts.append((text, [weekday]))
        return "; ".join((days[d[0]] if len(d) == 1 else f"{days[d[0]]}–{days[d[-1]]}") + f" {text}"
                         for text, d in parts)

    # -- finishing ----------------------------------------------------------------

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        if self.currentId() == WELCOME and self.welcome.demo.isChecked():
            self.mode = "demo"
            self._save_settings(DeskSettings(setup_done=True, setup_mode="demo", language=LANGUAGE.code),
                                only=("setup_done", "setup_mode", "language"))
            return True
        return super().validateCurrentPage()

    def finish(self) -> bool:
        """The summary page's Finish: True once everything is written (the wizard then closes);
        otherwise the work starts on a worker thread and accepts the wizard when done."""
        if self._finished:
            return True
        if self.summary_page.busy:
            return False
        for field in (self.desk_page.backup, self.desk_page.export):
            problem = _folder_problem(Path(field.text()))
            if problem:
                self._back_to(DESK).show_message(self.tr("The folder cannot be used: %1").replace("%1", problem))
                field.setFocus()
                return False
        url, joins, clock = self.database_page.database_url(), self.joins(), self.now
        plan = None if joins else StationSetup(self.station_page.details(), self.hours_page.grid.rules(),
                                               self.admin_page.account(), self.desk_page.desk.text().strip())

        def work():
            database, ctx = open_station(url, seed_demo=False)
            if clock is not None:
                ctx = ServiceContext.for_database(database, now=clock)
            try:
                actor = None if plan is None else setup.create_station(ctx, plan)
            except BaseException:
                database.dispose()
                raise
            return database, ctx, actor

        from ..background import run_in_background

        self.summary_page.set_busy(True, self.tr("Setting up… (creating the database and the catalogue)")
                                   if not joins else self.tr("Connecting…"))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.task = run_in_background(work, on_done=self._done, on_error=self._failed)
        return False

    def _done(self, result) -> None:
        self.database, self.ctx, self.actor = result
        self.mode = "joined" if self.actor is None else "station"
        desk = self.desk_page
        self._save_settings(DeskSettings(
            setup_done=True, setup_mode=self.mode, database_url=self.database_page.database_url(),
            desk_name=desk.desk.text().strip(), printer=desk.printer.printer(), paper=desk.paper.paper(),
            language=desk.language.language(), backup_folder=desk.backup.text(), export_folder=desk.export.text()),
            only=("setup_done", "setup_mode", "database_url", "desk_name", "printer", "paper", "language",
                  "backup_folder", "export_folder"))
        if self.actor is not None:
            desk_settings.remember_user(self.settings_path, self.admin_page.username.text().strip().lower())
        self.admin_page.password.clear()
        self.admin_page.repeat.clear()
        self.summary_page.set_busy(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self._finished = True
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.summary_page.set_busy(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        key = err.key if isinstance(err, DomainError) else "setup_db"
        target = next((page for prefix, page in _PAGE_OF_ERROR if key.startswith(prefix)), SUMMARY)
        if target == DATABASE:
            self.database_page.check, self.database_page.checked_url = None, ""
        self._back_to(target).show_message(error_text(err))

    def _back_to(self, page_id: int) -> Page:
        while self.currentId() != page_id and page_id in self.visitedIds() and self.currentId() != WELCOME:
            self.back()
        return self.currentPage()

    def _save_settings(self, prefs: DeskSettings, only: tuple[str, ...]) -> None:
        desk_settings.save(self.settings_path, prefs, only=only)

    def reject(self) -> None:
        if self.summary_page.busy:
            return  # the database is being written: wait for it
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and self.summary_page.busy:
            return
        super().keyPressEvent(event)


def _folder_problem(folder: Path) -> str | None:
    from ..reports.auto_export import folder_problem

    return folder_problem(folder)
