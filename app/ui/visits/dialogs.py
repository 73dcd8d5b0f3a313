"""The visit task dialogs: plan a visit, record what happened at the door,
accept a need found there as an affair, cancel a visit."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from app.services import acceptance, catalogue, home_visits
from app.services.backoffice_dto import GridInfo, HomeVisitInfo
from app.services.context import ServiceContext
from app.services.dto import AffairResult, AffairTypeDetail, StaffInfo
from app.services.errors import DomainError
from app.services.home_visits import OUTCOME_LABELS, OUTCOMES
from app.services.permissions import Perm, Role, allowed

from ..feedback import error_text
from ..formats import date_text
from ..i18n import LANGUAGE, pair
from .pickers import ResidentPicker, TypePicker

ERROR_STYLE = "color: #b00020;"


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def label_buttons(buttons: QDialogButtonBox, save: str = "", ok: str = "", cancel: str = "") -> None:
    """Standard buttons labelled from our own catalogue: Qt's own translations are not loaded."""
    for which, text in ((QDialogButtonBox.StandardButton.Save, save), (QDialogButtonBox.StandardButton.Ok, ok),
                        (QDialogButtonBox.StandardButton.Cancel, cancel)):
        if text and buttons.button(which) is not None:
            buttons.button(which).setText(text)


def visit_target(v: HomeVisitInfo) -> str:
    who = v.resident_name or v.grid_name
    return f"{who}  {v.address}".strip()


