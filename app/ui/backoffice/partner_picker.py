"""Choosing departments and partners: a list to narrow by typing, where several may be ticked."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.dto import PartnerInfo

from ..i18n import pair
from .common import PARTNER_KIND_LABELS, label

CODE_ROLE = Qt.ItemDataRole.UserRole


class PartnerPicker(QWidget):
    """Type to narrow the list (name, code or pinyin initials), Enter or Space ticks; several may be ticked."""

    changed = Signal()

    def __init__(self, partners: Sequence[PartnerInfo], busy: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        # The subdistrict's departments take most dispatches: they come first, then by kind.
        kinds = list(PARTNER_KIND_LABELS)
        self.partners = sorted(partners, key=lambda p: kinds.index(p.kind) if p.kind in kinds else len(kinds))
        self.show_kind = len({p.kind for p in self.partners}) > 1
        self.busy = set(busy)
        self.order: list[str] = []  # ticked codes, in the order they were ticked
        self._initials: dict[str, str] | None = None
        self._build_ui()
        self.retranslate()
        self.filter.textChanged.connect(self.apply_filter)
        self.list.itemChanged.connect(self._ticked)
        self.list.itemActivated.connect(self.toggle)
        self.filter.installEventFilter(self)

    def _build_ui(self) -> None:
        self.setObjectName("partnerPicker")
        self.filter = QLineEdit(objectName="partnerFilter")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="partnerList")
        self.list.setMinimumHeight(200)
        for p in self.partners:
            item = QListWidgetItem()
            item.setData(CODE_ROLE, p.code)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if p.code in self.busy:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.chosen = QLabel(objectName="partnerChosen")
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to filter: name, code or pinyin initials; Enter ticks"))
        waiting = self.tr("already dispatched, waiting for the answer")
        for i, p in enumerate(self.partners):
            item = self.list.item(i)
            kind = f"  · {label(PARTNER_KIND_LABELS, p.kind)}" if self.show_kind else ""
            item.setText(pair((p.name_zh, p.name_en)) + kind)
            busy = f" — {waiting}" if p.code in self.busy else ""
            item.setToolTip(f"{p.code} · {p.phone} · {p.address}{busy}")
        self._show_chosen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # The caret stays in the filter: arrows move the highlight, Enter ticks, as on the desk's searches.
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                item = self.list.currentItem()
                if item is not None and not item.isHidden():
                    self.toggle(item)
                    self.filter.selectAll()
                return True
        return super().eventFilter(obj, event)

    def _matches(self, p: PartnerInfo, text: str) -> bool:
        if not text:
            return True
        if text in p.name_zh or text in p.name_en.lower() or text in p.code.lower():
            return True
        if text.isascii() and text.isalpha():
            if self._initials is None:
                from app.services.pinyin import initials  # loads pypinyin: only once someone types letters

                self._initials = {q.code: initials(q.name_zh) for q in self.partners}
            return text in self._initials[p.code]
        return False

    def apply_filter(self, text: str) -> None:
        text = text.strip().lower()
        first = None
        for i, p in enumerate(self.partners):
            item = self.list.item(i)
            hidden = not self._matches(p, text)
            item.setHidden(hidden)
            if not hidden and first is None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _move(self, step: int) -> None:
        visible = [i for i in range(self.list.count()) if not self.list.item(i).isHidden()]
        if not visible:
            return
        row = self.list.currentRow()
        pos = visible.index(row) + step if row in visible else 0
        self.list.setCurrentRow(visible[max(0, min(len(visible) - 1, pos))])

    def toggle(self, item: QListWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _ticked(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        if item.checkState() == Qt.CheckState.Checked and code not in self.order:
            self.order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self.order:
            self.order.remove(code)
        self._show_chosen()
        self.changed.emit()

    def set_checked(self, codes: Sequence[str]) -> None:
        first = None
        for i, p in enumerate(self.partners):
            item = self.list.item(i)
            if p.code in codes and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked)
                first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
            self.list.scrollToItem(first)

    def codes(self) -> list[str]:
        return list(self.order)

    def _show_chosen(self) -> None:
        names = {p.code: pair((p.name_zh, p.name_en)) for p in self.partners}
        chosen = "、".join(names[c] for c in self.order) or "—"
        self.chosen.setText(self.tr("Chosen: %1").replace("%1", chosen))
