"""The selected case's tabs: notes, plan, links, closure. Each calls its service
and reports back with `saved` (what was done) or `refused` (why not)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QCompleter, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.services import acceptance, cases, catalogue, residents
from app.services.cases import GOAL_LABELS, GOALS, STAGE_LABELS, STAGE_SHORT, STAGES
from app.services.cases_dto import CaseDetail, CaseLinkInfo
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.lifecycle import STATE_LABELS

from ..feedback import error_text
from ..formats import datetime_text
from ..i18n import LANGUAGE, pair
from ..models import Column, RowsModel
from ..search_list import setup_results_table

PLAN_FROM = STAGES.index("plan")


class _Tab(QWidget):
    saved = Signal(str)
    refused = Signal(str)

    def __init__(self, ctx: ServiceContext, name: str, parent: QWidget | None = None):
        super().__init__(parent, objectName=name)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self._build_ui()
        self.retranslate()
        self._wire()
        self.show_case(None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _call(self, fn, *args, **kwargs) -> bool:
        try:
            fn(*args, **kwargs)
        except DomainError as err:
            self.refused.emit(error_text(err))
            return False
        return True

    def writable(self) -> bool:
        return self.case is not None and self.case.stage != "closed"


class NotesTab(_Tab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, "caseNotesTab", parent)

    def _build_ui(self) -> None:
        self.model = RowsModel([
            Column(lambda: self.tr("Time"), lambda n: datetime_text(n.at)),
            Column(lambda: self.tr("Stage"), lambda n: pair(STAGE_SHORT.get(n.stage, (n.stage, n.stage)))),
            Column(lambda: self.tr("By"), lambda n: n.staff_name),
            Column(lambda: self.tr("Note"), lambda n: n.text),
        ], self)
        self.table = QTableView(objectName="caseNotesTable")
        setup_results_table(self.table, self.model, stretch_column=3)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.edit = QPlainTextEdit(objectName="caseNoteEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(84)
        self.add_button = QPushButton(objectName="addCaseNoteButton")
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.model.relabel()
        self.add_button.setText(self.tr("Add note (Ctrl+L)"))
        self.edit.setPlaceholderText(self.tr("Execution log or supervision note; stamped with the current stage"))

    def _wire(self) -> None:
        self.add_button.clicked.connect(self.add_note)

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        self.model.set_rows(case.notes if case else ())
        self.table.resizeRowsToContents()
        if case and case.notes:
            self.table.scrollToBottom()
        for w in (self.edit, self.add_button):
            w.setEnabled(self.writable())

    def add_note(self) -> bool:
        if not self.writable():
            return False
        if self._call(cases.add_note, self.ctx, self.case.id, self.edit.toPlainText()):
            self.edit.clear()
            self.saved.emit(self.tr("Note added"))
            return True
        return False


class PlanTab(_Tab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, "casePlanTab", parent)

    def _build_ui(self) -> None:
        self.hint = QLabel(objectName="casePlanHint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, objectName="casePlanTable")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_row_button = QPushButton(objectName="addPlanRowButton")
        self.remove_row_button = QPushButton(objectName="removePlanRowButton")
        self.revision_label = QLabel(objectName="planRevisionLabel")
        self.revision = QLineEdit(objectName="planRevisionNote")
        self.revision.setMaxLength(cases.NOTE_MAX)
        self.revision_label.setBuddy(self.revision)
        self.save_button = QPushButton(objectName="savePlanButton")
        self.save_button.setProperty("role", "primary")
        row = QHBoxLayout()
        row.addWidget(self.add_row_button)
        row.addWidget(self.remove_row_button)
        row.addWidget(self.revision_label)
        row.addWidget(self.revision, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Services"), self.tr("Resources")])
        self.add_row_button.setText(self.tr("Add a goal"))
        self.remove_row_button.setText(self.tr("Remove the goal"))
        self.revision_label.setText(self.tr("&Why revised:"))
        self.revision.setPlaceholderText(self.tr("Required once the plan is under way"))
        self.save_button.setText(self.tr("Save the plan"))
        self._hint()

    def _hint(self) -> None:
        stage = self.case.stage if self.case else ""
        if not self.case:
            text = ""
        elif stage == "closed":
            text = self.tr("The case is closed; this was its plan.")
        elif STAGES.index(stage) < PLAN_FROM:
            text = self.tr("The plan is made once the investigation and assessment are done.")
        elif stage == "plan":
            text = self.tr("One row per goal: the goal, the services that serve it and the resources they use.")
        else:
            text = self.tr("Revising the plan: say why; the revision goes into the case log.")
        self.hint.setText(text)

    def _wire(self) -> None:
        self.add_row_button.clicked.connect(lambda: self.add_row(edit=True))
        self.remove_row_button.clicked.connect(self.remove_row)
        self.save_button.clicked.connect(self.save)

    def editable(self) -> bool:
        return self.writable() and STAGES.index(self.case.stage) >= PLAN_FROM

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        self.table.setRowCount(0)
        for item in case.plan if case else ():
            self.add_row((item.goal, item.services, item.resources))
        editable = self.editable()
        if editable and not self.table.rowCount():
            self.add_row()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        for w in (self.add_row_button, self.remove_row_button, self.save_button):
            w.setEnabled(editable)
        revising = editable and case.stage != "plan"
        self.revision.setEnabled(revising)
        self.revision_label.setEnabled(revising)
        self.revision.clear()
        self._hint()

    def add_row(self, values: tuple[str, str, str] = ("", "", ""), edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setCurrentCell(row, 0)
        if edit:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def items(self) -> list[tuple[str, str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item else ""
        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]

    def save(self) -> bool:
        if not self.editable():
            return False
        # A cell still being edited is committed before the rows are read.
        editor = QApplication.focusWidget()
        if editor is not None and editor is not self.table and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
        if self._call(cases.set_plan, self.ctx, self.case.id, self.items(), self.revision.text()):
            self.saved.emit(self.tr("Plan saved"))
            return True
        return False


class LinksTab(_Tab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        self.partners: list = []
        super().__init__(ctx, "caseLinksTab", parent)

    def _build_ui(self) -> None:
        self.model = RowsModel([
            Column(lambda: self.tr("Kind"), lambda x: self.tr("Affair") if x.affair_id else self.tr("Partner")),
            Column(lambda: self.tr("Reference"), lambda x: x.affair_number or x.partner_code),
            Column(lambda: self.tr("What"), self._what),
            Column(lambda: self.tr("State"), self._state),
        ], self)
        self.table = QTableView(objectName="caseLinksTable")
        setup_results_table(self.table, self.model, stretch_column=2)
        self.affair_label, self.partner_label = QLabel(), QLabel()
        self.affair_combo = QComboBox(objectName="linkAffairCombo")
        self.partner_combo = QComboBox(objectName="linkPartnerCombo")
        for combo, label in ((self.affair_combo, self.affair_label), (self.partner_combo, self.partner_label)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            label.setBuddy(combo)
        # Type-ahead over the directory: any part of the partner's name finds it.
        self.partner_combo.setEditable(True)
        self.partner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partner_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.link_affair_button = QPushButton(objectName="linkAffairButton")
        self.link_partner_button = QPushButton(objectName="linkPartnerButton")
        self.unlink_button = QPushButton(objectName="unlinkButton")
        grid = QGridLayout()
        grid.addWidget(self.affair_label, 0, 0)
        grid.addWidget(self.affair_combo, 0, 1)
        grid.addWidget(self.link_affair_button, 0, 2)
        grid.addWidget(self.partner_label, 1, 0)
        grid.addWidget(self.partner_combo, 1, 1)
        grid.addWidget(self.link_partner_button, 1, 2)
        grid.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(grid)

    def _what(self, x: CaseLinkInfo) -> str:
        if x.affair_id:
            return f"{LANGUAGE.pick(x.affair_type_zh, x.affair_type_en)} · {x.affair_resident_name}"
        return LANGUAGE.pick(x.partner_name_zh, x.partner_name_en)

    def _state(self, x: CaseLinkInfo) -> str:
        return pair(STATE_LABELS.get(x.affair_state, (x.affair_state, x.affair_state))) if x.affair_id else ""

    def retranslate(self) -> None:
        self.model.relabel()
        self.affair_label.setText(self.tr("&Affair:"))
        self.partner_label.setText(self.tr("&Partner:"))
        self.link_affair_button.setText(self.tr("Link the affair"))
        self.link_partner_button.setText(self.tr("Link the partner"))
        self.unlink_button.setText(self.tr("Remove the link"))
        self.partner_combo.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self._fill_partners()
        self._fill_affairs()

    def _wire(self) -> None:
        self.link_affair_button.clicked.connect(self.link_affair)
        self.link_partner_button.clicked.connect(self.link_partner)
        self.unlink_button.clicked.connect(self.unlink)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        self.model.set_rows(case.links if case else ())
        if case and not self.partners:
            try:
                self.partners = catalogue.list_partners(self.ctx, active_only=True)
            except DomainError as err:
                self.refused.emit(error_text(err))
            self._fill_partners()
        self._fill_affairs()
        self._enable()

    def _household_affairs(self) -> list:
        """The resident's affairs and those of the people in the same household."""
        members = [(self.case.resident_id, self.case.resident_name)]
        try:
            detail = residents.get(self.ctx, self.case.resident_id)
            members += [(m.id, m.name) for m in detail.household if m.id != self.case.resident_id]
            return [(a, name) for rid, name in members for a in acceptance.resident_affairs(self.ctx, rid, limit=30)]
        except DomainError as err:
            self.refused.emit(error_text(err))
            return []

    def _fill_affairs(self) -> None:
        self.affair_combo.clear()
        if not self.writable():
            return
        linked = {x.affair_id for x in self.case.links}
        for a, name in self._household_affairs():
            if a.id in linked:
                continue
            state = pair(STATE_LABELS.get(a.state, (a.state, a.state)))
            self.affair_combo.addItem(
                f"{a.number} · {LANGUAGE.pick(a.type_name_zh, a.type_name_en)} · {state} · {name}", a.id)

    def _fill_partners(self) -> None:
        code = self.partner_combo.currentData()
        self.partner_combo.clear()
        for p in self.partners:
            self.partner_combo.addItem(LANGUAGE.pick(p.name_zh, p.name_en), p.code)
        self.partner_combo.setCurrentIndex(self.partner_combo.findData(code) if code else -1)

    def _enable(self) -> None:
        writable = self.writable()
        self.affair_combo.setEnabled(writable and self.affair_combo.count() > 0)
        self.link_affair_button.setEnabled(writable and self.affair_combo.count() > 0)
        self.partner_combo.setEnabled(writable)
        self.link_partner_button.setEnabled(writable)
        self.unlink_button.setEnabled(writable and self.table.currentIndex().isValid())

    def link_affair(self) -> bool:
        if not self.writable() or self.affair_combo.currentData() is None:
            return False
        if self._call(cases.link, self.ctx, self.case.id, affair_id=self.affair_combo.currentData()):
            self.saved.emit(self.tr("Affair linked"))
            return True
        return False

    def link_partner(self) -> bool:
        if not self.writable():
            return False
        # What was typed counts if it names a partner, even if the completer popup was not used.
        index = self.partner_combo.findText(self.partner_combo.currentText())
        code = self.partner_combo.itemData(index) if index >= 0 else None
        if code is None:
            self.refused.emit(self.tr("Choose a partner from the list."))
            return False
        if self._call(cases.link, self.ctx, self.case.id, partner_code=code):
            self.saved.emit(self.tr("Partner linked"))
            return True
        return False

    def unlink(self) -> bool:
        index = self.table.currentIndex()
        link = self.model.row(index.row()) if index.isValid() else None
        if not self.writable() or link is None:
            return False
        if self._call(cases.unlink, self.ctx, self.case.id, affair_id=link.affair_id,
                      partner_code=None if link.affair_id else link.partner_code):
            self.saved.emit(self.tr("Link removed"))
            return True
        return False


