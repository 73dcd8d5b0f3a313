"""Registering a new resident at the desk."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from app.services import residents
from app.services.context import ServiceContext
from app.services.dto import NewResident, ResidentDetail
from app.services.errors import DomainError, DuplicateResident
from app.services.identity import ID_TYPES

from .formats import date_text
from .i18n import LANGUAGE, pair

RELATION_LABELS = {
    "": ("", ""), "head": ("户主", "head"), "spouse": ("配偶", "spouse"), "child": ("子女", "child"),
    "parent": ("父母", "parent"), "grandchild": ("孙辈", "grandchild"), "sibling": ("兄弟姐妹", "sibling"),
    "other": ("其他", "other"),
}


class RegisterResidentDialog(QDialog):
    """Returns the registered resident, or the existing one the worker chose to use."""

    def __init__(self, ctx: ServiceContext, prefill: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_resident: ResidentDetail | None = None
        self.existing_id: int | None = None
        self._build_ui()
        self._retranslate()
        self._wire()
        if prefill.isdigit() or (prefill[:-1].isdigit() and prefill[-1:].upper() == "X"):
            self.id_number.setText(prefill)
        else:
            self.name.setText(prefill)

    def _build_ui(self) -> None:
        self.setObjectName("registerResidentDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.name = QLineEdit(objectName="regName")
        self.id_type = QComboBox(objectName="regIdType")
        for code in ID_TYPES:
            self.id_type.addItem("", code)
        self.id_number = QLineEdit(objectName="regIdNumber")
        self.id_number.setMaxLength(24)
        self.derived = QLabel(objectName="regDerived")
        self.phone = QLineEdit(objectName="regPhone")
        self.building = QLineEdit(objectName="regBuilding")
        self.unit = QLineEdit(objectName="regUnit")
        self.room = QLineEdit(objectName="regRoom")
        for w in (self.building, self.unit, self.room):
            w.setMaximumWidth(70)
        address = QHBoxLayout()
        self.building_label, self.unit_label, self.room_label = QLabel(), QLabel(), QLabel()
        for w, label in ((self.building, self.building_label), (self.unit, self.unit_label),
                         (self.room, self.room_label)):
            address.addWidget(w)
            address.addWidget(label)
        address.addStretch(1)
        self.relation = QComboBox(objectName="regRelation")
        for code in RELATION_LABELS:
            self.relation.addItem("", code)
        tags = QHBoxLayout()
        self.tag_boxes = {
            "disabled": QCheckBox(objectName="regTagDisabled"),
            "low_income": QCheckBox(objectName="regTagLowIncome"),
            "party_member": QCheckBox(objectName="regTagPartyMember"),
        }
        for box in self.tag_boxes.values():
            tags.addWidget(box)
        tags.addStretch(1)
        self.labels = [QLabel() for _ in range(7)]
        rows = [self.name, self.id_type, self.id_number, self.derived, self.phone, address, self.relation]
        for label, field in zip(self.labels, rows):
            if isinstance(field, QWidget):
                self.form.addRow(label, field)
            else:
                self.form.addRow(label, field)
        self.tags_label = QLabel()
        self.form.addRow(self.tags_label, tags)
        self.message = QLabel(objectName="regMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.use_existing = QPushButton(objectName="regUseExisting")
        self.use_existing.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, objectName="regButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.use_existing)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a resident"))
        texts = [self.tr("&Name"), self.tr("Document &type"), self.tr("Document &number"),
                 self.tr("Derived"), self.tr("&Phone"), self.tr("Address"), self.tr("Relation to head")]
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.labels[0].setBuddy(self.name)
        self.labels[1].setBuddy(self.id_type)
        self.labels[2].setBuddy(self.id_number)
        self.labels[4].setBuddy(self.phone)
        self.tags_label.setText(self.tr("Tags"))
        self.building_label.setText(self.tr("bldg"))
        self.unit_label.setText(self.tr("unit"))
        self.room_label.setText(self.tr("room"))
        for i, code in enumerate(ID_TYPES):
            self.id_type.setItemText(i, pair(ID_TYPES[code]))
        for i, code in enumerate(RELATION_LABELS):
            self.relation.setItemText(i, pair(RELATION_LABELS[code]))
        self.tag_boxes["disabled"].setText(self.tr("Disabled"))
        self.tag_boxes["low_income"].setText(self.tr("Low income"))
        self.tag_boxes["party_member"].setText(self.tr("Party member"))
        self.use_existing.setText(self.tr("Use the existing record"))
        self.name.setPlaceholderText(self.tr("As on the document"))
        self.id_number.setPlaceholderText(self.tr("18 digits; birth date and gender are read from it"))

    def _wire(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.id_number.textChanged.connect(self._preview)
        self.id_type.currentIndexChanged.connect(self._preview)
        self.use_existing.clicked.connect(self.accept)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _preview(self) -> None:
        """Show what the ID number says as soon as it is complete: catches typos before saving."""
        from app.services.identity import check_id

        text = self.id_number.text().strip()
        if self.id_type.currentData() != "resident_id" or len(text) < 18:
            self.derived.setText("")
            return
        try:
            checked = check_id("resident_id", text)
        except DomainError as err:
            self.derived.setText(err.text(LANGUAGE.code))
            self.derived.setStyleSheet("color: #b00020;")
            return
        gender = pair(("男", "male") if checked.gender == "male" else ("女", "female"))
        self.derived.setStyleSheet("color: #1b5e20;")
        self.derived.setText(f"{date_text(checked.birth_date)} · {gender}")

    def new_resident(self) -> NewResident:
        return NewResident(
            name=self.name.text(), id_type=self.id_type.currentData(), id_number=self.id_number.text(),
            phone=self.phone.text(), building=self.building.text(), unit=self.unit.text(),
            room=self.room.text(), relation=self.relation.currentData() or "",
            tags=tuple(tag for tag, box in self.tag_boxes.items() if box.isChecked()),
        )

    def _save(self) -> None:
        self.use_existing.hide()
        try:
            self.result_resident = residents.register(self.ctx, self.new_resident())
        except DuplicateResident as err:
            self.existing_id = err.existing_id
            self.message.setText(err.text(LANGUAGE.code))
            self.use_existing.show()
            self.use_existing.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except DomainError as err:
            self.message.setText(err.text(LANGUAGE.code))
            return
        self.accept()
