"""Today's report written into a folder at closing time, without anybody pressing a key.

The settings live in the desk's INI file, with the day of the last export, so a
restart after closing time does not export twice. The folder is also where the
Reports window's Export buttons write.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTimeEdit, QVBoxLayout, QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.permissions import Perm, allowed

from ..background import Task, run_in_background
from ..feedback import error_text
from ..i18n import LANGUAGE

SECTION = "autoExport"
FORMATS = ("pdf", "xlsx", "csv")  # app.services.report_export.FORMATS; a test keeps them equal
DEFAULT_CLOSING = time(17, 30)
DEFAULT_FORMATS = ("pdf", "xlsx")
CHECK_INTERVAL_MS = 60_000
REPEAT_FAILURE = timedelta(minutes=15)  # the same failure is retried every minute but said again only this often
FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel (xlsx)", "csv": "CSV"}


def settings_file(path: str | Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def default_folder(output_dir: Path) -> Path:
    return Path(output_dir) / "reports"


def _bool(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def _time(value) -> time:
    try:
        hours, minutes = str(value).strip().split(":")[:2]
        return time(int(hours), int(minutes))
    except (TypeError, ValueError):
        return DEFAULT_CLOSING


def _formats(value) -> tuple[str, ...]:
    # An INI list of one comes back as a plain string, of several as a list.
    items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    chosen = {str(v).strip().lower() for v in items}
    return tuple(f for f in FORMATS if f in chosen)


@dataclass(frozen=True)
class ExportSettings:
    enabled: bool
    folder: Path
    closing_time: time
    formats: tuple[str, ...]

    @classmethod
    def defaults(cls, output_dir: Path) -> "ExportSettings":
        return cls(False, default_folder(output_dir), DEFAULT_CLOSING, DEFAULT_FORMATS)

    @classmethod
    def load(cls, qsettings: QSettings, output_dir: Path) -> "ExportSettings":
        """What the INI says; anything missing or hand-mangled falls back to the default."""
        base = cls.defaults(output_dir)
        qsettings.beginGroup(SECTION)
        try:
            folder = str(qsettings.value("folder", "") or "").strip()
            formats = qsettings.value("formats", None)
            return cls(
                enabled=_bool(qsettings.value("enabled", False)),
                folder=Path(folder) if folder else base.folder,
                closing_time=_time(qsettings.value("closingTime", "17:30")),
                formats=base.formats if formats is None else _formats(formats),
            )
        finally:
            qsettings.endGroup()

    def save(self, qsettings: QSettings) -> None:
        qsettings.beginGroup(SECTION)
        qsettings.setValue("enabled", self.enabled)
        qsettings.setValue("folder", str(self.folder))
        qsettings.setValue("closingTime", f"{self.closing_time:%H:%M}")
        qsettings.setValue("formats", ",".join(self.formats))
        qsettings.endGroup()
        qsettings.sync()


def last_exported(qsettings: QSettings) -> date | None:
    try:
        return date.fromisoformat(str(qsettings.value(f"{SECTION}/lastDone", "") or ""))
    except ValueError:
        return None


def mark_exported(qsettings: QSettings, day: date) -> None:
    qsettings.setValue(f"{SECTION}/lastDone", day.isoformat())
    qsettings.sync()


def folder_problem(folder: Path) -> str | None:
    """Why files cannot be written into `folder` (created if missing), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except (OSError, ValueError) as err:
        return f"{folder}: {getattr(err, 'strerror', None) or err}"
    return None


def export_today(ctx: ServiceContext, folder: Path, formats: tuple[str, ...], lang: str) -> list[str]:
    """Build today's report once and write it in every format; runs on a worker thread."""
    today = ctx.now().date()
    # Loaded when the export falls due, not when the desk starts (start-up time).
    from app.services import report_export, reports

    report = reports.report(ctx, today)
    return [str(report_export.write(ctx, report, fmt, Path(folder) / report_export.file_name(
        report.station.code, today, today, fmt, lang), lang)) for fmt in formats]


class AutoExporter(QObject):
    """Checks every minute; exports today's report once a day after closing time."""

    exported = Signal(list)  # the files written
    failed = Signal(str)  # why not, in the worker's language

    def __init__(self, ctx: ServiceContext, settings: QSettings, parent: QObject | None = None, *,
                 output_dir: Path | None = None):
        super().__init__(parent)
        self.setObjectName("autoExporter")
        self.ctx, self.settings = ctx, settings
        self.output_dir = Path(output_dir) if output_dir else Path(settings.fileName()).parent
        self.task: Task | None = None
        self.attempts = 0
        self._told_no_permission = False
        self._last_failure: tuple[str, datetime] | None = None
        self.timer = QTimer(self, objectName="autoExportTimer")
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.check)  # started after closing time: do not wait a minute

    def stop(self) -> None:
        self.timer.stop()

    def current(self) -> ExportSettings:
        return ExportSettings.load(self.settings, self.output_dir)

    def check(self) -> bool:
        """Start today's export if it is due; True when one was started."""
        if self.task is not None and self.task.running:
            return False
        conf = self.current()
        now = self.ctx.now()
        if not conf.enabled or not conf.formats or now.time() < conf.closing_time:
            return False
        today = now.date()
        if last_exported(self.settings) == today:
            return False
        actor = self.ctx.actor
        if actor is None or not allowed(actor.role, Perm.EXPORT):
            if not self._told_no_permission:
                self._told_no_permission = True
                try:
                    self.ctx.require(Perm.EXPORT)
                except DomainError as err:
                    self._fail(error_text(err))
            return False
        self.attempts += 1
        ctx, folder, formats, lang = self.ctx, conf.folder, conf.formats, LANGUAGE.code
        self.task = run_in_background(lambda: export_today(ctx, folder, formats, lang),
                                      on_done=lambda paths: self._done(today, paths), on_error=self._error)
        return True

    def _done(self, day: date, paths: list[str]) -> None:
        mark_exported(self.settings, day)
        self._last_failure = None
        self.exported.emit(list(paths))

    def _error(self, err: BaseException) -> None:
        # Not marked done: the next check tries again.
        self._fail(error_text(err))

    def _fail(self, text: str) -> None:
        message = self.tr("The automatic export of today's report failed: %1").replace("%1", text)
        now = self.ctx.now()
        if self._last_failure and self._last_failure[0] == message and now - self._last_failure[1] < REPEAT_FAILURE:
            return
        self._last_failure = (message, now)
        self.failed.emit(message)


