"""Full agency handling (全程代办) of one affair: the resident's authorisation,
the originals the station takes into its custody and gives back, and the
hand-over slip both sides sign."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCompleter, QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from app.services import agency, catalogue, queue
from app.services.backoffice_dto import AffairDetail, CustodyInfo
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.lifecycle import STATE_LABELS

from ..chrome import MessageBar, press_buttons_on_enter, window_shortcut
from ..feedback import error_text
from ..formats import datetime_text
from ..i18n import LANGUAGE, pair
from ..models import Column, RowsModel
from ..print_pdf import print_pdf
from ..search_list import setup_results_table

log = logging.getLogger(__name__)

HELD_RED = "#b00020"
RETURNED_GREEN = "#1b5e20"
SCOPE_MAX = 500


def _when(at) -> str:
    return datetime_text(at)


class CustodyDialog(QDialog):
    def __init__(self, ctx: ServiceContext, affair_id: int, output_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.affair_id = affair_id
        self.output_dir = Path(output_dir)
        self.detail: AffairDetail | None = None
        self.last_pdf: Path | None = None
        self._build_ui()
        self._build_shortcuts()
        self.retranslate()
        self._wire()
        self.reload()
        self._suggest_names()
        (self.name if self.detail and self.detail.authorisation_scope else self.scope).setFocus()

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("custodyDialog")
        self.resize(900, 640)
        self.title = QLabel(objectName="custodyTitle")
        self.title.setProperty("role", "paneTitle")
        self.affair_card = QLabel(objectName="custodyAffairCard")
        self.affair_card.setProperty("role", "card")
        self.affair_card.setWordWrap(True)
        self.affair_card.setTextFormat(Qt.TextFormat.RichText)

        self.auth_box = QGroupBox(objectName="custodyAuthBox")
        self.scope_label = QLabel(objectName="custodyScopeLabel")
        self.scope = QLineEdit(objectName="custodyScope")
        self.scope.setMaxLength(SCOPE_MAX)
        self.scope_label.setBuddy(self.scope)
        self.authorise_button = QPushButton(objectName="custodyAuthoriseButton")
        self.auth_state = QLabel(objectName="custodyAuthState")
        self.auth_state.setWordWrap(True)
        auth = QGridLayout(self.auth_box)
        auth.addWidget(self.scope_label, 0, 0)
        auth.addWidget(self.scope, 0, 1)
        auth.addWidget(self.authorise_button, 0, 2)
        auth.addWidget(self.auth_state, 1, 1, 1, 2)
        auth.setColumnStretch(1, 1)

        self.items_box = QGroupBox(objectName="custodyItemsBox")
        self.model = RowsModel([
            Column(lambda: self.tr("Original document"), lambda c: c.name),
            Column(lambda: self.tr("Copies"), lambda c: c.copies),
            Column(lambda: self.tr("Taken"), lambda c: _when(c.taken_at)),
            Column(lambda: self.tr("Returned"), self._returned,
                   lambda c: RETURNED_GREEN if c.returned_at else HELD_RED),
        ], self)
        self.table = QTableView(objectName="custodyTable")
        setup_results_table(self.table, self.model, stretch_column=0)
        # Several originals usually go back together: Ctrl/Shift-click or Shift+arrows.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.name_label = QLabel(objectName="custodyNameLabel")
        self.name = QLineEdit(objectName="custodyName")
        self.name.setMaxLength(agency.NAME_MAX)
        self.name_label.setBuddy(self.name)
        self.copies_label = QLabel(objectName="custodyCopiesLabel")
        self.copies = QSpinBox(objectName="custodyCopies")
        self.copies.setRange(1, agency.COPIES_MAX)
        self.copies_label.setBuddy(self.copies)
        self.take_button = QPushButton(objectName="custodyTakeButton")
        add = QHBoxLayout()
        add.addWidget(self.name_label)
        add.addWidget(self.name, 1)
        add.addWidget(self.copies_label)
        add.addWidget(self.copies)
        add.addWidget(self.take_button)
        self.held = QLabel(objectName="custodyHeld")
        self.return_button = QPushButton(objectName="custodyReturnButton")
        row = QHBoxLayout()
        row.addWidget(self.held, 1)
        row.addWidget(self.return_button)
        items = QVBoxLayout(self.items_box)
        items.addWidget(self.table, 1)
        items.addLayout(row)
        items.addLayout(add)

        self.print_button = QPushButton(objectName="custodyPrintButton")
        self.print_button.setProperty("role", "primary")
        self.close_button = QPushButton(objectName="custodyCloseButton")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        for b in (self.authorise_button, self.take_button, self.return_button, self.print_button,
                  self.close_button):
            # No default button: Enter in a field does that field's own action (see _wire).
            b.setAutoDefault(False)
        self.message_bar = MessageBar("messageBar")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.affair_card)
        layout.addWidget(self.auth_box)
        layout.addWidget(self.items_box, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message_bar)
        for a, b in ((self.scope, self.authorise_button), (self.authorise_button, self.name),
                     (self.name, self.copies), (self.copies, self.take_button), (self.take_button, self.table),
                     (self.table, self.return_button), (self.return_button, self.print_button),
                     (self.print_button, self.close_button)):
            QWidget.setTabOrder(a, b)

    def _build_shortcuts(self) -> None:
        window_shortcut(self, "Ctrl+P", self.print_slip, "custodyShortcutPrint")
        window_shortcut(self, "Ctrl+R", self.give_back_selected, "custodyShortcutReturn")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Full agency handling"))
        self.title.setText(self.tr("Full agency handling — originals in the station's custody"))
        self.auth_box.setTitle(self.tr("Resident's authorisation"))
        self.scope_label.setText(self.tr("&Scope"))
        self.scope.setPlaceholderText(self.tr("What the resident authorises the station to do for them"))
        self.authorise_button.setText(self.tr("Record authorisation"))
        self.items_box.setTitle(self.tr("Original documents"))
        self.name_label.setText(self.tr("&Document taken"))
        self.name.setPlaceholderText(self.tr("e.g. 户口簿原件"))
        self.copies_label.setText(self.tr("C&opies"))
        self.take_button.setText(self.tr("Add as taken"))
        self.return_button.setText(self.tr("Returned to resident (Ctrl+R)"))
        self.return_button.setToolTip(self.tr("Record the selected originals as given back"))
        self.print_button.setText(self.tr("Print hand-over slip (Ctrl+P)"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.model.relabel()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.scope.returnPressed.connect(self.authorise)
        self.authorise_button.clicked.connect(self.authorise)
        self.name.returnPressed.connect(self.take)
        self.take_button.clicked.connect(self.take)
        self.return_button.clicked.connect(self.give_back_selected)
        self.print_button.clicked.connect(self.print_slip)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Without default buttons Qt ignores Enter on a focused button; keyboard users expect a press.
        press_buttons_on_enter(self.authorise_button, self.take_button, self.return_button, self.print_button,
                               self.close_button)

    # -- display ------------------------------------------------------------

    def _returned(self, c: CustodyInfo) -> str:
        return _when(c.returned_at) if c.returned_at else self.tr("Not returned")

    def _render(self) -> None:
        d = self.detail
        if d is None:
            self.affair_card.setText("")
            self.auth_state.setText("")
            self.held.setText("")
            return
        resident, state = self.tr("Resident"), self.tr("State")
        self.affair_card.setText(
            f"<b style='font-size:13pt'>{d.number}</b> · {LANGUAGE.pick(d.type_name_zh, d.type_name_en)}<br>"
            f"{resident}: {d.resident_name} ({d.resident_id_masked}) · "
            f"{state}: {pair(STATE_LABELS.get(d.state, (d.state, d.state)))}")
        if d.authorised_at:
            self.auth_state.setText(self.tr("Recorded %1").replace("%1", _when(d.authorised_at)))
            self.auth_state.setStyleSheet(f"color: {RETURNED_GREEN};")
        else:
            self.auth_state.setText(self.tr("Not yet authorised: record the scope before taking any original"))
            self.auth_state.setStyleSheet(f"color: {HELD_RED};")
        held = [c for c in d.custody if c.returned_at is None]
        self.held.setText(self.tr("Originals held by the station: %1").replace("%1", str(sum(c.copies for c in held)))
                          if held else self.tr("Nothing held by the station"))

    def _update_buttons(self) -> None:
        authorised = bool(self.detail and self.detail.authorised_at)
        for w in (self.name, self.copies, self.take_button, self.print_button):
            w.setEnabled(authorised)
        self.return_button.setEnabled(any(c.returned_at is None for c in self.selected_items()))

    def show_message(self, text: str, ok: bool = False) -> None:
        self.message_bar.show_text(text, ok)

    def hide_message(self) -> None:
        self.message_bar.dismiss()

    def selected_items(self) -> list[CustodyInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if self.model.row(r) is not None]

    # -- behaviour ----------------------------------------------------------

    def reload(self) -> None:
        try:
            self.detail = queue.detail(self.ctx, self.affair_id)
        except DomainError as err:
            self.show_message(error_text(err))
            self.detail = None
        custody = self.detail.custody if self.detail else ()
        self.model.set_rows(custody)
        if self.detail and not self.scope.text():
            self.scope.setText(self.detail.authorisation_scope)
        self._render()
        self._update_buttons()

    def _suggest_names(self) -> None:
        # The affair type's own materials are what is usually taken: offer them as the worker types.
        if self.detail is None:
            return
        try:
            materials = catalogue.get_type(self.ctx, self.detail.type_code).materials
        except DomainError:
            return
        names = [m.name_zh + "原件" for m in materials]
        completer = QCompleter(names, self)
        completer.setObjectName("custodyNameCompleter")
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)

    def authorise(self) -> bool:
        try:
            agency.authorise(self.ctx, self.affair_id, self.scope.text())
        except DomainError as err:
            self.show_message(error_text(err))
            return False
        self.reload()
        self.show_message(self.tr("Authorisation recorded"), ok=True)
        self.name.setFocus()
        return True

    def take(self) -> bool:
        name, copies = self.name.text().strip(), self.copies.value()
        try:
            agency.take(self.ctx, self.affair_id, [(name, copies)])
        except DomainError as err:
            self.show_message(error_text(err))
            return False
        self.reload()
        self.table.scrollToBottom()
        self.name.clear()
        self.copies.setValue(1)
        self.name.setFocus()
        self.show_message(self.tr("Taken into custody: %1 × %2").replace("%1", name).replace("%2", str(copies)),
                          ok=True)
        return True

    def give_back_selected(self) -> bool:
        items = [c for c in self.selected_items() if c.returned_at is None]
        if not items:
            return False
        try:
            agency.give_back(self.ctx, self.affair_id, [c.id for c in items])
        except DomainError as err:
            self.show_message(error_text(err))
            self.reload()
            return False
        self.reload()
        self.show_message(self.tr("Returned to the resident: %1").replace(
            "%1", "、".join(f"{c.name} × {c.copies}" for c in items)), ok=True)
        return True

    def print_slip(self) -> Path | None:
        if self.detail is None:
            return None
        try:
            path = self.write_slip()
        except Exception as err:  # DomainError (not authorised), PrintingError, OSError
            log.exception("hand-over slip for %s not written", self.detail.number)
            self.show_message(error_text(err))
            return None
        self.last_pdf = path
        try:
            printed = print_pdf(path, "A5", self)
        except OSError as err:
            self.show_message(self.tr("Slip saved to %1, but printing failed: %2")
                              .replace("%1", str(path)).replace("%2", error_text(err)))
            return path
        text = (self.tr("Hand-over slip printed and saved to %1") if printed
                else self.tr("Hand-over slip saved to %1 (not printed)")).replace("%1", str(path))
        self.show_message(text, ok=True)
        return path

    def write_slip(self) -> Path:
        # reportlab costs ~0.3 s to import: keep it off the start-up path.
        from app.printing.output import handover_bytes, write_pdf

        doc = agency.handover_doc(self.ctx, self.affair_id)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        path = self.output_dir / f"{doc.affair_number}-handover.pdf"
        write_pdf(handover_bytes(doc, "A5"), path)
        return path
