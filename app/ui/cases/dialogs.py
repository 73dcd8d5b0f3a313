"""Opening a case and moving it to its next step, each through its one service call."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.services import cases
from app.services.cases import STAGE_LABELS, STAGES
from app.services.cases_dto import CaseDetail, CaseSummary
from app.services.context import ServiceContext
from app.services.errors import DomainError

from ..chrome import window_shortcut
from ..feedback import error_text
from ..i18n import pair
from ..visits.pickers import ResidentPicker

ERROR_STYLE = "color: #b00020;"


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def _name_buttons(buttons: QDialogButtonBox) -> None:
    for b in buttons.buttons():
        b.setObjectName(buttons.objectName() + buttons.standardButton(b).name)


class NewCaseDialog(QDialog):
    """Opens through cases.open_case; `case` holds the new case. `workers` is
    given to whoever may assign cases to others: [(staff id, name)]."""

    def __init__(self, ctx: ServiceContext, workers: list[tuple[int, str]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.workers = workers or []
        self.case: CaseSummary | None = None
        self._build_ui()
        self.retranslate()
        self._wire()
        self._update()
        self.resident.search.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("newCaseDialog")
        self.setModal(True)
        self.resize(640, 600)
        self.resident = ResidentPicker(self.ctx, self)
        self.title = QLineEdit(objectName="newCaseTitle")
        self.title.setMaxLength(cases.TITLE_MAX)
        self.note = QPlainTextEdit(objectName="newCaseNote")
        self.note.setTabChangesFocus(True)
        self.worker = QComboBox(self, objectName="newCaseWorker")
        own = self.ctx.actor.staff_id if self.ctx.actor else None
        for staff_id, name in self.workers:
            self.worker.addItem(name, staff_id)
        self.worker.setCurrentIndex(max(0, self.worker.findData(own)))
        self.resident_label, self.title_label = QLabel(), QLabel()
        self.note_label, self.worker_label = QLabel(), QLabel()
        for label, buddy in ((self.resident_label, self.resident.search), (self.title_label, self.title),
                             (self.note_label, self.note), (self.worker_label, self.worker)):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.resident_label, self.resident)
        form.addRow(self.title_label, self.title)
        form.addRow(self.note_label, self.note)
        if self.workers:
            form.addRow(self.worker_label, self.worker)
        else:
            self.worker.hide()
            self.worker_label.hide()
        self.message = _error_label("newCaseMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="newCaseButtons")
        _name_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.title, self.note)
        if self.workers:
            QWidget.setTabOrder(self.note, self.worker)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a case"))
        self.resident_label.setText(self.tr("&Resident"))
        self.title_label.setText(self.tr("&Title"))
        self.note_label.setText(self.tr("Application &note"))
        self.worker_label.setText(self.tr("Assigned &worker"))
        self.title.setPlaceholderText(self.tr("The need in a few words, e.g. elderly living alone, care"))
        self.note.setPlaceholderText(self.tr("Who applied, for what, and why the station takes it on "
                                             "(Ctrl+Enter opens the case)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.resident.chosen.connect(lambda _r: (self.title.setFocus(), self._update()))
        self.resident.message.connect(self.message.setText)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        window_shortcut(self, "Ctrl+Return", self.save, "newCaseShortcutSave")
        window_shortcut(self, "Ctrl+Enter", self.save, "newCaseShortcutSaveKeypad")

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.resident.current is not None)

    def save(self) -> bool:
        if self.resident.current is None:
            self.message.setText(self.tr("Choose the resident first."))
            return False
        worker_id = self.worker.currentData() if self.workers else None
        try:
            self.case = cases.open_case(self.ctx, self.resident.current.id, self.title.text(),
                                        self.note.toPlainText(), worker_id=worker_id)
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True


class AdvanceDialog(QDialog):
    """Completes the case's current step with its note (cases.advance); `stage` holds the new stage."""

    def __init__(self, ctx: ServiceContext, case: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.stage: str | None = None
        self._build_ui()
        self.retranslate()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        window_shortcut(self, "Ctrl+Return", self.save, "advanceShortcutSave")
        window_shortcut(self, "Ctrl+Enter", self.save, "advanceShortcutSaveKeypad")
        self.note.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("advanceCaseDialog")
        self.setModal(True)
        self.resize(600, 360)
        self.prompt = QLabel(objectName="advancePrompt")
        self.prompt.setWordWrap(True)
        self.note_label = QLabel(objectName="advanceNoteLabel")
        self.note_label.setWordWrap(True)
        self.note = QPlainTextEdit(objectName="advanceNote")
        self.note.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note)
        self.message = _error_label("advanceMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="advanceButtons")
        _name_buttons(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _hint(self, stage: str) -> str:
        return {
            "application": self.tr("&Acceptance decision: why the station takes the case on"),
            "investigation": self.tr("&Assessment: needs, strengths, risks and resources found"),
            "plan": self.tr("&How the plan was agreed with the resident and family"),
            "execution": self.tr("&Summary of the services delivered and the progress made"),
            "supervision": self.tr("&Supervision and coordination: conclusions, ready for closure?"),
        }.get(stage, self.tr("&Note"))

    def retranslate(self) -> None:
        stage = self.case.stage
        following = STAGES[STAGES.index(stage) + 1] if stage in STAGES[:-1] else stage
        self.setWindowTitle(self.tr("Move the case on"))
        self.prompt.setText(self.tr("Case %1 · %2: complete '%3' and move on to '%4'.")
                            .replace("%1", self.case.number).replace("%2", self.case.resident_name)
                            .replace("%3", pair(STAGE_LABELS[stage])).replace("%4", pair(STAGE_LABELS[following])))
        self.note_label.setText(self._hint(stage))
        self.note.setPlaceholderText(self.tr("Required; kept in the case log under this stage (Ctrl+Enter saves)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Move on to '%1'").replace("%1", pair(STAGE_LABELS[following])))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> bool:
        try:
            self.stage = cases.advance(self.ctx, self.case.id, self.note.toPlainText())
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True