class AutoExportDialog(QDialog):
    """The export folder, and whether, when and in which formats today's report is written by itself."""

    def __init__(self, settings: ExportSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.initial = settings
        self._build_ui()
        self.retranslate()
        self._load(settings)
        self._wire()
        self.enabled.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("autoExportDialog")
        self.setModal(True)
        self.resize(640, 300)
        self.intro = QLabel(objectName="autoExportIntro")
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(objectName="autoExportFolder")
        self.browse = QPushButton(objectName="autoExportBrowse")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.enabled = QCheckBox(objectName="autoExportEnabled")
        self.closing = QTimeEdit(objectName="autoExportClosingTime")
        self.closing.setDisplayFormat("HH:mm")
        self.format_boxes = {fmt: QCheckBox(FORMAT_NAMES[fmt], objectName=f"autoExportFormat_{fmt}")
                             for fmt in FORMATS}
        formats = QHBoxLayout()
        for box in self.format_boxes.values():
            formats.addWidget(box)
        formats.addStretch(1)
        self.folder_label, self.closing_label, self.formats_label = (
            QLabel(objectName="autoExportFolderLabel"), QLabel(objectName="autoExportClosingLabel"),
            QLabel(objectName="autoExportFormatsLabel"))
        self.folder_label.setBuddy(self.folder)
        self.closing_label.setBuddy(self.closing)
        self.formats_label.setBuddy(self.format_boxes["pdf"])
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.enabled)
        closing_row = QHBoxLayout()
        closing_row.addWidget(self.closing)
        closing_row.addStretch(1)
        form.addRow(self.closing_label, closing_row)
        form.addRow(self.formats_label, formats)
        self.error = QLabel(objectName="autoExportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="autoExportButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("autoExportOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("autoExportCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        order = (self.folder, self.browse, self.enabled, self.closing, *self.format_boxes.values(),
                 self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report export settings"))
        self.intro.setText(self.tr("The Export buttons of the Reports window write into the export folder. "
                                   "Today's report can also be written there by itself at closing time, "
                                   "while this program is running."))
        self.folder_label.setText(self.tr("Export &folder"))
        self.browse.setText(self.tr("&Browse…"))
        self.enabled.setText(self.tr("&Export today's report automatically at closing time"))
        self.closing_label.setText(self.tr("&Closing time"))
        self.formats_label.setText(self.tr("Fo&rmats"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load(self, s: ExportSettings) -> None:
        self.folder.setText(str(s.folder))
        self.enabled.setChecked(s.enabled)
        self.closing.setTime(QTime(s.closing_time.hour, s.closing_time.minute))
        for fmt, box in self.format_boxes.items():
            box.setChecked(fmt in s.formats)
        self._enabled_changed()

    def _wire(self) -> None:
        self.enabled.toggled.connect(lambda _on: self._enabled_changed())
        self.browse.clicked.connect(self.choose_folder)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _enabled_changed(self) -> None:
        on = self.enabled.isChecked()
        for w in (self.closing, *self.format_boxes.values()):
            w.setEnabled(on)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def settings(self) -> ExportSettings:
        t = self.closing.time()
        return replace(self.initial, enabled=self.enabled.isChecked(),
                       folder=Path(self.folder.text().strip()) if self.folder.text().strip() else self.initial.folder,
                       closing_time=time(t.hour(), t.minute()),
                       formats=tuple(f for f, box in self.format_boxes.items() if box.isChecked()))

    def problem(self) -> tuple[str, QWidget] | None:
        """Why OK is refused and where to fix it, or None."""
        chosen = self.settings()
        if not self.folder.text().strip():
            return self.tr("Choose the export folder."), self.folder
        if not chosen.folder.is_absolute():
            return self.tr("Give the export folder's full path, or choose it with Browse…"), self.folder
        if not chosen.enabled:
            return None
        if not chosen.formats:
            return self.tr("Choose at least one format for the automatic export."), self.format_boxes["pdf"]
        trouble = folder_problem(chosen.folder)
        if trouble:
            return self.tr("The export folder cannot be written: %1").replace("%1", trouble), self.folder
        return None

    def accept(self) -> None:
        trouble = self.problem()
        if trouble:
            text, where = trouble
            self.error.setText(text)
            self.error.show()
            where.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
