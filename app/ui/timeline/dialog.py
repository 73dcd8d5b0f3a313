"""One resident's history: every affair with its events, and the home visits,
headed by how often the resident got an affair done in a single visit (只跑一次)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.services import timeline
from app.services.backoffice_dto import ResidentTimeline
from app.services.context import ServiceContext
from app.services.errors import DomainError
from app.services.home_visits import OUTCOME_LABELS
from app.services.lifecycle import ACTION_LABELS, STATE_LABELS

from ..feedback import error_text
from ..formats import date_text, datetime_text
from ..i18n import LANGUAGE, pair

REVISIT_RED = "#b00020"
EVENT_GREY = "#555555"
STATE_COLORS = {"awaiting_materials": "#b00020", "completed": "#1b5e20", "cancelled": "#9e9e9e"}


def _when(at) -> str:
    return datetime_text(at)


def once_share(data: ResidentTimeline) -> int:
    return round(100 * data.visited_once / data.affairs) if data.affairs else 0


class TimelineDialog(QDialog):
    def __init__(self, ctx: ServiceContext, resident_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id = resident_id
        self.data: ResidentTimeline | None = None
        self._build_ui()
        self.retranslate()
        self.buttons.rejected.connect(self.reject)
        self.reload()
        self.affairs.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("timelineDialog")
        self.resize(1100, 640)
        self.name = QLabel(objectName="timelineName")
        self.name.setProperty("role", "paneTitle")
        self.headline = QLabel(objectName="timelineHeadline")
        self.headline.setProperty("role", "card")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget(objectName="timelineTabs")
        self.affairs = QTreeWidget(objectName="timelineAffairs")
        self.affairs.setColumnCount(7)
        self.affairs.setAlternatingRowColors(True)
        self.affairs.setUniformRowHeights(True)
        header = self.affairs.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.visits = QTreeWidget(objectName="timelineVisits")
        self.visits.setColumnCount(5)
        self.visits.setAlternatingRowColors(True)
        vheader = self.visits.header()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        vheader.setStretchLastSection(False)
        self.tabs.addTab(self.affairs, "")
        self.tabs.addTab(self.visits, "")
        self.message = QLabel(objectName="timelineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="timelineButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resident's history"))
        # Qt's own translations are not loaded: label the standard button from our catalogue.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close (Esc)"))
        self.affairs.setHeaderLabels([
            self.tr("Number / time"), self.tr("Affair / action"), self.tr("State / by"), self.tr("Accepted"),
            self.tr("Completed"), self.tr("Visits"), self.tr("Satisfaction")])
        self.visits.setHeaderLabels([
            self.tr("Planned / time"), self.tr("Purpose / note"), self.tr("State / outcome"), self.tr("Staff"),
            self.tr("Linked affair")])
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        try:
            self.data = timeline.resident_timeline(self.ctx, self.resident_id)
        except DomainError as err:
            self.data = None
            self.message.setText(error_text(err))
            self.message.show()
        self._render()

    # -- display ------------------------------------------------------------

    def _render(self) -> None:
        d = self.data
        n_visits = len(d.home_visits) if d else 0
        self.tabs.setTabText(0, self.tr("&Affairs (%1)").replace("%1", str(d.affairs if d else 0)))
        self.tabs.setTabText(1, self.tr("&Home visits (%1)").replace("%1", str(n_visits)))
        if d is None:
            self.name.setText("")
            self.headline.setText("")
            self.affairs.clear()
            self.visits.clear()
            return
        self.name.setText(self.tr("History of %1").replace("%1", d.resident_name))
        if d.affairs:
            self.headline.setText(
                self.tr("%1 affairs in all, %2 of them done in a single visit (%3%)")
                .replace("%1", f"<b>{d.affairs}</b>").replace("%2", f"<b>{d.visited_once}</b>")
                .replace("%3", f"<b>{once_share(d)}</b>"))
        else:
            self.headline.setText(self.tr("No affairs yet"))
        self._render_affairs(d)
        self._render_visits(d)

    def _render_affairs(self, d: ResidentTimeline) -> None:
        open_numbers = {self.affairs.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                        for i in range(self.affairs.topLevelItemCount())
                        if self.affairs.topLevelItem(i).isExpanded()}
        self.affairs.clear()
        bold = QFont(self.affairs.font())
        bold.setBold(True)
        for i, e in enumerate(d.entries):
            stars = "★" * e.satisfaction + "☆" * (5 - e.satisfaction) if e.satisfaction else "—"
            item = QTreeWidgetItem([
                e.number, LANGUAGE.pick(e.type_name_zh, e.type_name_en),
                pair(STATE_LABELS.get(e.state, (e.state, e.state))), _when(e.accepted_at), _when(e.completed_at),
                str(e.visits), stars])
            item.setData(0, Qt.ItemDataRole.UserRole, e.number)
            color = STATE_COLORS.get(e.state)
            if color:
                item.setForeground(2, QBrush(QColor(color)))
            if e.visits > 1:
                # Came more than once: the cases the "visit only once" promise failed.
                item.setForeground(5, QBrush(QColor(REVISIT_RED)))
                item.setFont(5, bold)
                item.setToolTip(5, self.tr("The resident came %1 times for this affair").replace(
                    "%1", str(e.visits)))
            for ev in e.events:
                action = pair(ACTION_LABELS.get(ev.kind, (ev.kind, ev.kind)))
                who = f"{ev.actor_name} · {ev.desk}" if ev.desk else ev.actor_name
                colon = LANGUAGE.pick("：", ": ")
                child = QTreeWidgetItem([_when(ev.at), f"{action}{colon}{ev.note}" if ev.note else action, who])
                for col in range(3):
                    child.setForeground(col, QBrush(QColor(EVENT_GREY)))
                if ev.note:
                    child.setToolTip(1, ev.note)
                item.addChild(child)
            self.affairs.addTopLevelItem(item)
            item.setExpanded(e.number in open_numbers or (not open_numbers and i == 0))
        if self.affairs.topLevelItemCount():
            self.affairs.setCurrentItem(self.affairs.topLevelItem(0))

    def _render_visits(self, d: ResidentTimeline) -> None:
        self.visits.clear()
        states = {"planned": self.tr("Planned"), "done": self.tr("Done"), "cancelled": self.tr("Cancelled")}
        for v in d.home_visits:
            item = QTreeWidgetItem([date_text(v.planned_on), v.purpose, states.get(v.state, v.state),
                                    v.staff_name, v.affair_number])
            for entry in v.log:
                outcome = pair(OUTCOME_LABELS.get(entry.outcome, (entry.outcome, entry.outcome)))
                child = QTreeWidgetItem([_when(entry.at), entry.note, outcome, entry.staff_name,
                                         entry.affair_number])
                for col in range(5):
                    child.setForeground(col, QBrush(QColor(EVENT_GREY)))
                item.addChild(child)
            self.visits.addTopLevelItem(item)
            item.setExpanded(True)
