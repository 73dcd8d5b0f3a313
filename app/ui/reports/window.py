"""The Reports window: pick a range, see the report, write it as PDF, Excel or CSV.

It builds today's report as soon as it is shown, so today's PDF is two clicks
away from any screen (Go → Reports, Export PDF). Building and writing run on a
worker thread: a year's report or its PDF never freezes the window.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from app.printing.report_data import Report
from app.services import report_export, reports
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.permissions import Perm, allowed

from ..background import Task, run_in_background
from ..chrome import MessageBar, add_language_menu, install_body, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..i18n import LANGUAGE
from .auto_export import AutoExportDialog, ExportSettings, settings_file
from .preview import ReportPreview
from .ranges import QUICK_RANGES, quick_range

FILE_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class _EnterGenerates(QObject):
    """Enter in the range fields builds the report, as F5 does."""

    def __init__(self, window: "ReportsWindow", *fields: QWidget):
        super().__init__(window)
        self.window = window
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.window.generate()
            return True
        return False


class ReportsWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path,
                 settings_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.station, self.output_dir = ctx, station, Path(output_dir)
        self.settings = settings_file(settings_path or self.output_dir / "desk-settings.ini")
        actor = ctx.actor
        self.may_export = bool(actor and allowed(actor.role, Perm.EXPORT))
        self.report: Report | None = None
        self.build_task: Task | None = None
        self.write_task: Task | None = None
        self.last_folder: Path | None = None
        self.last_path: Path | None = None
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self._range_changed()
        self._update_buttons()
        self.range_combo.setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("reportsWindow")
        self.resize(1366, 768)
        self.message_bar = MessageBar("messageBar", timeout_ms=20000, timer_name="reportsMessageTimer")
        self.open_folder_button = QPushButton(objectName="openFolderButton")
        self.open_folder_button.hide()
        message_row = QWidget(objectName="reportsMessageRow")
        message_layout = QHBoxLayout(message_row)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.message_bar, 1)
        message_layout.addWidget(self.open_folder_button)

        self.range_combo = QComboBox(objectName="rangeCombo")
        for key in QUICK_RANGES:
            self.range_combo.addItem("", key)
        self.from_edit, self.to_edit = QDateEdit(objectName="rangeFrom"), QDateEdit(objectName="rangeTo")
        today = self.ctx.now().date()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(qdate(reports.EARLIEST))
            edit.setDate(qdate(today))
        self.range_label, self.from_label, self.to_label = (
            QLabel(objectName="rangeLabel"), QLabel(objectName="rangeFromLabel"), QLabel(objectName="rangeToLabel"))
        self.range_label.setBuddy(self.range_combo)
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.generate_button = QPushButton(objectName="generateButton")
        self.generate_button.setProperty("role", "primary")
        self.progress = QProgressBar(objectName="reportProgress")
        self.progress.setMinimumWidth(180)
        self.progress.setTextVisible(True)
        self.progress_label = QLabel(objectName="reportProgressLabel")
        self.cancel_button = QPushButton(objectName="cancelBuildButton")
        # Their room is kept while hidden: showing them when a build starts then repaints them alone,
        # instead of laying the whole window out again (a frame's worth of repaint on a year's tables).
        for w in (self.progress, self.progress_label, self.cancel_button):
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)
        bar = QHBoxLayout()
        for w in (self.range_label, self.range_combo):
            bar.addWidget(w)
        bar.addSpacing(12)
        for w in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.generate_button)
        bar.addSpacing(12)
        bar.addWidget(self.progress_label)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)

        self.preview = ReportPreview()

        self.export_pdf_button = QPushButton(objectName="exportPdfButton")
        self.export_pdf_button.setProperty("role", "primary")
        self.export_xlsx_button = QPushButton(objectName="exportXlsxButton")
        self.export_csv_button = QPushButton(objectName="exportCsvButton")
        self.export_as_button = QPushButton(objectName="exportAsButton")
        self.print_button = QPushButton(objectName="printReportButton")
        self.settings_button = QPushButton(objectName="exportSettingsButton")
        self.folder_note = QLabel(objectName="exportFolderNote")
        self.folder_note.setStyleSheet("color: #455a64;")
        exports = QHBoxLayout()
        for w in (self.export_pdf_button, self.export_xlsx_button, self.export_csv_button, self.export_as_button,
                  self.print_button):
            exports.addWidget(w)
        exports.addStretch(1)
        exports.addWidget(self.settings_button)

        body = QWidget(objectName="reportsBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        layout.addLayout(exports)
        layout.addWidget(self.folder_note)  # a line of its own: a long path beside the buttons is cut in large font
        self.status_station, self.status_worker = install_body(self, "reports", message_row, body)
        self._set_busy(None)
        order = (self.range_combo, self.from_edit, self.to_edit, self.generate_button, self.cancel_button,
                 self.preview.tabs, *self.preview.views.values(), self.export_pdf_button, self.export_xlsx_button,
                 self.export_csv_button, self.export_as_button, self.print_button, self.settings_button,
                 self.open_folder_button)
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("reportsMenuBar")
        self.report_menu = bar.addMenu("")
        self.report_menu.setObjectName("reportMenu")

        def action(name, key, slot):
            a = QAction(self, objectName=name)
            if key:
                a.setShortcut(QKeySequence(key))
            a.triggered.connect(slot)
            self.report_menu.addAction(a)
            return a

        self.generate_action = action("actionGenerateReport", "F5", self.generate)
        self.report_menu.addSeparator()
        self.export_pdf_action = action("actionExportPdf", "Ctrl+E", lambda: self.export("pdf"))
        self.export_xlsx_action = action("actionExportXlsx", "Ctrl+Shift+E", lambda: self.export("xlsx"))
        self.export_csv_action = action("actionExportCsv", None, lambda: self.export("csv"))
        self.export_as_action = action("actionExportAs", "Ctrl+Shift+S", self.export_as)
        self.print_action = action("actionPrintReport", "Ctrl+P", self.print_report)
        self.open_folder_action = action("actionOpenExportFolder", "Ctrl+Shift+O", self.open_folder)
        self.report_menu.addSeparator()
        self.settings_action = action("actionExportSettings", None, self.edit_settings)
        self.report_menu.addSeparator()
        self.close_action = action("actionCloseReports", QKeySequence.StandardKey.Close, self.close)
        self.lang_menu = add_language_menu(self, ("reportsLanguageMenu", "reportsLangZh", "reportsLangEn"))

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Escape", self.escape, "reportsShortcutEscape")
        window_shortcut(self, "F6", self._focus_table, "reportsShortcutTable")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports — %1").replace("%1", self.station.name))
        self.report_menu.setTitle(self.tr("&Report"))
        self.lang_menu.setTitle(self.tr("&Language"))
        labels = {"today": self.tr("Today"), "yesterday": self.tr("Yesterday"), "this_week": self.tr("This week"),
                  "last_week": self.tr("Last week"), "this_month": self.tr("This month"),
                  "last_month": self.tr("Last month"), "this_year": self.tr("This year"),
                  "last_year": self.tr("Last year"), "custom": self.tr("Custom range")}
        for i, key in enumerate(QUICK_RANGES):
            self.range_combo.setItemText(i, labels[key])
        self.range_label.setText(self.tr("Ra&nge"))
        self.from_label.setText(self.tr("&First day"))
        self.to_label.setText(self.tr("La&st day"))
        self.generate_button.setText(self.tr("Generate (F5)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.export_pdf_button.setText(self.tr("Export PDF (Ctrl+E)"))
        self.export_xlsx_button.setText(self.tr("Export Excel (Ctrl+Shift+E)"))
        self.export_csv_button.setText(self.tr("Export CSV"))
        self.export_as_button.setText(self.tr("Export as… (Ctrl+Shift+S)"))
        self.print_button.setText(self.tr("Print… (Ctrl+P)"))
        self.settings_button.setText(self.tr("Settings…"))
        self.open_folder_button.setText(self.tr("Open folder (Ctrl+Shift+O)"))
        self.generate_action.setText(self.tr("&Generate"))
        self.export_pdf_action.setText(self.tr("Export &PDF"))
        self.export_xlsx_action.setText(self.tr("Export &Excel"))
        self.export_csv_action.setText(self.tr("Export &CSV"))
        self.export_as_action.setText(self.tr("Export &as…"))
        self.print_action.setText(self.tr("P&rint…"))
        self.open_folder_action.setText(self.tr("&Open the export folder"))
        self.settings_action.setText(self.tr("Export &settings…"))
        self.close_action.setText(self.tr("C&lose"))
        self.status_station.setText(f"{self.station.name} ({self.station.code})")
        actor = self.ctx.actor
        self.status_worker.setText(self.tr("Worker: %1 · Desk: %2").replace("%1", actor.name).replace(
            "%2", actor.desk) if actor else "")
        self.preview.retranslate()
        self._show_folder()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ----------------------------------------------------------

    def _wire(self) -> None:
        self.range_combo.currentIndexChanged.connect(lambda _i: self._range_changed())
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_as_button.clicked.connect(self.export_as)
        self.print_button.clicked.connect(self.print_report)
        self.settings_button.clicked.connect(self.edit_settings)
        self.open_folder_button.clicked.connect(self.open_folder)
        self._enter = _EnterGenerates(self, self.range_combo, self.from_edit, self.to_edit)
        press_buttons_on_enter(self.generate_button, self.cancel_button, self.export_pdf_button,
                               self.export_xlsx_button, self.export_csv_button, self.export_as_button,
                               self.print_button, self.settings_button, self.open_folder_button)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not event.spontaneous() and self.build_task is None:
            self.generate()  # today's report, or the range chosen before the window was last closed

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.cancel_build()
        super().closeEvent(event)

    def set_language(self, code: str) -> None:
        self.lang_menu.choose(code)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.open_folder_button.hide()
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()
        self.open_folder_button.hide()

    def escape(self) -> None:
        if self.build_task is not None:
            self.cancel_build()
        else:
            self.hide_message()

    def _focus_table(self) -> None:
        self.preview.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def export_settings(self) -> ExportSettings:
        return ExportSettings.load(self.settings, self.output_dir)

    def _show_folder(self) -> None:
        self.folder_note.setText(self.tr("Into: %1").replace("%1", str(self.export_settings().folder)))
        self.folder_note.setVisible(self.may_export)

    # -- the range and the build ---------------------------------------------

    def range_key(self) -> str:
        return self.range_combo.currentData()

    def set_range(self, key: str, first: date | None = None, last: date | None = None) -> None:
        """Choose a quick range, or "custom" with its days."""
        self.range_combo.setCurrentIndex(QUICK_RANGES.index(key))
        if key == "custom":
            if first:
                self.from_edit.setDate(qdate(first))
            if last:
                self.to_edit.setDate(qdate(last))

    def chosen_range(self) -> tuple[date, date]:
        key = self.range_key()
        if key == "custom":
            return pydate(self.from_edit.date()), pydate(self.to_edit.date())
        return quick_range(key, self.ctx.now().date())  # today again: the window may stay open overnight

    def _range_changed(self) -> None:
        custom = self.range_key() == "custom"
        for w in (self.from_edit, self.to_edit):
            w.setEnabled(custom)
        if not custom:
            first, last = self.chosen_range()
            self.from_edit.setDate(qdate(first))
            self.to_edit.setDate(qdate(last))

    def generate(self) -> Task:
        """Build the chosen range's report in the background; a build under way is dropped."""
        if self.range_key() != "custom":
            self._range_changed()
        first, last = self.chosen_range()
        self.cancel_build()
        ctx = self.ctx
        holder: dict[str, Task] = {}
        # Results arrive queued on this thread, so after holder is filled.
        task = run_in_background(lambda progress: reports.report(ctx, first, last, progress),
                                 on_done=lambda r: self._built(holder["task"], r),
                                 on_error=lambda e: self._build_failed(holder["task"], e),
                                 on_progress=lambda done, total: self._progressed(holder["task"], done, total))
        holder["task"] = task
        self.build_task = task
        self._set_busy(self.tr("Building the report…"))
        return task

    def cancel_build(self) -> None:
        task, self.build_task = self.build_task, None
        if task is not None:
            task.cancel()
            self._set_busy(None)

    def _progressed(self, task: Task, done: int, total: int) -> None:
        if task is self.build_task:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _built(self, task: Task, report: Report) -> None:
        if task is not self.build_task:
            return  # superseded or cancelled
        self.build_task = None
        self._set_busy(None)
        self.report = report
        self.preview.show_report(report)
        self._update_buttons()

    def _build_failed(self, task: Task, err: BaseException) -> None:
        if task is not self.build_task:
            return
        self.build_task = None
        self._set_busy(None)
        self.show_message(error_text(err))
        self._update_buttons()

    def _set_busy(self, what: str | None) -> None:
        """Show the progress bar while building (determinate) or writing (indeterminate)."""
        busy = what is not None
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.progress_label.setText(what or "")
        self.cancel_button.setVisible(busy and self.build_task is not None)
        if busy:
            self.progress.setRange(0, 0 if self.build_task is None else 1)
            self.progress.setValue(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not hasattr(self, "print_action"):
            return  # still building the window
        ready = self.report is not None and self.build_task is None and self.write_task is None
        why = "" if self.may_export else self.tr("Your role may not export reports (stationmasters and the "
                                                 "administrator may); the preview is yours to read.")
        for w in (self.export_pdf_button, self.export_xlsx_button, self.export_csv_button, self.export_as_button,
                  self.print_button, self.export_pdf_action, self.export_xlsx_action, self.export_csv_action,
                  self.export_as_action, self.print_action):
            w.setEnabled(self.may_export and ready)
            w.setToolTip(why)
        for w in (self.settings_button, self.settings_action):
            w.setEnabled(self.may_export)
            w.setToolTip(why)
        self.open_folder_action.setEnabled(self.last_folder is not None)

    # -- writing files --------------------------------------------------------

    def file_name(self, fmt: str) -> str:
        r = self.report
        return report_export.file_name(r.station.code, r.day_from, r.day_to, fmt, LANGUAGE.code)

    def _write(self, fmt: str, path: Path, then) -> Task | None:
        if self.report is None or self.write_task is not None or not self.may_export:
            return None
        ctx, report, lang = self.ctx, self.report, LANGUAGE.code

        def done(written) -> None:
            self.write_task = None
            self._set_busy(None)
            then(Path(written))

        def failed(err: BaseException) -> None:
            self.write_task = None
            self._set_busy(None)
            self.show_message(error_text(err))

        self.write_task = run_in_background(lambda: report_export.write(ctx, report, fmt, path, lang),
                                            on_done=done, on_error=failed)
        self._set_busy(self.tr("Writing %1…").replace("%1", path.name))
        return self.write_task

    def export(self, fmt: str) -> Task | None:
        """Write the report shown into the export folder under its standard name; no dialog."""
        if self.report is None:
            return None
        return self._write(fmt, self.export_settings().folder / self.file_name(fmt), self._exported)

    def _exported(self, path: Path) -> None:
        self.last_path, self.last_folder = path, path.parent
        self.show_message(self.tr("Saved %1 in %2").replace("%1", path.name).replace("%2", str(path.parent)), ok=True)
        self.open_folder_button.show()
        self._update_buttons()

    def ask_save_path(self, suggested: Path) -> tuple[str, str]:
        filters = ";;".join(FILE_FILTERS.values())
        return QFileDialog.getSaveFileName(self, self.tr("Export the report as"), str(suggested), filters,
                                           FILE_FILTERS["pdf"])

    def export_as(self) -> Task | None:
        if self.report is None or not self.export_as_button.isEnabled():
            return None
        chosen, chosen_filter = self.ask_save_path(self.export_settings().folder / self.file_name("pdf"))
        if not chosen:
            return None
        path = Path(chosen)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FILE_FILTERS:
            fmt = next((f for f, text in FILE_FILTERS.items() if text == chosen_filter), "pdf")
            path = path.with_name(f"{path.name}.{fmt}")
        return self._write(fmt, path, self._exported)

    def print_report(self) -> Task | None:
        """Write the PDF among the day's documents and hand it to the print dialog."""
        if self.report is None or not self.print_button.isEnabled():
            return None
        return self._write("pdf", self.output_dir / self.file_name("pdf"), self._print)

    def _print(self, path: Path) -> None:
        from ..print_pdf import print_pdf

        try:
            printed = print_pdf(path, "A4", self)
        except OSError as err:
            self.show_message(error_text(err))
            return
        if printed:
            self.show_message(self.tr("Sent %1 to the printer").replace("%1", path.name), ok=True)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    def edit_settings(self) -> bool:
        if not self.may_export:
            return False
        dialog = AutoExportDialog(self.export_settings(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            dialog.settings().save(self.settings)
        finally:
            dialog.deleteLater()
        self._show_folder()
        self.show_message(self.tr("Export settings saved"), ok=True)
        return True
