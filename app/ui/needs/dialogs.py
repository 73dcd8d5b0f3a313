"""The triage dialogs: whose need it is, accept it as an affair, merge it into an open
affair, reject it with a reason, and the report of a refused import file."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QTableView, QVBoxLayout,
    QWidget,
)

from app.services import acceptance, online_needs
from app.services.context import ServiceContext
from app.services.dto import AffairSummary
from app.services.errors import DomainError
from app.services.lifecycle import STATE_LABELS as AFFAIR_STATE_LABELS
from app.services.online_needs import MERGE_STATES, NeedInfo

from ..feedback import error_text
from ..formats import date_text, datetime_text
from ..i18n import LANGUAGE, pair
from ..models import Column, RowsModel
from ..search_list import setup_results_table
from ..visits.dialogs import AcceptNeedDialog, label_buttons
from ..visits.pickers import ResidentPicker

ERROR_STYLE = "color: #b00020;"


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def _buttons(name: str, which=QDialogButtonBox.StandardButton.Ok) -> QDialogButtonBox:
    buttons = QDialogButtonBox(which | QDialogButtonBox.StandardButton.Cancel, objectName=name)
    for b in buttons.buttons():
        b.setObjectName(name + buttons.standardButton(b).name)
    return buttons


def need_card(need: NeedInfo, posted: str) -> str:
    """The need as the resident posted it, for the top of a dialog (rich text)."""
    contact = "  ".join(x for x in (need.phone_masked, need.address) if x)
    text = need.text if len(need.text) <= 160 else need.text[:160] + "…"
    return (f"<b>{_esc(need.name)}</b>  {_esc(contact)}<br>"
            f"<span style='color:#555'>{_esc(posted)} {datetime_text(need.posted_at)} · {_esc(need.external_ref)}"
            f"</span><br>{_esc(text)}")


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class _Changes:
    """LanguageChange → retranslate(), shared by the dialogs below."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ImportReportDialog(_Changes, QDialog):
    """A refused import file: why, one bad row per line, selectable so it can be copied."""

    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._build_ui()
        self.report.setPlainText(report)
        self.retranslate()
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        self.report.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("needsImportReportDialog")
        self.resize(720, 420)
        self.prompt = QLabel(objectName="needsImportReportPrompt")
        self.prompt.setWordWrap(True)
        self.report = QPlainTextEdit(objectName="needsImportReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="needsImportReportButtons")
        for b in self.buttons.buttons():
            b.setObjectName("needsImportReportButtons" + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import refused"))
        self.prompt.setText(self.tr("Nothing was imported. Correct these rows in the file and import it again "
                                    "(rows already imported earlier will be skipped):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def text(self) -> str:
        return self.report.toPlainText()


class MatchResidentDialog(_Changes, QDialog):
    """Sets whose need it is through online_needs.match_resident; `need` holds the result."""

    def __init__(self, ctx: ServiceContext, need: NeedInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.need = need
        self._build_ui()
        self.retranslate()
        self._wire()
        # Start from the name the resident gave: usually one Enter away.
        self.resident.search.setText(need.name)
        self.resident.run_search()
        self.resident.search.selectAll()
        self.resident.search.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("matchResidentDialog")
        self.setModal(True)
        self.resize(620, 460)
        self.card = QLabel(objectName="matchResidentCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.resident = ResidentPicker(self.ctx, self)
        self.resident_label = QLabel()
        self.resident_label.setBuddy(self.resident.search)
        form = QFormLayout()
        form.addRow(self.resident_label, self.resident)
        self.message = _error_label("matchResidentMessage")
        self.buttons = _buttons("matchResidentButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Whose need is it?"))
        self.card.setText(need_card(self.need, self.tr("Posted")))
        self.resident_label.setText(self.tr("&Resident"))
        label_buttons(self.buttons, cancel=self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Match"))

    def _wire(self) -> None:
        self.resident.chosen.connect(lambda _r: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus())
        self.resident.message.connect(self.message.setText)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> bool:
        if self.resident.current is None:
            self.message.setText(self.tr("Choose the resident: type a name and press Enter"))
            self.resident.search.setFocus()
            return False
        try:
            self.need = online_needs.match_resident(self.ctx, self.need.id, self.resident.current.id)
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True


@dataclass(frozen=True)
class _Whose:
    """What AcceptNeedDialog shows about whose need it is (it was written for a visit)."""

    resident_id: int
    resident_name: str
    address: str
    grid_name: str = ""


class AcceptOnlineNeedDialog(AcceptNeedDialog):
    """The visit's acceptance dialog (type search, materials, home visit, note), saving through
    online_needs.accept: the affair joins the same queue with channel 'online'."""

    def __init__(self, ctx: ServiceContext, need: NeedInfo, parent: QWidget | None = None):
        self.need = need
        # The need's words become the affair's note (printed on the receipt), on one line.
        super().__init__(ctx, _Whose(need.resident_id, need.resident_name, need.resident_address),
                         " ".join(need.text.split()), parent)

    def _build_ui(self) -> None:
        super()._build_ui()
        self.setObjectName("acceptOnlineNeedDialog")
        self.card = QLabel(objectName="acceptOnlineNeedCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.layout().insertWidget(0, self.card)
        self.resize(self.width(), self.height() + 90)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Accept the online need as an affair"))
        self.card.setText(need_card(self.need, self.tr("Posted")))

    def save(self) -> bool:
        if self.type is None or self.resident_id() is None:
            return False
        try:
            self.result_affair = online_needs.accept(self.ctx, self.need.id, self.type.code, self.statuses(),
                                                     note=self.note.text())
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True


class MergeNeedDialog(_Changes, QDialog):
    """Joins the need to one of the resident's open affairs through online_needs.merge."""

    def __init__(self, ctx: ServiceContext, need: NeedInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.need = need
        self._build_ui()
        self.retranslate()
        self._wire()
        self.load()
        self.affairs.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("mergeNeedDialog")
        self.setModal(True)
        self.resize(720, 460)
        self.card = QLabel(objectName="mergeNeedCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.affairs_label = QLabel(objectName="mergeNeedAffairsLabel")
        self.model = RowsModel([
            Column(lambda: self.tr("Affair number"), lambda a: a.number),
            Column(lambda: self.tr("Affair type"), lambda a: LANGUAGE.pick(a.type_name_zh, a.type_name_en)),
            Column(lambda: self.tr("State"), lambda a: pair(AFFAIR_STATE_LABELS.get(a.state, (a.state,) * 2))),
            Column(lambda: self.tr("Accepted on"), lambda a: date_text(a.accepted_at)),
            Column(lambda: self.tr("Promised by"), lambda a: date_text(a.committed_date)),
        ], self)
        self.affairs = QTableView(objectName="mergeNeedAffairs")
        setup_results_table(self.affairs, self.model, stretch_column=1)
        self.affairs_label.setBuddy(self.affairs)
        self.note = QLineEdit(objectName="mergeNeedNote")
        self.note.setMaxLength(online_needs.TEXT_MAX)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(self.note_label, self.note)
        self.message = _error_label("mergeNeedMessage")
        self.buttons = _buttons("mergeNeedButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addWidget(self.affairs_label)
        layout.addWidget(self.affairs, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge the need into an open affair"))
        self.card.setText(need_card(self.need, self.tr("Posted")))
        self.affairs_label.setText(self.tr("&Open affairs of %1").replace("%1", self.need.resident_name))
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("e.g. posted again while the affair is under way"))
        label_buttons(self.buttons, cancel=self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge into this affair"))
        self.model.relabel()

    def _wire(self) -> None:
        self.affairs.activated.connect(lambda _i: self.save())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def load(self) -> list[AffairSummary]:
        try:
            rows = [a for a in acceptance.resident_affairs(self.ctx, self.need.resident_id)
                    if a.state in MERGE_STATES] if self.need.resident_id else []
        except DomainError as err:
            self.message.setText(error_text(err))
            rows = []
        self.model.set_rows(rows)
        if rows:
            self.affairs.selectRow(0)
        else:
            self.message.setText(self.tr("The resident has no open affair: accept the need as a new affair."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
        return rows

    def chosen(self) -> AffairSummary | None:
        index = self.affairs.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def save(self) -> bool:
        affair = self.chosen()
        if affair is None:
            return False
        try:
            self.need = online_needs.merge(self.ctx, self.need.id, affair.id, self.note.text())
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True


class RejectNeedDialog(_Changes, QDialog):
    """Rejects through online_needs.reject; the reason is required and kept with the need."""

    def __init__(self, ctx: ServiceContext, need: NeedInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.need = need
        self._build_ui()
        self.retranslate()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("rejectNeedDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self.card = QLabel(objectName="rejectNeedCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.prompt = QLabel(objectName="rejectNeedPrompt")
        # Common reasons to pick, or type one's own.
        self.reason = QComboBox(objectName="rejectNeedReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.lineEdit().setObjectName("rejectNeedReasonText")
        self.reason.lineEdit().setMaxLength(online_needs.TEXT_MAX)
        self.prompt.setBuddy(self.reason)
        self.message = _error_label("rejectNeedMessage")
        self.buttons = _buttons("rejectNeedButtons")
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reject the need"))
        self.card.setText(need_card(self.need, self.tr("Posted")))
        self.prompt.setText(self.tr("&Reason (kept with the need; tell the resident through the platform):"))
        typed = self.reason.currentText()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItems([
            self.tr("Duplicate of an earlier post"),
            self.tr("Not a service of the station: the resident was pointed to the 12345 hotline"),
            self.tr("Too little to act on and the resident cannot be reached"),
            self.tr("Not a need (advertising or a test post)"),
        ])
        self.reason.setCurrentIndex(-1)
        self.reason.setEditText(typed)
        self.reason.blockSignals(False)
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose a common reason or type one"))
        label_buttons(self.buttons, cancel=self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reject"))

    def save(self) -> bool:
        try:
            self.need = online_needs.reject(self.ctx, self.need.id, self.reason.currentText())
        except DomainError as err:
            self.message.setText(error_text(err))
            self.reason.setFocus()
            return False
        self.accept()
        return True
