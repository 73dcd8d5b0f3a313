"""The back office's action dialogs. Each collects what its service needs and
calls it on OK through `submit`; a refusal is shown inside the dialog, which
stays open with what was typed, so nothing has to be entered twice."""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget,
)

from app.services.backoffice_dto import AffairDetail, LegInfo
from app.services.dto import PartnerInfo
from app.services.errors import DomainError
from app.services.transfers import NOTIFY_LABELS, NOTIFY_METHODS, RESULT_LABELS, RESULTS, TEXT_MAX

from ..feedback import error_text
from ..i18n import pair
from .partner_picker import PartnerPicker


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)  # Tab leaves the box, as in every other field of the dialog
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ActionDialog(QDialog):
    """OK runs `submit(self)`; a DomainError it raises is shown and the dialog stays open."""

    def __init__(self, submit: Callable[["ActionDialog"], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.submit = submit
        self.setModal(True)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel(objectName="dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, objectName="dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        layout = QVBoxLayout(self)
        self._build_ui()
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        confirm = QShortcut(QKeySequence("Ctrl+Return"), self, objectName="confirmShortcut")
        confirm.activated.connect(self._ok)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._wire()
        self.update_ok()

    def _build_ui(self) -> None:
        """Subclasses add their fields to self.form."""

    def _wire(self) -> None:
        """Subclasses call update_ok when a field changes."""

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ready(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.ready())

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _ok(self) -> None:
        if not self.ready():
            return
        try:
            self.submit(self)
        except DomainError as err:
            self.show_error(error_text(err))
            return
        except OSError as err:
            self.show_error(error_text(err))
            return
        self.accept()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        lab = QLabel(text)
        lab.setBuddy(buddy)
        return lab


class DispatchDialog(ActionDialog):
    """Dispatch to one or several handlers, or refer out of scope (a reason is then required)."""

    def __init__(self, detail: AffairDetail, partners: Sequence[PartnerInfo], submit, *, refer: bool = False,
                 refer_allowed: bool = True, parent: QWidget | None = None):
        self.detail = detail
        self.partners = partners
        self.refer_allowed = refer_allowed
        self.start_refer = refer
        super().__init__(submit, parent)
        self.refer_mode.setChecked(refer and refer_allowed)
        if not self.refer_mode.isChecked():
            self.picker.set_checked([detail.handler_code])
        self.picker.filter.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("dispatchDialog")
        self.setMinimumWidth(620)
        busy = [g.partner_code for g in self.detail.legs if g.state == "open"]
        self.picker = PartnerPicker(self.partners, busy)
        self.request = _text_box("requestEdit")
        self.consent = QCheckBox(objectName="phoneConsentCheck")
        self.refer_mode = QCheckBox(objectName="referModeCheck")
        self.refer_mode.setEnabled(self.refer_allowed)
        self.partners_label = self._label("", self.picker.filter)
        self.request_label = self._label("", self.request)
        self.form.addRow(self.partners_label, self.picker)
        self.form.addRow(self.request_label, self.request)
        self.form.addRow("", self.consent)
        self.form.addRow("", self.refer_mode)

    def retranslate(self) -> None:
        super().retranslate()
        refer = self.refer_mode.isChecked()
        subject = f"{self.detail.number} · {pair((self.detail.type_name_zh, self.detail.type_name_en))}"
        self.setWindowTitle((self.tr("Refer %1") if refer else self.tr("Dispatch %1")).replace("%1", subject))
        self.partners_label.setText(self.tr("&To"))
        self.request_label.setText(self.tr("&Reason for referral (required)") if refer
                                   else self.tr("&Request to the handler"))
        self.request.setPlaceholderText(
            self.tr("Why the station does not handle it, and where the resident should turn") if refer
            else self.tr("What the department or partner is asked to do (optional, printed on the slip)"))
        self.consent.setText(self.tr("The resident agrees to share the &phone number with the handler"))
        self.refer_mode.setText(self.tr("Re&fer out of scope (the station does not handle it)"))

    def _wire(self) -> None:
        self.picker.changed.connect(self.update_ok)
        self.request.textChanged.connect(self.update_ok)
        self.refer_mode.toggled.connect(self._mode_changed)

    def _mode_changed(self, refer: bool) -> None:
        self.consent.setEnabled(not refer)
        self.retranslate()
        self.update_ok()

    def ready(self) -> bool:
        if not self.picker.codes():
            return False
        return not self.refer_mode.isChecked() or bool(self.text())

    @property
    def refer(self) -> bool:
        return self.refer_mode.isChecked()

    def codes(self) -> list[str]:
        return self.picker.codes()

    def text(self) -> str:
        return self.request.toPlainText().strip()


class WhistleDialog(ActionDialog):
    """Immediate Response: call departments in; the affair becomes urgent, due the same day."""

    def __init__(self, detail: AffairDetail, departments: Sequence[PartnerInfo], submit,
                 parent: QWidget | None = None):
        self.detail = detail
        self.departments = departments
        super().__init__(submit, parent)
        self.picker.filter.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("whistleDialog")
        self.setMinimumWidth(620)
        waiting = [c.partner_code for c in self.detail.call_ins if c.checked_in_at is None]
        self.picker = PartnerPicker(self.departments, waiting)
        self.note = QLineEdit(objectName="whistleNote")
        self.note.setMaxLength(TEXT_MAX)
        self.explain = QLabel(objectName="whistleExplain")
        self.explain.setWordWrap(True)
        self.departments_label = self._label("", self.picker.filter)
        self.note_label = self._label("", self.note)
        self.form.addRow(self.explain)
        self.form.addRow(self.departments_label, self.picker)
        self.form.addRow(self.note_label, self.note)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Immediate Response for %1").replace("%1", self.detail.number))
        self.explain.setText(self.tr("The subdistrict blows the whistle and the departments report: the affair "
                                     "becomes urgent and must be finished today."))
        self.departments_label.setText(self.tr("&Departments"))
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("What the departments are called in for"))

    def _wire(self) -> None:
        self.picker.changed.connect(self.update_ok)

    def ready(self) -> bool:
        return bool(self.picker.codes())

    def codes(self) -> list[str]:
        return self.picker.codes()

    def text(self) -> str:
        return self.note.text().strip()


class UrgeDialog(ActionDialog):
    def __init__(self, detail: AffairDetail, submit, parent: QWidget | None = None):
        self.detail = detail
        super().__init__(submit, parent)
        self.note.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("urgeDialog")
        self.who = QLabel(objectName="urgeWho")
        self.who.setWordWrap(True)
        self.note = QLineEdit(objectName="urgeNote")
        self.note.setMaxLength(TEXT_MAX)
        self.note_label = self._label("", self.note)
        self.form.addRow(self.who)
        self.form.addRow(self.note_label, self.note)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Urge %1").replace("%1", self.detail.number))
        names = "、".join(pair((g.partner_name_zh, g.partner_name_en)) for g in self.detail.legs if g.state == "open")
        self.who.setText(self.tr("Every open dispatch is urged: %1").replace("%1", names or "—"))
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("e.g. called the section, answer promised by Friday"))

    def text(self) -> str:
        return self.note.text().strip()


class FeedbackDialog(ActionDialog):
    def __init__(self, detail: AffairDetail, submit, leg_id: int | None = None, parent: QWidget | None = None):
        self.detail = detail
        self.open_legs: list[LegInfo] = [g for g in detail.legs if g.state == "open"]
        super().__init__(submit, parent)
        ids = [g.id for g in self.open_legs]
        if leg_id in ids:
            self.leg.setCurrentIndex(ids.index(leg_id))
        self.leg.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("feedbackDialog")
        self.leg = QComboBox(objectName="feedbackLeg")
        for g in self.open_legs:
            self.leg.addItem("", g.id)
        self.result = QComboBox(objectName="feedbackResult")
        for code in RESULTS:
            self.result.addItem("", code)
        self.feedback = _text_box("feedbackText", 4)
        self.leg_label = self._label("", self.leg)
        self.result_label = self._label("", self.result)
        self.text_label = self._label("", self.feedback)
        self.form.addRow(self.leg_label, self.leg)
        self.form.addRow(self.result_label, self.result)
        self.form.addRow(self.text_label, self.feedback)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Feedback on %1").replace("%1", self.detail.number))
        for i, g in enumerate(self.open_legs):
            self.leg.setItemText(i, f"{g.position}. {pair((g.partner_name_zh, g.partner_name_en))}")
        for i, code in enumerate(RESULTS):
            self.result.setItemText(i, pair(RESULT_LABELS[code]))
        self.leg_label.setText(self.tr("&From"))
        self.result_label.setText(self.tr("Res&ult"))
        self.text_label.setText(self.tr("&Answer"))
        self.feedback.setPlaceholderText(self.tr("What the department or partner answered (required)"))

    def _wire(self) -> None:
        self.feedback.textChanged.connect(self.update_ok)

    def ready(self) -> bool:
        return self.leg.currentData() is not None and bool(self.text())

    def leg_id(self) -> int:
        return self.leg.currentData()

    def result_code(self) -> str:
        return self.result.currentData()

    def text(self) -> str:
        return self.feedback.toPlainText().strip()


class NotifyDialog(ActionDialog):
    def __init__(self, detail: AffairDetail, submit, parent: QWidget | None = None):
        self.detail = detail
        super().__init__(submit, parent)
        self.method.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("notifyDialog")
        self.method = QComboBox(objectName="notifyMethod")
        for code in NOTIFY_METHODS:
            self.method.addItem("", code)
        self.note = QLineEdit(objectName="notifyNote")
        self.note.setMaxLength(TEXT_MAX)
        self.method_label = self._label("", self.method)
        self.note_label = self._label("", self.note)
        self.form.addRow(self.method_label, self.method)
        self.form.addRow(self.note_label, self.note)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tell %1 the outcome of %2").replace("%1", self.detail.resident_name).replace(
            "%2", self.detail.number))
        for i, code in enumerate(NOTIFY_METHODS):
            self.method.setItemText(i, pair(NOTIFY_LABELS[code]))
        self.method_label.setText(self.tr("&How"))
        self.note_label.setText(self.tr("&Note"))
        self.note.setPlaceholderText(self.tr("e.g. told her daughter, the resident was out"))

    def method_code(self) -> str:
        return self.method.currentData()

    def text(self) -> str:
        return self.note.text().strip()