class ClosureTab(_Tab):
    NO_RATING = 0

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, "caseClosureTab", parent)

    def _build_ui(self) -> None:
        self.hint = QLabel(objectName="closureHint")
        self.hint.setWordWrap(True)
        self.goals = QComboBox(objectName="closureGoals")
        for code in GOALS:
            self.goals.addItem("", code)
        self.satisfaction = QComboBox(objectName="closureSatisfaction")
        for value in (5, 4, 3, 2, 1, self.NO_RATING):
            self.satisfaction.addItem("", value)
        self.reason = QLineEdit(objectName="closureNoRatingReason")
        self.reason.setMaxLength(cases.NOTE_MAX)
        self.evaluation = QPlainTextEdit(objectName="closureEvaluation")
        self.evaluation.setTabChangesFocus(True)
        self.close_button = QPushButton(objectName="closeCaseButton")
        self.close_button.setProperty("role", "primary")
        self.goals_label, self.satisfaction_label = QLabel(), QLabel()
        self.reason_label, self.evaluation_label = QLabel(), QLabel()
        form = QFormLayout()
        for label, field in ((self.goals_label, self.goals), (self.satisfaction_label, self.satisfaction),
                             (self.reason_label, self.reason), (self.evaluation_label, self.evaluation)):
            label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addLayout(form, 1)
        layout.addLayout(row)

    def retranslate(self) -> None:
        for i, code in enumerate(GOALS):
            self.goals.setItemText(i, pair(GOAL_LABELS[code]))
        labels = {5: self.tr("5 · very satisfied"), 4: self.tr("4 · satisfied"), 3: self.tr("3 · neutral"),
                  2: self.tr("2 · dissatisfied"), 1: self.tr("1 · very dissatisfied"),
                  self.NO_RATING: self.tr("Could not be rated")}
        for i in range(self.satisfaction.count()):
            self.satisfaction.setItemText(i, labels[self.satisfaction.itemData(i)])
        self.goals_label.setText(self.tr("&Goals met"))
        self.satisfaction_label.setText(self.tr("Resident's sa&tisfaction"))
        self.reason_label.setText(self.tr("&Why not rated"))
        self.evaluation_label.setText(self.tr("&Evaluation"))
        self.reason.setPlaceholderText(self.tr("Only when the resident could not rate the service"))
        self.evaluation.setPlaceholderText(self.tr("What changed for the resident, what remains, follow-up"))
        self.close_button.setText(self.tr("Close the case"))
        self._hint()

    def _hint(self) -> None:
        stage = self.case.stage if self.case else ""
        if stage == "closed":
            text = self.tr("Closed on %1.").replace("%1", datetime_text(self.case.closed_at))
        elif stage == "closure":
            text = self.tr("Record whether the goals were met, the resident's satisfaction and the evaluation.")
        elif stage:
            text = self.tr("Available once the case reaches '%1'.").replace("%1", pair(STAGE_LABELS["closure"]))
        else:
            text = ""
        self.hint.setText(text)

    def _wire(self) -> None:
        self.satisfaction.currentIndexChanged.connect(lambda _i: self._enable())
        self.close_button.clicked.connect(self.close_case)

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        closed = case is not None and case.stage == "closed"
        self.goals.setCurrentIndex(max(0, self.goals.findData(case.goals_met)) if closed else 0)
        self.satisfaction.setCurrentIndex(
            max(0, self.satisfaction.findData(case.satisfaction or self.NO_RATING)) if closed else 0)
        self.evaluation.setPlainText(case.evaluation if closed else "")
        self.reason.clear()
        self._enable()
        self._hint()

    def _enable(self) -> None:
        open_ = self.case is not None and self.case.stage == "closure"
        for w in (self.goals, self.satisfaction, self.evaluation, self.close_button):
            w.setEnabled(open_)
        self.reason.setEnabled(open_ and self.satisfaction.currentData() == self.NO_RATING)

    def close_case(self) -> bool:
        if self.case is None or self.case.stage != "closure":
            return False
        rating = self.satisfaction.currentData()
        if self._call(cases.close, self.ctx, self.case.id, self.goals.currentData(),
                      None if rating == self.NO_RATING else rating, self.evaluation.toPlainText(),
                      no_rating_reason=self.reason.text() if rating == self.NO_RATING else ""):
            self.saved.emit(self.tr("Case closed"))
            return True
        return False
