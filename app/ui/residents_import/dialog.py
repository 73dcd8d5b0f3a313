"""The resident import, step by step: file → columns → dry run → import. Reading, checking and writing
run off the UI thread (a 5000-row sheet takes seconds); the dialog shows it is busy meanwhile."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from app.services import residents_io
from app.services.context import ServiceContext
from app.services.errors import DomainError

from ..background import Task, run_in_background
from ..chrome import MessageBar, window_shortcut
from ..feedback import error_text
from ..i18n import LANGUAGE
from .pages import DryRunPage, FilePage, MappingPage, ResultPage

log = logging.getLogger(__name__)

FILE, MAPPING, DRY_RUN, RESULT = range(4)
FOLDER_KEY = "residents_import/folder"


class FileChanged(Exception):
    """The file on disk is not the one the dry run checked: it is checked again before anything is written."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ResidentImportDialog(QDialog):
    imported = Signal(dict)  # the counts, once residents were written

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, settings_path: Path | None = None,
                 path: str | Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = QSettings(str(settings_path), QSettings.Format.IniFormat) if settings_path else None
        self.sheet: residents_io.ImportSheet | None = None
        self.checked: tuple[str, str, str] | None = None  # (path, digest, language) the dry run shown is of
        self.task: Task | None = None
        self.importing = False
        self._token = 0  # a result for an earlier token was asked by a step since left: dropped
        self._build_ui()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        if path:
            self.file_page.path.setText(str(path))
        self._go(FILE)

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("residentImportDialog")
        self.setModal(True)
        self.resize(1000, 620)
        self.step_title = QLabel(objectName="importStepTitle")
        self.step_title.setProperty("role", "paneTitle")
        self.file_page = FilePage()
        self.mapping_page = MappingPage()
        self.dry_run_page = DryRunPage()
        self.result_page = ResultPage()
        self.pages = QStackedWidget(objectName="importPages")
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.result_page):
            self.pages.addWidget(page)
        self.busy = QWidget(objectName="importBusy")
        self.busy_bar = QProgressBar(objectName="importBusyBar")
        self.busy_bar.setRange(0, 0)  # no steps to count: it only moves to show work is going on
        self.busy_bar.setMaximumWidth(220)
        self.busy_label = QLabel(objectName="importBusyLabel")
        busy = QHBoxLayout(self.busy)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_bar)
        busy.addWidget(self.busy_label, 1)
        self.busy.hide()
        self.message_bar = MessageBar("messageBar")
        self.back_button = QPushButton(objectName="importBackButton")
        self.next_button = QPushButton(objectName="importNextButton")
        self.import_button = QPushButton(objectName="importApplyButton")
        self.import_button.setProperty("role", "primary")
        self.close_button = QPushButton(objectName="importCloseButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message_bar)
        layout.addLayout(buttons)

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Ctrl+O", self._browse_if_choosing, "importShortcutBrowse")
        window_shortcut(self, "F5", self._recheck_if_shown, "importShortcutRecheck")

    def _wire(self) -> None:
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.file_page.browse_button.clicked.connect(self.browse)
        self.file_page.path.textChanged.connect(lambda _t: self._update_buttons())
        self.mapping_page.changed.connect(self._update_buttons)
        self.dry_run_page.recheck_button.clicked.connect(self.run_check)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import residents"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.import_button.setText(self.tr("&Import"))
        self._show_step()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The dry run's messages come worded by the service: ask again for them in the new language.
            if self.page == DRY_RUN and self.checked and self.checked[2] != LANGUAGE.code and not self.busy_now:
                self.run_check()
        super().changeEvent(event)

    def _show_step(self) -> None:
        titles = {FILE: self.tr("Step 1 of 4: choose the file"),
                  MAPPING: self.tr("Step 2 of 4: what each column holds"),
                  DRY_RUN: self.tr("Step 3 of 4: dry run (nothing written yet)"),
                  RESULT: self.tr("Step 4 of 4: import")}
        self.step_title.setText(titles[self.page])
        self.close_button.setText(self.tr("Close (Esc)") if self.page == RESULT and not self.importing
                                  else self.tr("Cancel (Esc)"))

    # -- moving between the steps ---------------------------------------------

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def busy_now(self) -> bool:
        return self.task is not None and self.task.running

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._show_step()
        self._update_buttons()
        self._focus_page()

    def _focus_page(self) -> None:
        focus = {FILE: self.file_page.path, MAPPING: self.mapping_page.first_combo(),
                 DRY_RUN: self.import_button if self.import_button.isEnabled() else self.dry_run_page.table,
                 RESULT: self.back_button if self.result_page.error else self.close_button}[self.page]
        if focus is not None:
            focus.setFocus()

    def _update_buttons(self) -> None:
        page, busy = self.page, self.busy_now
        self.back_button.setVisible(page in (MAPPING, DRY_RUN) or (page == RESULT and bool(self.result_page.error)))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (FILE, MAPPING))
        self.next_button.setEnabled(not busy and (
            bool(self.file_page.path.text().strip()) if page == FILE else self.mapping_page.check().ok))
        self.import_button.setVisible(page == DRY_RUN)
        self.import_button.setEnabled(not busy and self.dry_run_page.importable)
        self.close_button.setEnabled(not self.importing)
        self.pages.setEnabled(not busy)
        # Enter moves on from the file and the columns; the import itself takes Enter on its own button
        # (or Alt+I), so Enter in the dry run's table never writes.
        self.next_button.setDefault(page in (FILE, MAPPING))
        self.import_button.setDefault(False)
        self.close_button.setDefault(page == RESULT)

    def go_next(self) -> None:
        if self.busy_now or not self.next_button.isEnabled():
            return
        if self.page == FILE:
            self.read_file()
        elif self.page == MAPPING:
            self.run_check()

    def go_back(self) -> None:
        if self.busy_now or not self.back_button.isVisible():
            return
        self.message_bar.dismiss()
        self._go({MAPPING: FILE, DRY_RUN: MAPPING, RESULT: DRY_RUN}.get(self.page, FILE))

    def reject(self) -> None:
        if self.importing:
            # Closing mid-write would leave the worker unsure whether the residents are in.
            self.message_bar.show_text(self.tr("Importing… please wait until it is done."))
            return
        self._token += 1
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.importing:
            event.ignore()
            return
        super().closeEvent(event)

    # -- step 1: the file -------------------------------------------------------

    def _browse_if_choosing(self) -> None:
        if self.page == FILE and not self.busy_now:
            self.browse()

    def browse(self) -> None:
        folder = self.settings.value(FOLDER_KEY, "") if self.settings else ""
        current = self.file_page.path.text().strip()
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the residents' file"), current or str(folder or Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if path:
            self.file_page.path.setText(path)
            self.next_button.setFocus()

    def _path(self) -> Path:
        return Path(self.file_page.path.text().strip()).expanduser()

    def read_file(self) -> None:
        path = self._path()

        def read():
            sheet = residents_io.read_rows(path)
            return sheet, residents_io.column_samples(sheet)

        self._start(read, self._file_read, self.tr("Reading %1…").replace("%1", path.name))

    def _file_read(self, result) -> None:
        sheet, samples = result
        self._show_sheet(sheet, samples)
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(self._path().parent))
            self.settings.sync()
        self._go(MAPPING)

    def _show_sheet(self, sheet: residents_io.ImportSheet, samples) -> None:
        # A file read again keeps the choices made for the columns it still has.
        kept = self.mapping_page.mapping() if self.sheet is not None else {}
        mapping = {**residents_io.guess_mapping(sheet.columns),
                   **{c: f for c, f in kept.items() if c in sheet.columns}}
        self.sheet = sheet
        self.checked = None
        self.mapping_page.set_sheet(sheet.columns, samples, mapping)

    # -- step 3: the dry run --------------------------------------------------------

    def _recheck_if_shown(self) -> None:
        if self.page == DRY_RUN and not self.busy_now:
            self.run_check()

    def run_check(self) -> None:
        """Read the file again (it may have been corrected meanwhile) and plan it with the chosen columns."""
        if not self.mapping_page.check().ok:
            self._go(MAPPING)
            return
        ctx, path, mapping, lang = self.ctx, self._path(), self.mapping_page.mapping(), LANGUAGE.code
        columns = self.sheet.columns if self.sheet else ()

        def check():
            sheet = residents_io.read_rows(path)  # first: it words a missing or unreadable file
            if sheet.columns != columns:
                return "columns", (sheet, residents_io.column_samples(sheet))
            digest = _digest(path)
            return "plan", (digest, lang, residents_io.plan(ctx, path, mapping, lang))

        self._start(check, self._checked, self.tr("Checking every row…"))

    def _checked(self, result) -> None:
        kind, value = result
        if kind == "columns":
            self._show_sheet(*value)
            self._go(MAPPING)
            self.message_bar.show_text(self.tr("The columns of the file have changed since it was read: check "
                                               "what each column holds, then go on."))
            return
        digest, lang, plan = value
        self.checked = (str(self._path()), digest, lang)
        self.dry_run_page.set_plan(plan)
        self._go(DRY_RUN)

    # -- step 4: the import -----------------------------------------------------------

    def run_import(self) -> None:
        if self.busy_now or self.page != DRY_RUN or not self.dry_run_page.importable or self.checked is None:
            return
        ctx, path, mapping = self.ctx, self._path(), self.mapping_page.mapping()
        checked_path, digest, _lang = self.checked

        def write():
            if str(path) != checked_path or _digest(path) != digest:
                raise FileChanged()
            return residents_io.apply(ctx, path, mapping)

        self.importing = True
        self.result_page.show_working()
        self._go(RESULT)
        self._start(write, self._imported, self.tr("Importing… please wait."), on_error=self._import_failed)

    def _imported(self, counts: dict) -> None:
        self.importing = False
        self.result_page.show_done(counts)
        self._go(RESULT)
        self.imported.emit(counts)

    def _import_failed(self, err: BaseException) -> None:
        self.importing = False
        if isinstance(err, FileChanged):
            self._go(DRY_RUN)
            self.run_check()
            self.message_bar.show_text(self.tr("The file was changed after the dry run, so it is being checked "
                                               "again; nothing was written. Look at the new dry run, then import."))
            return
        if not isinstance(err, (DomainError, OSError)):
            log.error("resident import failed", exc_info=(type(err), err, err.__traceback__))
        self.result_page.show_failed(error_text(err))
        self._go(RESULT)

    # -- the work off the UI thread -------------------------------------------------------

    def _start(self, fn, on_done, busy_text: str, on_error=None) -> None:
        self.message_bar.dismiss()
        self._token += 1
        token = self._token
        self.busy_label.setText(busy_text)
        self.busy.show()

        def done(result) -> None:
            if token == self._token:
                self._finish()
                on_done(result)

        def failed(err: BaseException) -> None:
            if token == self._token:
                self._finish()
                (on_error or self._failed)(err)

        self.task = run_in_background(fn, on_done=done, on_error=failed)
        self._update_buttons()

    def _finish(self) -> None:
        self.busy.hide()
        self._update_buttons()

    def _failed(self, err: BaseException) -> None:
        if not isinstance(err, DomainError):
            log.error("resident import step failed", exc_info=(type(err), err, err.__traceback__))
        self.message_bar.show_text(error_text(err))
        self._update_buttons()
        self._focus_page()  # the page was disabled while busy, and lost the focus with it