class CloseDialog(ActionDialog):
    """The resident's rating 1–5 (digit keys choose it), or why none could be collected."""

    def __init__(self, detail: AffairDetail, submit, parent: QWidget | None = None):
        self.detail = detail
        super().__init__(submit, parent)
        self.stars[4].setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("closeDialog")
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        row = QHBoxLayout()
        self.stars: list[QRadioButton] = []
        for value in range(1, 6):
            button = QRadioButton(objectName=f"rating{value}")
            self.rating_group.addButton(button, value)
            self.stars.append(button)
            row.addWidget(button)
            button.installEventFilter(self)
        row.addStretch(1)
        self.rating_box = QWidget(objectName="ratingBox")
        self.rating_box.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.scale = QLabel(objectName="ratingScale")
        self.comment = QLineEdit(objectName="closeComment")
        self.comment.setMaxLength(TEXT_MAX)
        self.no_rating = QCheckBox(objectName="noRatingCheck")
        self.reason = QLineEdit(objectName="noRatingReason")
        self.reason.setMaxLength(TEXT_MAX)
        self.reason.setEnabled(False)
        self.rating_label = self._label("", self.stars[0])
        self.comment_label = self._label("", self.comment)
        self.reason_label = self._label("", self.reason)
        self.form.addRow(self.rating_label, self.rating_box)
        self.form.addRow("", self.scale)
        self.form.addRow(self.comment_label, self.comment)
        self.form.addRow("", self.no_rating)
        self.form.addRow(self.reason_label, self.reason)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Close %1").replace("%1", self.detail.number))
        for value, button in enumerate(self.stars, start=1):
            button.setText(f"&{value}")
        self.scale.setText(self.tr("1 = very dissatisfied … 5 = very satisfied; press a digit to choose"))
        self.rating_label.setText(self.tr("Resident's &satisfaction"))
        self.comment_label.setText(self.tr("&Comment"))
        self.no_rating.setText(self.tr("&No rating could be collected"))
        self.reason_label.setText(self.tr("&Why"))
        self.reason.setPlaceholderText(self.tr("e.g. the resident could not be reached after three calls"))

    def _wire(self) -> None:
        self.rating_group.idToggled.connect(lambda *_: self.update_ok())
        self.no_rating.toggled.connect(self._no_rating_toggled)
        self.reason.textChanged.connect(self.update_ok)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_5 \
                and obj in self.stars and not self.no_rating.isChecked():
            self.set_rating(event.key() - Qt.Key.Key_0)
            return True
        return super().eventFilter(obj, event)

    def set_rating(self, value: int) -> None:
        self.stars[value - 1].setChecked(True)
        self.stars[value - 1].setFocus()

    def _no_rating_toggled(self, on: bool) -> None:
        self.rating_box.setEnabled(not on)
        self.comment.setEnabled(not on)
        self.reason.setEnabled(on)
        if on:
            self.reason.setFocus()
        self.update_ok()

    def rating(self) -> int | None:
        value = self.rating_group.checkedId()
        return value if value > 0 and not self.no_rating.isChecked() else None

    def ready(self) -> bool:
        if self.no_rating.isChecked():
            return bool(self.reason.text().strip())
        return self.rating() is not None

    def comment_text(self) -> str:
        return self.comment.text().strip() if self.rating() else ""

    def reason_text(self) -> str:
        return self.reason.text().strip() if self.no_rating.isChecked() else ""


