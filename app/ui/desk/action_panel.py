"""Right pane: the materials checklist and what to do with the affair."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from app.services import acceptance, catalogue
from app.services.acceptance import CHANNEL_LABELS, CHANNELS
from app.services.context import ServiceContext
from app.services.dto import AffairTypeDetail
from app.services.errors import DomainError

from ..chrome import press_buttons_on_enter
from ..formats import long_date_text
from ..i18n import LANGUAGE, pair
from .type_panel import MODE_LABELS

CLOSING_LABELS = {
    "receipt": ("回执", "receipt"),
    "certificate": ("证明", "certificate"),
    "referral_slip": ("转介单", "referral slip"),
}
PAPERS = (("A5", ("A5 纸", "A5 sheet")), ("roll80", ("80毫米热敏卷纸", "80 mm roll")))


class ActionPanel(QWidget):
    """Emits `action(kind)` with kind in handle | accept | notice | print | save."""

    action = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.type: AffairTypeDetail | None = None
        self.resume_affair_id: int | None = None
        self.resume_number = ""
        self._build_ui()
        self.retranslate()
        self._wire()
        self.update_buttons(has_resident=False, has_document=False)

    def _build_ui(self) -> None:
        self.setObjectName("actionPanel")
        self.title = QLabel(objectName="materialsTitle")
        self.title.setProperty("role", "paneTitle")
        self.type_name = QLabel(objectName="typeName")
        self.type_name.setProperty("role", "typeName")
        self.type_name.setWordWrap(True)
        self.type_info = QLabel(objectName="typeInfo")
        self.type_info.setWordWrap(True)
        self.type_info.setTextFormat(Qt.TextFormat.RichText)
        self.materials = QListWidget(objectName="materialsList")
        self.materials.setMinimumHeight(90)  # it stretches; less would not fit large font on 1366x768
        self.materials.setWordWrap(True)  # long material names wrap instead of hiding behind a scrollbar
        self.materials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.all_button = QPushButton(objectName="allProvidedButton")
        self.home_visit = QCheckBox(objectName="homeVisitCheck")
        self.channel = QComboBox(objectName="channelCombo")
        for code in CHANNELS:
            self.channel.addItem("", code)
        self.note = QLineEdit(objectName="noteEdit")
        self.note.setMaxLength(acceptance.NOTE_MAX)
        self.paper = QComboBox(objectName="paperCombo")
        for code, _labels in PAPERS:
            self.paper.addItem("", code)
        self.channel_label, self.note_label, self.paper_label = QLabel(), QLabel(), QLabel()
        self.channel_label.setBuddy(self.channel)
        self.note_label.setBuddy(self.note)
        self.paper_label.setBuddy(self.paper)
        options = QGridLayout()
        options.addWidget(self.channel_label, 0, 0)
        options.addWidget(self.channel, 0, 1)
        options.addWidget(self.paper_label, 0, 2)
        options.addWidget(self.paper, 0, 3)
        options.addWidget(self.note_label, 1, 0)
        options.addWidget(self.note, 1, 1, 1, 3)
        options.setColumnStretch(1, 1)
        options.setColumnStretch(3, 1)
        self.handle_button = QPushButton(objectName="handleButton")
        self.accept_button = QPushButton(objectName="acceptButton")
        self.notice_button = QPushButton(objectName="noticeButton")
        self.print_button = QPushButton(objectName="printButton")
        self.save_button = QPushButton(objectName="savePdfButton")
        for b in (self.handle_button, self.accept_button):
            b.setProperty("role", "primary")
        buttons = QGridLayout()
        buttons.addWidget(self.handle_button, 0, 0, 1, 3)
        buttons.addWidget(self.accept_button, 0, 3, 1, 3)
        buttons.addWidget(self.notice_button, 1, 0, 1, 2)
        buttons.addWidget(self.print_button, 1, 2, 1, 2)
        buttons.addWidget(self.save_button, 1, 4, 1, 2)
        self.result = QLabel(objectName="resultLabel")
        self.result.setProperty("role", "result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()  # until there is a result: the room goes to the materials meanwhile
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.type_name)
        layout.addWidget(self.type_info)
        layout.addWidget(self.materials, 1)
        layout.addWidget(self.all_button)
        layout.addWidget(self.home_visit)
        layout.addLayout(options)
        layout.addLayout(buttons)
        layout.addWidget(self.result)

    def retranslate(self) -> None:
        self.title.setText(self.tr("③ Materials and actions"))
        self.all_button.setText(self.tr("All materials present (Ctrl+A)"))
        self.home_visit.setText(self.tr("Collect what is missing by home visit"))
        self.channel_label.setText(self.tr("&Channel"))
        self.note_label.setText(self.tr("N&ote"))
        self.paper_label.setText(self.tr("P&aper"))
        for i, code in enumerate(CHANNELS):
            self.channel.setItemText(i, pair(CHANNEL_LABELS[code]))
        for i, (_code, labels) in enumerate(PAPERS):
            self.paper.setItemText(i, pair(labels))
        self.handle_button.setText(self.tr("Handle now (F8)"))
        self.accept_button.setText(self.tr("Accept (F9)"))
        self.notice_button.setText(self.tr("One-time notice (F10)"))
        self.notice_button.setToolTip(self.tr("One-time notice of missing materials (F10)"))
        self.print_button.setText(self.tr("Print (Ctrl+P)"))
        self.save_button.setText(self.tr("Save PDF (Ctrl+S)"))
        self.note.setPlaceholderText(self.tr("Optional, printed on the receipt"))
        self._render_type()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.all_button.clicked.connect(self.tick_all)
        self.materials.itemChanged.connect(lambda _i: self.update_buttons())
        self.home_visit.toggled.connect(lambda _v: (self._render_type(), self.update_buttons()))
        self.handle_button.clicked.connect(lambda: self.action.emit("handle"))
        self.accept_button.clicked.connect(lambda: self.action.emit("accept"))
        self.notice_button.clicked.connect(lambda: self.action.emit("notice"))
        self.print_button.clicked.connect(lambda: self.action.emit("print"))
        self.save_button.clicked.connect(lambda: self.action.emit("save"))
        self.materials.itemActivated.connect(self._toggle)
        # Enter moves on: on a focused button it presses it.
        press_buttons_on_enter(self.handle_button, self.accept_button, self.notice_button, self.print_button,
                               self.save_button, self.all_button)

    # -- state --------------------------------------------------------------

    def set_type(self, code: str, resume_affair_id: int | None = None, resume_number: str = "") -> bool:
        try:
            self.type = catalogue.get_type(self.ctx, code)
        except DomainError as err:
            self.message.emit(err.text(LANGUAGE.code))
            return False
        self.resume_affair_id, self.resume_number = resume_affair_id, resume_number
        self.home_visit.setChecked(False)
        self.materials.blockSignals(True)
        self.materials.clear()
        for m in self.type.materials:
            name = LANGUAGE.pick(m.name_zh, m.name_en)
            optional = self.tr("(optional)")
            item = QListWidgetItem(name if m.required else f"{name}  {optional}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.materials.addItem(item)
        self.materials.blockSignals(False)
        if self.materials.count():
            self.materials.setCurrentRow(0)
        self._render_type()
        self.update_buttons()
        return True

    def _toggle(self, item: QListWidgetItem) -> None:
        # Enter on a material ticks it and moves on, so a checklist is Enter, Enter, Enter.
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        row = self.materials.row(item)
        if row + 1 < self.materials.count():
            self.materials.setCurrentRow(row + 1)
        else:
            self.default_button().setFocus()

    def tick_all(self) -> None:
        for i in range(self.materials.count()):
            self.materials.item(i).setCheckState(Qt.CheckState.Checked)
        self.default_button().setFocus()

    def statuses(self) -> list[str]:
        missing = "home_visit" if self.home_visit.isChecked() else "missing"
        return ["provided" if self.materials.item(i).checkState() == Qt.CheckState.Checked else missing
                for i in range(self.materials.count())]

    def required_missing(self) -> bool:
        if self.type is None:
            return False
        return any(m.required and st != "provided" for m, st in zip(self.type.materials, self.statuses()))

    def default_button(self) -> QPushButton:
        if self.type and self.type.handling_mode == "on_the_spot" and not self.home_visit.isChecked() \
                and self.handle_button.isEnabled():
            return self.handle_button
        if self.accept_button.isEnabled():
            return self.accept_button
        return self.notice_button

    def update_buttons(self, has_resident: bool | None = None, has_document: bool | None = None) -> None:
        if has_resident is not None:
            self._has_resident = has_resident
        if has_document is not None:
            self._has_document = has_document
        ready = bool(self.type and self._has_resident)
        statuses = self.statuses() if self.type else []
        blocking = ready and any(
            m.required and st == "missing" for m, st in zip(self.type.materials, statuses))
        on_spot = ready and self.type.handling_mode == "on_the_spot"
        self.handle_button.setEnabled(on_spot and not blocking and "home_visit" not in statuses)
        self.accept_button.setEnabled(ready and not blocking and (not on_spot or "home_visit" in statuses))
        self.notice_button.setEnabled(ready and "missing" in statuses)
        self.print_button.setEnabled(self._has_document)
        self.save_button.setEnabled(self._has_document)

    def _render_type(self) -> None:
        t = self.type
        if t is None:
            self.type_name.setText(self.tr("Choose an affair type"))
            self.type_info.setText("")
            return
        continuing = self.tr("Continuing %1").replace("%1", self.resume_number)
        resume = f"<br><b style='color:#b00020'>{continuing}</b>" if self.resume_affair_id else ""
        self.type_name.setText(f"{t.code} · {LANGUAGE.pick(t.name_zh, t.name_en)}")
        try:
            due, provisional = acceptance.committed_preview(self.ctx, t.code, self.home_visit.isChecked())
        except DomainError:
            due, provisional = None, False
        if t.handling_mode == "on_the_spot" and not self.home_visit.isChecked():
            promise = self.tr("completed on the spot")
        else:
            promise = self.tr("%n working day(s), by ", "", t.committed_days) + (
                long_date_text(due))
            if provisional:
                promise += " " + self.tr("(holiday calendar not yet published)")
        forms = "、".join(LANGUAGE.pick(f.name_zh, f.name_en) for f in t.forms) or "—"
        labels = (self.tr("Handling"), self.tr("Closes with"), self.tr("Promise"), self.tr("Handled by"),
                  self.tr("Forms"))
        self.type_info.setText(
            f"{labels[0]}: <b>{pair(MODE_LABELS[t.handling_mode])}</b> · "
            f"{labels[1]}: {pair(CLOSING_LABELS[t.closing_document])}<br>"
            f"{labels[2]}: <b>{promise}</b><br>"
            f"{labels[3]}: {LANGUAGE.pick(t.handler_name_zh, t.handler_name_en)}<br>"
            f"{labels[4]}: {forms}{resume}"
        )

    def show_result(self, html: str) -> None:
        self.result.setText(html)
        self.result.setVisible(bool(html))

    def clear(self) -> None:
        self.type = None
        self.resume_affair_id = None
        self.materials.clear()
        self.note.clear()
        self.home_visit.setChecked(False)
        self.channel.setCurrentIndex(0)
        self.result.setText("")
        self.result.hide()
        self._render_type()
        self.update_buttons(has_resident=False, has_document=False)