class PlanVisitDialog(QDialog):
    """Plans through home_visits.plan; `visit_id` holds the new task's id."""

    def __init__(self, ctx: ServiceContext, staff: list[StaffInfo], grid_list: list[GridInfo],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.staff = [m for m in staff if m.role != Role.ADMIN.value]
        self.grid_list = grid_list
        self.visit_id: int | None = None
        self._build_ui()
        self.retranslate()
        self._wire()
        self._target_changed()
        self.resident.search.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("planVisitDialog")
        self.setModal(True)
        self.resize(620, 560)
        self.by_resident = QRadioButton(objectName="planByResident")
        self.by_grid = QRadioButton(objectName="planByGrid")
        self.by_resident.setChecked(True)
        self.target_group = QButtonGroup(self)
        self.target_group.setObjectName("planTargetGroup")
        self.target_group.addButton(self.by_resident)
        self.target_group.addButton(self.by_grid)
        target = QHBoxLayout()
        target.addWidget(self.by_resident)
        target.addWidget(self.by_grid)
        target.addStretch(1)
        self.resident = ResidentPicker(self.ctx, self)
        self.grid = QComboBox(objectName="planGrid")
        for g in self.grid_list:
            self.grid.addItem(g.name, g.id)
        today = self.ctx.now().date()
        self.planned_on = QDateEdit(objectName="planDate")
        self.planned_on.setCalendarPopup(True)
        self.planned_on.setDisplayFormat("yyyy-MM-dd")
        self.planned_on.setMinimumDate(QDate(today.year, today.month, today.day))
        tomorrow = today + timedelta(days=1)
        self.planned_on.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.purpose = QLineEdit(objectName="planPurpose")
        self.purpose.setMaxLength(home_visits.TEXT_MAX)
        self.staff_combo = QComboBox(objectName="planStaff")
        me = self.ctx.actor.staff_id if self.ctx.actor else None
        for m in self.staff:
            self.staff_combo.addItem(m.name, m.id)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(me)))
        # Planning for somebody else is the stationmasters' work; the service checks it as well.
        self.staff_combo.setEnabled(bool(self.ctx.actor and allowed(self.ctx.actor.role, Perm.MANAGE_GRIDS)))
        self.labels = {key: QLabel() for key in ("target", "resident", "grid", "date", "purpose", "staff")}
        self.labels["grid"].setBuddy(self.grid)
        self.labels["date"].setBuddy(self.planned_on)
        self.labels["purpose"].setBuddy(self.purpose)
        self.labels["staff"].setBuddy(self.staff_combo)
        self.labels["resident"].setBuddy(self.resident.search)
        form = QFormLayout()
        form.addRow(self.labels["target"], target)
        form.addRow(self.labels["resident"], self.resident)
        form.addRow(self.labels["grid"], self.grid)
        form.addRow(self.labels["date"], self.planned_on)
        form.addRow(self.labels["purpose"], self.purpose)
        form.addRow(self.labels["staff"], self.staff_combo)
        self.message = _error_label("planMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, objectName="planButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a home visit"))
        self.labels["target"].setText(self.tr("Visit"))
        self.by_resident.setText(self.tr("&A resident"))
        self.by_grid.setText(self.tr("A whole &grid area"))
        self.labels["resident"].setText(self.tr("&Resident"))
        self.labels["grid"].setText(self.tr("Grid ar&ea"))
        self.labels["date"].setText(self.tr("&Date"))
        self.labels["purpose"].setText(self.tr("&Purpose"))
        self.labels["staff"].setText(self.tr("&Staff"))
        self.purpose.setPlaceholderText(self.tr("e.g. 独居老人定期探访"))
        label_buttons(self.buttons, save=self.tr("Save"), cancel=self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.by_resident.toggled.connect(lambda _on: self._target_changed())
        self.resident.chosen.connect(lambda _r: self.planned_on.setFocus())
        self.resident.message.connect(self.message.setText)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _target_changed(self) -> None:
        by_resident = self.by_resident.isChecked()
        self.resident.setEnabled(by_resident)
        self.grid.setEnabled(not by_resident)
        (self.resident.search if by_resident else self.grid).setFocus()

    def planned_date(self) -> date:
        d = self.planned_on.date()
        return date(d.year(), d.month(), d.day())

    def save(self) -> bool:
        resident_id = grid_id = None
        if self.by_resident.isChecked():
            if self.resident.current is None:
                self.message.setText(self.tr("Choose the resident: type a name and press Enter"))
                self.resident.search.setFocus()
                return False
            resident_id = self.resident.current.id
        else:
            grid_id = self.grid.currentData()
        try:
            self.visit_id = home_visits.plan(
                self.ctx, self.planned_date(), self.purpose.text(), staff_id=self.staff_combo.currentData(),
                resident_id=resident_id, grid_id=grid_id)
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True


class RecordVisitDialog(QDialog):
    """Records through home_visits.record, or hands a need found over to AcceptNeedDialog;
    `affair` holds the affair accepted that way."""

    RECORDABLE = OUTCOMES

    def __init__(self, ctx: ServiceContext, visit: HomeVisitInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.visit = visit
        self.affair: AffairResult | None = None
        self._build_ui()
        self.retranslate()
        self._wire()
        self._outcome_changed()
        self.outcome.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("recordVisitDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self.card = QLabel(objectName="recordVisitCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.outcome = QComboBox(objectName="recordOutcome")
        for code in self.RECORDABLE:
            self.outcome.addItem("", code)
        self.note = QPlainTextEdit(objectName="recordNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.outcome_label, self.note_label = QLabel(), QLabel()
        self.outcome_label.setBuddy(self.outcome)
        self.note_label.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(self.outcome_label, self.outcome)
        form.addRow(self.note_label, self.note)
        self.accept_button = QPushButton(objectName="recordAcceptAffairButton")
        self.accept_button.setProperty("role", "primary")
        self.accept_button.setAutoDefault(False)
        self.message = _error_label("recordMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, objectName="recordButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the visit"))
        v = self.visit
        planned, purpose = self.tr("Planned for"), self.tr("Purpose")
        self.card.setText(f"<b style='font-size:13pt'>{visit_target(v)}</b><br>"
                          f"{planned}: {date_text(v.planned_on)} · {v.staff_name}<br>{purpose}: {v.purpose}")
        self.outcome_label.setText(self.tr("&Outcome"))
        self.note_label.setText(self.tr("&Note"))
        for i, code in enumerate(self.RECORDABLE):
            self.outcome.setItemText(i, pair(OUTCOME_LABELS[code]))
        self.accept_button.setText(self.tr("Accept as an affair now…"))
        self.accept_button.setToolTip(self.tr("Register the need in the station's queue straight away"))
        label_buttons(self.buttons, save=self.tr("Save"), cancel=self.tr("Cancel"))
        self._placeholder()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self.accept_button.clicked.connect(self.accept_as_affair)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _placeholder(self) -> None:
        self.note.setPlaceholderText(self.tr("Describe the need the resident has") if self.need_found()
                                     else self.tr("What happened at the door (optional)"))

    def need_found(self) -> bool:
        return self.outcome.currentData() == "need_found"

    def _outcome_changed(self) -> None:
        self.accept_button.setVisible(self.need_found())
        self._placeholder()

    def set_outcome(self, code: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(code))

    def save(self) -> bool:
        try:
            home_visits.record(self.ctx, self.visit.id, self.outcome.currentData(), self.note.toPlainText())
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True

    def accept_as_affair(self) -> bool:
        dialog = AcceptNeedDialog(self.ctx, self.visit, self.note.toPlainText().strip(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.affair = dialog.result_affair
        finally:
            dialog.deleteLater()
        self.accept()
        return True


class AcceptNeedDialog(QDialog):
    """Accepts the need through acceptance.accept_from_visit: the affair goes to the same queue
    as the desk's, channel 'door to door', and the visit's log names it."""

    def __init__(self, ctx: ServiceContext, visit: HomeVisitInfo, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.visit = visit
        self.type: AffairTypeDetail | None = None
        self.result_affair: AffairResult | None = None
        self._build_ui()
        self.retranslate()
        self._wire()
        self.note.setText(note[:acceptance.NOTE_MAX])
        (self.resident.search if self.resident else self.types.search).setFocus()
        self._update()

    def _build_ui(self) -> None:
        self.setObjectName("acceptNeedDialog")
        self.setModal(True)
        self.resize(660, 640 if self.visit.resident_id else 720)
        self.resident_label = QLabel()
        # A visit to a whole grid area has no resident yet: say whose need it is.
        self.resident = None if self.visit.resident_id else ResidentPicker(self.ctx, self)
        self.resident_name = QLabel(objectName="acceptNeedResident")
        self.types = TypePicker(self.ctx, self)
        self.types.run_search()
        self.materials = QListWidget(objectName="acceptNeedMaterials")
        self.materials.setMinimumHeight(110)
        self.materials.setWordWrap(True)
        self.all_button = QPushButton(objectName="acceptNeedAllButton")
        self.all_button.setAutoDefault(False)
        self.home_visit = QCheckBox(objectName="acceptNeedHomeVisit")
        self.note = QLineEdit(objectName="acceptNeedNote")
        self.note.setMaxLength(acceptance.NOTE_MAX)
        self.type_label, self.materials_label, self.note_label = QLabel(), QLabel(), QLabel()
        self.type_label.setBuddy(self.types.search)
        self.materials_label.setBuddy(self.materials)
        self.note_label.setBuddy(self.note)
        if self.resident:
            self.resident_label.setBuddy(self.resident.search)
        form = QFormLayout()
        form.addRow(self.resident_label, self.resident or self.resident_name)
        form.addRow(self.type_label, self.types)
        materials = QVBoxLayout()
        materials.addWidget(self.materials, 1)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.home_visit, 1)
        materials.addLayout(row)
        form.addRow(self.materials_label, materials)
        form.addRow(self.note_label, self.note)
        self.message = _error_label("acceptNeedMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="acceptNeedButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accept the need as an affair"))
        # Only a label with a buddy may carry a mnemonic, or the "&" is shown as is.
        self.resident_label.setText(self.tr("&Resident") if self.resident else self.tr("Resident"))
        self.resident_name.setText(f"<b>{visit_target(self.visit)}</b>")
        self.type_label.setText(self.tr("Affair &type"))
        self.materials_label.setText(self.tr("&Materials"))
        self.note_label.setText(self.tr("&Note"))
        self.all_button.setText(self.tr("All present"))
        self.home_visit.setText(self.tr("Collect what is missing on a later visit"))
        self.note.setPlaceholderText(self.tr("The need as the resident put it; printed on the receipt"))
        label_buttons(self.buttons, cancel=self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept as an affair"))
        self._fill_materials(keep=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.types.chosen.connect(lambda t: self.set_type(t.code))
        self.types.message.connect(self.message.setText)
        if self.resident:
            self.resident.chosen.connect(lambda _r: (self.types.search.setFocus(), self._update()))
            self.resident.message.connect(self.message.setText)
        self.materials.itemChanged.connect(lambda _i: self._update())
        self.materials.installEventFilter(self)
        self.all_button.clicked.connect(self.tick_all)
        self.home_visit.toggled.connect(lambda _on: self._update())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        # Enter on a material ticks it; the list would pass Enter on to the dialog's OK button too.
        if obj is self.materials and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.materials.currentItem() is not None:
                self._toggle(self.materials.currentItem())
            return True
        return super().eventFilter(obj, event)

    def set_type(self, code: str) -> bool:
        try:
            self.type = catalogue.get_type(self.ctx, code)
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self._fill_materials(keep=False)
        self.materials.setFocus()
        return True

    def _fill_materials(self, keep: bool) -> None:
        ticked = self.statuses() if keep else []
        self.materials.blockSignals(True)
        self.materials.clear()
        optional = self.tr("(optional)")
        for i, m in enumerate(self.type.materials if self.type else ()):
            name = LANGUAGE.pick(m.name_zh, m.name_en)
            item = QListWidgetItem(name if m.required else f"{name}  {optional}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            provided = keep and i < len(ticked) and ticked[i] == "provided"
            item.setCheckState(Qt.CheckState.Checked if provided else Qt.CheckState.Unchecked)
            self.materials.addItem(item)
        self.materials.blockSignals(False)
        if self.materials.count():
            self.materials.setCurrentRow(0)
        self._update()

    def _toggle(self, item: QListWidgetItem) -> None:
        # As at the desk: Enter ticks a material and moves on.
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        row = self.materials.row(item)
        if row + 1 < self.materials.count():
            self.materials.setCurrentRow(row + 1)
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def tick_all(self) -> None:
        for i in range(self.materials.count()):
            self.materials.item(i).setCheckState(Qt.CheckState.Checked)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def statuses(self) -> list[str]:
        missing = "home_visit" if self.home_visit.isChecked() else "missing"
        return ["provided" if self.materials.item(i).checkState() == Qt.CheckState.Checked else missing
                for i in range(self.materials.count())]

    def resident_id(self) -> int | None:
        if self.visit.resident_id:
            return self.visit.resident_id
        return self.resident.current.id if self.resident and self.resident.current else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.type is not None and self.resident_id() is not None)

    def save(self) -> bool:
        if self.type is None or self.resident_id() is None:
            return False
        try:
            self.result_affair = acceptance.accept_from_visit(
                self.ctx, self.visit.id, self.resident_id(), self.type.code, self.statuses(), note=self.note.text())
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True


class CancelVisitDialog(QDialog):
    """Cancels through home_visits.cancel; the reason goes into the visit's log."""

    def __init__(self, ctx: ServiceContext, visit: HomeVisitInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.visit = visit
        self._build_ui()
        self.retranslate()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("cancelVisitDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.prompt = QLabel(objectName="cancelVisitPrompt")
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit(objectName="cancelVisitReason")
        self.reason.setMaxLength(home_visits.TEXT_MAX)
        self.prompt.setBuddy(self.reason)
        self.message = _error_label("cancelVisitMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="cancelVisitButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel the visit"))
        self.prompt.setText(self.tr("Cancel the visit to %1 planned for %2. &Reason:")
                            .replace("%1", visit_target(self.visit))
                            .replace("%2", date_text(self.visit.planned_on)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the visit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> bool:
        try:
            home_visits.cancel(self.ctx, self.visit.id, self.reason.text())
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True
