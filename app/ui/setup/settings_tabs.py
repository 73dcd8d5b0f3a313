"""The settings screen's tabs: layout and labels; the window (settings_window.py) loads and saves."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.services.dto import StationInfo
from app.services.setup_dto import StationDetails

from .desk_settings import KEEP_MAX
from .fields import FolderField, LanguageCombo, PaperCombo, PrinterCombo
from .hours_grid import HoursGrid

IDLE_MAX = 120


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _note(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class Tab(QWidget):
    def retranslate(self) -> None:  # pragma: no cover - every tab has its own
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StationTab(Tab):
    FIELDS = ("name", "code", "subdistrict", "address", "phone")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsStationTab")
        self.edits = {key: QLineEdit(objectName=f"settingsStation_{key}") for key in self.FIELDS}
        for key, limit in (("name", 128), ("code", 16), ("subdistrict", 128), ("address", 256), ("phone", 32)):
            self.edits[key].setMaxLength(limit)
        self.edits["code"].setReadOnly(True)
        self.labels = {key: QLabel(objectName=f"settingsStationLabel_{key}") for key in self.FIELDS}
        self.code_note = _note("settingsStationCodeNote")
        self.read_only_note = _note("settingsStationReadOnly")
        form = _form()
        for key in self.FIELDS:
            self.labels[key].setBuddy(self.edits[key])
            form.addRow(self.labels[key], self.edits[key])
            if key == "code":
                form.addRow("", self.code_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {"name": self.tr("Station &name:"), "code": self.tr("Station code:"),
                  "subdistrict": self.tr("S&ubdistrict:"), "address": self.tr("&Address:"),
                  "phone": self.tr("&Phone:")}
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.code_note.setText(self.tr("Fixed at setup: every affair and certificate number starts with it."))
        self.read_only_note.setText(self.tr("Only the chief stationmaster or the administrator can change the "
                                            "station's details and opening hours."))

    def load(self, info: StationInfo) -> None:
        for key in self.FIELDS:
            self.edits[key].setText(getattr(info, key))

    def details(self) -> StationDetails:
        return StationDetails(*(self.edits[key].text() for key in self.FIELDS))

    def set_editable(self, editable: bool) -> None:
        for key in ("name", "subdistrict", "address", "phone"):
            self.edits[key].setReadOnly(not editable)
        self.read_only_note.setVisible(not editable)


class HoursTab(Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsHoursTab")
        self.grid = HoursGrid("settingsHoursGrid")
        self.read_only_note = _note("settingsHoursReadOnly")
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.read_only_note.setText(self.tr("Only the chief stationmaster or the administrator can change the "
                                            "opening hours."))

    def set_editable(self, editable: bool) -> None:
        self.grid.set_read_only(not editable)
        self.read_only_note.setVisible(not editable)


class DeskTab(Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDeskTab")
        self.desk = QLineEdit(objectName="settingsDeskName")
        self.desk.setMaxLength(32)
        self.printer = PrinterCombo("settingsPrinter")
        self.paper = PaperCombo("settingsPaper")
        self.language = LanguageCombo("settingsLanguage")
        self.labels = {key: QLabel(objectName=f"settingsDeskLabel_{key}")
                       for key in ("desk", "printer", "paper", "language")}
        self.desk_note = _note("settingsDeskNote")
        self.printer_note = _note("settingsPrinterNote")
        form = _form()
        for key, box in (("desk", self.desk), ("printer", self.printer), ("paper", self.paper),
                         ("language", self.language)):
            self.labels[key].setBuddy(box)
            form.addRow(self.labels[key], box)
            if key == "desk":
                form.addRow("", self.desk_note)
            if key == "paper":
                form.addRow("", self.printer_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {"desk": self.tr("&Desk name:"), "printer": self.tr("P&rinter:"), "paper": self.tr("Pap&er:"),
                  "language": self.tr("La&nguage:")}
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.desk_note.setText(self.tr("Offered at the sign-in and recorded on every event; a new name is used "
                                       "from the next sign-in."))
        self.printer_note.setText(self.tr("Receipts and notices go straight to the chosen printer on the chosen "
                                          "paper; \"Ask each time\" shows the print dialog. The desk can still "
                                          "pick the paper for one print."))


class FoldersTab(Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsFoldersTab")
        self.backup = FolderField("settingsBackupFolder")
        self.keep = QSpinBox(objectName="settingsBackupKeep")
        self.keep.setRange(1, KEEP_MAX)
        self.daily = QCheckBox(objectName="settingsBackupDaily")
        self.export = FolderField("settingsExportFolder")
        self.backup_now = QPushButton(objectName="settingsBackupNow")
        self.backup_now.setAutoDefault(False)
        self.backup_result = QLabel(objectName="settingsBackupResult")
        self.backup_result.setWordWrap(True)
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = {key: QLabel(objectName=f"settingsFoldersLabel_{key}") for key in ("backup", "keep", "export")}
        self.backup_note = _note("settingsBackupNote")
        self.export_note = _note("settingsExportNote")
        form = _form()
        self.labels["backup"].setBuddy(self.backup.edit)
        self.labels["keep"].setBuddy(self.keep)
        self.labels["export"].setBuddy(self.export.edit)
        form.addRow(self.labels["backup"], self.backup)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        form.addRow(self.labels["keep"], keep_row)
        form.addRow("", self.daily)
        form.addRow("", self.backup_note)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_now)
        now_row.addWidget(self.backup_result, 1)
        form.addRow("", now_row)
        form.addRow(self.labels["export"], self.export)
        form.addRow("", self.export_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["backup"].setText(self.tr("Backup fol&der:"))
        self.labels["keep"].setText(self.tr("Kee&p the newest:"))
        self.labels["export"].setText(self.tr("E&xport folder:"))
        self.keep.setSuffix(self.tr(" daily backups"))
        self.daily.setText(self.tr("Back up dail&y (the first desk started each day copies the database)"))
        self.backup_note.setText(self.tr("Better on another disk or a USB drive than the database's own."))
        self.backup_now.setText(self.tr("Back up &now"))
        self.export_note.setText(self.tr("Where the Reports window and the automatic export write."))


class SecurityTab(Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsSecurityTab")
        self.idle = QSpinBox(objectName="settingsIdleMinutes")
        self.idle.setRange(0, IDLE_MAX)
        self.label = QLabel(objectName="settingsIdleLabel")
        self.label.setBuddy(self.idle)
        self.note = _note("settingsIdleNote")
        row = QHBoxLayout()
        row.addWidget(self.idle)
        row.addStretch(1)
        form = _form()
        form.addRow(self.label, row)
        form.addRow("", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Lock the screen &after:"))
        self.idle.setSuffix(self.tr(" minutes without input"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.note.setText(self.tr("The desk stands in an open hall: after these minutes every window is covered "
                                  "until the worker types their password. Applies at once."))


class DatabaseTab(Tab):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDatabaseTab")
        self.in_use = QLabel(objectName="settingsDbInUse")
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url = QLineEdit(objectName="settingsDbUrl")
        self.folder_button = QPushButton(objectName="settingsDbFolder")
        self.folder_button.setAutoDefault(False)
        self.test_button = QPushButton(objectName="settingsDbTest")
        self.test_button.setAutoDefault(False)
        self.result = QLabel(objectName="settingsDbResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = {key: QLabel(objectName=f"settingsDbLabel_{key}") for key in ("in_use", "url")}
        self.labels["url"].setBuddy(self.url)
        self.note = _note("settingsDbNote")
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form = _form()
        form.addRow(self.labels["in_use"], self.in_use)
        form.addRow(self.labels["url"], url_row)
        form.addRow("", self.note)
        form.addRow("", buttons)
        form.addRow("", self.result)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["in_use"].setText(self.tr("In use now:"))
        self.labels["url"].setText(self.tr("At the next sta&rt:"))
        self.url.setPlaceholderText(self.tr("empty: the local database in the user data folder"))
        self.folder_button.setText(self.tr("Local fol&der…"))
        self.test_button.setText(self.tr("&Test connection"))
        self.note.setText(self.tr("A new database takes effect when One Window is started again; an empty one "
                                  "starts the setup wizard. --database and ONE_WINDOW_DATABASE_URL, when given, "
                                  "take precedence. Passwords are shown as ***."))