class ReasonDialog(ActionDialog):
    """Reopen or cancel: both need a reason on record."""

    def __init__(self, detail: AffairDetail, kind: str, submit, parent: QWidget | None = None):
        self.detail = detail
        self.kind = kind
        super().__init__(submit, parent)
        self.reason.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("reasonDialog")
        self.what = QLabel(objectName="reasonWhat")
        self.what.setWordWrap(True)
        self.reason = QLineEdit(objectName="reasonEdit")
        self.reason.setMaxLength(TEXT_MAX)
        self.reason_label = self._label("", self.reason)
        self.form.addRow(self.what)
        self.form.addRow(self.reason_label, self.reason)

    def retranslate(self) -> None:
        super().retranslate()
        subject = f"{self.detail.number} · {self.detail.resident_name}"
        if self.kind == "reopen":
            self.setWindowTitle(self.tr("Reopen %1").replace("%1", subject))
            self.what.setText(self.tr("The affair goes back to 'accepted'; open dispatches are withdrawn and the "
                                      "rating is cleared."))
        else:
            self.setWindowTitle(self.tr("Cancel %1").replace("%1", subject))
            self.what.setText(self.tr("The affair is withdrawn and leaves the queue; open dispatches are "
                                      "withdrawn."))
        self.reason_label.setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("Required"))

    def _wire(self) -> None:
        self.reason.textChanged.connect(self.update_ok)

    def text(self) -> str:
        return self.reason.text().strip()

    def ready(self) -> bool:
        return bool(self.text())

