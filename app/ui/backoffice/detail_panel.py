"""Right pane: one affair in full, and the buttons for what may happen next."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from app.services.acceptance import CHANNEL_LABELS
from app.services.backoffice_dto import AffairDetail, CallInInfo, CertificateInfo, LegInfo
from app.services.lifecycle import ACTION_LABELS, STATE_LABELS
from app.services.transfers import NOTIFY_LABELS, RESULT_LABELS

from ..chrome import shortcut_tooltip
from ..formats import short_datetime_text
from ..i18n import LANGUAGE
from .common import (
    DEADLINE_COLORS, LEG_KIND_LABELS, LEG_STATE_LABELS, URGENT_COLOR, Cell, TableModel, chip, deadline_label,
    label, long_date, short_time,
)

# (action, shortcut), in the order of the closed loop: four rows of three buttons.
ACTIONS = (
    ("dispatch", "Ctrl+D"), ("urge", "Ctrl+U"), ("feedback", "Ctrl+F"),
    ("notify", "Ctrl+T"), ("close", "Ctrl+E"), ("certificate", "Ctrl+K"),
    ("refer", "Ctrl+R"), ("whistle", "Ctrl+I"), ("reopen", ""),
    ("cancel", ""), ("agency", ""), ("timeline", ""),
)
COLUMNS = 3
PRIMARY = ("dispatch", "feedback", "close")


def live_certificate(detail: AffairDetail) -> CertificateInfo | None:
    return next((c for c in detail.certificates if c.voided_at is None), None)


def enabled_actions(detail: AffairDetail | None) -> set[str]:
    """What the buttons offer: what the state machine allows, and what makes sense right now."""
    if detail is None:
        return set()
    allowed = set(detail.actions)
    has_open_leg = any(leg.state == "open" for leg in detail.legs)
    out = {a for a in ("dispatch", "refer", "whistle", "notify", "close", "reopen", "cancel") if a in allowed}
    if has_open_leg:
        out |= {a for a in ("urge", "feedback") if a in allowed}
    if ("certificate" in allowed and detail.closing_document == "certificate"
            and live_certificate(detail) is None):
        out.add("certificate")
    return out | {"agency", "timeline"}


def _table(name: str, model: TableModel, stretch: int, fixed: dict[int, int] | None = None) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Partner names and notes run long: a fixed width, elided, the full text in the tooltip.
    for column, width in (fixed or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return view


class DetailPanel(QWidget):
    """Emits `action(kind)`: one of ACTIONS, or check_in | print_slip | print_certificate."""

    action = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: AffairDetail | None = None
        self._build_ui()
        self.retranslate()
        self._wire()
        self.show_detail(None)

    # -- layout -------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("detailPanel")
        self.title = QLabel(objectName="detailTitle")
        self.title.setProperty("role", "paneTitle")
        self.card = QLabel(objectName="detailCard")
        self.card.setProperty("role", "card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, (kind, key) in enumerate(ACTIONS):
            button = QPushButton(objectName=f"{kind}Button")
            if key:
                button.setShortcut(QKeySequence(key))
            if kind in PRIMARY:
                button.setProperty("role", "primary")
            self.buttons[kind] = button
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
        self.agency_button, self.timeline_button = self.buttons["agency"], self.buttons["timeline"]
        self.tabs = QTabWidget(objectName="detailTabs")
        self.legs_model = TableModel([
            Cell(lambda: self.tr("#"), lambda g: g.position, key=lambda g: g.position),
            Cell(lambda: self.tr("Handled by"), lambda g: LANGUAGE.pick(g.partner_name_zh,
                                                                                  g.partner_name_en)),
            Cell(lambda: self.tr("Kind"), lambda g: label(LEG_KIND_LABELS, g.kind)),
            Cell(lambda: self.tr("State"), lambda g: label(LEG_STATE_LABELS, g.state),
                 lambda g: "#0d47a1" if g.state == "open" else None),
            Cell(lambda: self.tr("Result"), lambda g: label(RESULT_LABELS, g.result) if g.result else ""),
            Cell(lambda: self.tr("Urges"), lambda g: g.urge_count or "", center=True),
            Cell(lambda: self.tr("Feedback"), lambda g: g.feedback),
            Cell(lambda: self.tr("Answered"), lambda g: short_datetime_text(g.feedback_at)),
        ], self)
        self.legs = _table("legsTable", self.legs_model, 6, {1: 150})
        self.print_slip_button = QPushButton(objectName="printSlipButton")
        # Requests and answers are sentences: the table elides them, this shows the selected leg's in full.
        self.leg_text = QLabel(objectName="legText")
        self.leg_text.setWordWrap(True)
        self.leg_text.setTextFormat(Qt.TextFormat.RichText)
        self.leg_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events_model = TableModel([
            Cell(lambda: self.tr("Time"), lambda e: short_time(e.at)),
            Cell(lambda: self.tr("Action"), lambda e: label(ACTION_LABELS, e.kind)),
            Cell(lambda: self.tr("By"), lambda e: e.actor_name),
            Cell(lambda: self.tr("Note"), lambda e: e.note),
        ], self)
        self.events = _table("eventsTable", self.events_model, 3)
        self.calls_model = TableModel([
            Cell(lambda: self.tr("Department"), lambda c: LANGUAGE.pick(c.partner_name_zh, c.partner_name_en)),
            Cell(lambda: self.tr("Called"), lambda c: short_time(c.called_at)),
            Cell(lambda: self.tr("Checked in"), lambda c: short_time(c.checked_in_at) or self.tr("waiting"),
                 lambda c: None if c.checked_in_at else URGENT_COLOR),
            Cell(lambda: self.tr("Note"), lambda c: c.note),
        ], self)
        self.calls = _table("callInsTable", self.calls_model, 0, {3: 120})
        self.check_in_button = QPushButton(objectName="checkInButton")
        self.certs_model = TableModel([
            Cell(lambda: self.tr("Certificate"), lambda c: c.number),
            Cell(lambda: self.tr("Title"), lambda c: c.title),
            Cell(lambda: self.tr("Issued"), lambda c: short_time(c.issued_at)),
            Cell(lambda: self.tr("By"), lambda c: c.issuer_name),
            Cell(lambda: self.tr("Prints"), lambda c: c.print_count, center=True),
            Cell(lambda: self.tr("Voided"), lambda c: short_time(c.voided_at),
                 background=lambda c: DEADLINE_COLORS["overdue"] if c.voided_at else None),
        ], self)
        self.certs = _table("certificatesTable", self.certs_model, 1)
        self.print_certificate_button = QPushButton(objectName="printCertificateButton")
        self.custody = QLabel(objectName="custodyLabel")
        self.custody.setWordWrap(True)
        self.tabs.addTab(self._page("legsPage", self.legs, self.print_slip_button, self.leg_text), "")
        self.tabs.addTab(self._page("historyPage", self.events), "")
        self.tabs.addTab(self._page("callInsPage", self.calls, self.check_in_button), "")
        self.tabs.addTab(self._page("certificatesPage", self.certs, self.print_certificate_button, self.custody), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.card)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)

    def _page(self, name: str, table: QTableView, button: QPushButton | None = None,
              below: QWidget | None = None) -> QWidget:
        page = QWidget(objectName=name)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(table, 1)
        if below is not None:
            layout.addWidget(below)
        if button is not None:
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
        return page

    def retranslate(self) -> None:
        self.title.setText(self.tr("Affair"))
        texts = {
            "dispatch": self.tr("Dispatch (Ctrl+D)"), "refer": self.tr("Refer (Ctrl+R)"),
            "whistle": self.tr("Whistle (Ctrl+I)"), "urge": self.tr("Urge (Ctrl+U)"),
            "feedback": self.tr("Feedback (Ctrl+F)"), "notify": self.tr("Tell resident (Ctrl+T)"),
            "close": self.tr("Close (Ctrl+E)"), "certificate": self.tr("Certificate (Ctrl+K)"),
            "reopen": self.tr("Reopen…"), "cancel": self.tr("Cancel…"),
            "agency": self.tr("Full agency…"), "timeline": self.tr("Timeline…"),
        }
        tips = {
            "dispatch": self.tr("Hand the affair to one or several departments or partners"),
            "refer": self.tr("Out of the station's scope: refer the resident elsewhere with a slip"),
            "whistle": self.tr("Immediate Response: the subdistrict blows the whistle, departments report; "
                               "urgent, same day"),
            "urge": self.tr("Urge every department or partner that has not answered"),
            "feedback": self.tr("Record a department's or partner's answer"),
            "notify": self.tr("Record that the resident was told the outcome"),
            "close": self.tr("Close with the resident's satisfaction rating"),
            "certificate": self.tr("Issue the certificate of a completed affair: numbered, saved as PDF"),
            "reopen": self.tr("Reopen a completed or referred affair, with a reason"),
            "cancel": self.tr("Cancel the affair: it is withdrawn, with a reason"),
            "agency": self.tr("Full-process agency: authorisation and originals held"),
            "timeline": self.tr("The resident's timeline: everything they asked the station for"),
        }
        keys = dict(ACTIONS)
        for kind, button in self.buttons.items():
            button.setText(texts[kind])
            button.setToolTip(tips[kind])
            if keys[kind]:
                button.setShortcut(QKeySequence(keys[kind]))  # setText has just reset it to the label's mnemonic
                shortcut_tooltip(button, tips[kind], keys[kind])
        self.print_slip_button.setText(self.tr("Print slip"))
        self.print_slip_button.setToolTip(self.tr("Print the referral slip of the selected dispatch"))
        self.check_in_button.setText(self.tr("Record check-in"))
        self.check_in_button.setToolTip(self.tr("Record that the selected department has reported"))
        self.print_certificate_button.setText(self.tr("Reprint as copy"))
        self.print_certificate_button.setToolTip(self.tr("Print the selected certificate again, marked as a copy"))
        for model in (self.legs_model, self.events_model, self.calls_model, self.certs_model):
            model.relabel()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.action.emit(k))
        self.print_slip_button.clicked.connect(lambda: self.action.emit("print_slip"))
        self.check_in_button.clicked.connect(lambda: self.action.emit("check_in"))
        self.print_certificate_button.clicked.connect(lambda: self.action.emit("print_certificate"))
        self.legs.selectionModel().selectionChanged.connect(lambda *_: self._update_row_buttons())
        self.calls.selectionModel().selectionChanged.connect(lambda *_: self._update_row_buttons())
        self.certs.selectionModel().selectionChanged.connect(lambda *_: self._update_row_buttons())

    # -- state --------------------------------------------------------------

    def show_detail(self, detail: AffairDetail | None) -> None:
        previous = self.detail
        self.detail = detail
        same = previous is not None and detail is not None and previous.id == detail.id
        keep_leg = self.selected_leg().id if same and self.selected_leg() else None
        self.legs_model.set_rows(detail.legs if detail else ())
        self.events_model.set_rows(tuple(reversed(detail.events)) if detail else ())  # newest first
        self.calls_model.set_rows(detail.call_ins if detail else ())
        self.certs_model.set_rows(detail.certificates if detail else ())
        legs = detail.legs if detail else ()
        if legs:
            ids = [g.id for g in legs]
            self.legs.selectRow(ids.index(keep_leg) if keep_leg in ids else len(ids) - 1)
        if detail and detail.call_ins:
            waiting = [i for i, c in enumerate(detail.call_ins) if c.checked_in_at is None]
            self.calls.selectRow(waiting[0] if waiting else 0)
        if detail and detail.certificates:
            self.certs.selectRow(len(detail.certificates) - 1)
        # Departments called in and not yet reported are what the deputy watches: show them when they appear.
        waiting = sum(1 for c in detail.call_ins if c.checked_in_at is None) if detail else 0
        waited = sum(1 for c in previous.call_ins if c.checked_in_at is None) if same else 0
        if waiting > waited:
            self.tabs.setCurrentIndex(2)
        elif detail and not same:
            self.tabs.setCurrentIndex(0)
        enabled = enabled_actions(detail)
        for kind, button in self.buttons.items():
            button.setEnabled(kind in enabled)
        self._render()
        self._update_row_buttons()

    def selected_leg(self) -> LegInfo | None:
        return self._selected(self.legs, self.legs_model)

    def selected_call(self) -> CallInInfo | None:
        return self._selected(self.calls, self.calls_model)

    def selected_certificate(self) -> CertificateInfo | None:
        return self._selected(self.certs, self.certs_model)

    @staticmethod
    def _selected(view: QTableView, model: TableModel):
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row(rows[0].row()) if rows else None

    def _update_row_buttons(self) -> None:
        d = self.detail
        call = self.selected_call()
        cert = self.selected_certificate()
        self.print_slip_button.setEnabled(self.selected_leg() is not None)
        self._render_leg()
        self.check_in_button.setEnabled(bool(d and call and call.checked_in_at is None and "check_in" in d.actions))
        self.print_certificate_button.setEnabled(bool(cert and cert.voided_at is None))

    def _render_leg(self) -> None:
        leg = self.selected_leg()
        if leg is None:
            self.leg_text.setText("")
            return
        lines = [self.tr("Request: %1").replace("%1", escape(leg.request or "—"))]
        if leg.feedback_at:
            answer = self.tr("Answer (%1, %2): %3").replace("%1", label(RESULT_LABELS, leg.result)).replace(
                "%2", short_time(leg.feedback_at)).replace("%3", escape(leg.feedback))
            lines.append(f"<b>{answer}</b>")
        self.leg_text.setText("<br>".join(lines))

    def _render(self) -> None:
        d = self.detail
        n_calls = len(d.call_ins) if d else 0
        n_certs = len(d.certificates) if d else 0
        self.tabs.setTabText(0, self.tr("Dispatches (%1)").replace("%1", str(len(d.legs) if d else 0)))
        self.tabs.setTabText(1, self.tr("History"))
        self.tabs.setTabText(2, self.tr("Call-ins (%1)").replace("%1", str(n_calls)))
        self.tabs.setTabText(3, self.tr("Certificates, originals (%1)").replace(
            "%1", str(n_certs + (len(d.custody) if d else 0))))
        if d is None:
            self.card.setText(f"<i>{escape(self.tr('Choose an affair in the queue'))}</i>")
            self.custody.setText("")
            return
        self.card.setText(self._card_html(d))
        self._render_leg()
        self.custody.setText(self._custody_text(d))

    def _card_html(self, d: AffairDetail) -> str:
        state = label(STATE_LABELS, d.state)
        lines = [
            f"<span style='font-size:14pt'><b>{d.number}</b></span> &nbsp; <b>{state}</b>",
            f"{d.type_code} · {escape(LANGUAGE.pick(d.type_name_zh, d.type_name_en))}",
            f"<b>{escape(d.resident_name)}</b> &nbsp; {d.resident_id_masked} &nbsp; "
            f"{d.resident_phone_masked or '—'} &nbsp; {escape(d.resident_address or '—')}",
            self.tr("Accepted %1 by %2 (%3)").replace("%1", short_time(d.accepted_at)).replace(
                "%2", escape(d.worker_name)).replace("%3", label(CHANNEL_LABELS, d.channel)),
        ]
        promise = self.tr("Promised by %1").replace("%1", long_date(d.committed_date))
        if d.deadline:
            text = deadline_label(d.deadline)
            if d.days_overdue:
                text += " " + self.tr("%n working day(s)", "", d.days_overdue)
            promise += " &nbsp; " + chip(text, d.deadline)
        lines.append(promise)
        if d.urgent:
            waiting = sum(1 for c in d.call_ins if c.checked_in_at is None)
            urgent = self.tr("Urgent — Immediate Response since %1").replace("%1", short_time(d.urgent_at))
            calls = self.tr("%1 of %2 departments checked in").replace(
                "%1", str(len(d.call_ins) - waiting)).replace("%2", str(len(d.call_ins)))
            lines.append(f"<b style='color:{URGENT_COLOR}'>{urgent}</b> · {calls}")
        if d.phone_consent:
            lines.append(self.tr("The resident agreed to share the phone number with the handler"))
        if d.notified_at:
            lines.append(self.tr("Resident told %1 (%2)").replace("%1", short_time(d.notified_at)).replace(
                "%2", label(NOTIFY_LABELS, d.notify_method)))
        if d.satisfaction:
            stars = "★" * d.satisfaction + "☆" * (5 - d.satisfaction)
            comment = f" — {escape(d.satisfaction_comment)}" if d.satisfaction_comment else ""
            lines.append(self.tr("Satisfaction: %1").replace("%1", f"<b>{stars} {d.satisfaction}/5</b>") + comment)
        elif d.no_rating_reason:
            lines.append(self.tr("No rating: %1").replace("%1", escape(d.no_rating_reason)))
        if d.note:
            lines.append(self.tr("Note: %1").replace("%1", escape(d.note)))
        return "<br>".join(lines)

    def _custody_text(self, d: AffairDetail) -> str:
        if not d.custody:
            return self.tr("No originals held for this affair.")
        held = [c for c in d.custody if c.returned_at is None]
        items = "、".join(f"{c.name}×{c.copies}" + ("" if c.returned_at is None else "✓") for c in d.custody)
        summary = self.tr("Originals: %1 — %2 still held").replace("%1", items).replace("%2", str(len(held)))
        if d.authorisation_scope:
            summary += " · " + self.tr("full agency authorised %1").replace("%1", short_time(d.authorised_at))
        return summary
