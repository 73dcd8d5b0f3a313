"""Creating or changing a grid area (网格): its name, its staff member, its buildings and units."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.services import grids
from app.services.backoffice_dto import GridInfo
from app.services.context import ServiceContext
from app.services.dto import StaffInfo
from app.services.errors import DomainError
from app.services.permissions import ROLE_LABELS, Role

from ..feedback import error_text
from ..i18n import pair
from .dialogs import label_buttons

# "3", "3-2", "3/2", "3号楼", "3号楼2单元": the ways stations write a building or a unit.
_BLOCK = re.compile(r"^([0-9A-Za-z]+)(?:号楼|栋|号)?(?:[-/]([0-9A-Za-z]+)|([0-9A-Za-z]+)单元)?$")
_SEPARATORS = re.compile(r"[\s,，、;；]+")


def parse_blocks(text: str) -> list[tuple[str, str]]:
    """Building/unit pairs from the worker's lines; raises ValueError naming the first unreadable one."""
    out = []
    for token in _SEPARATORS.split(text.replace("－", "-").replace("—", "-").replace("–", "-")):
        if not token:
            continue
        m = _BLOCK.match(token)
        if not m:
            raise ValueError(token)
        out.append((m.group(1), m.group(2) or m.group(3) or ""))
    return out


def _natural(block: tuple[str, str]) -> tuple:
    # Building 7 before building 10, as on the estate's own signs.
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in block)


def blocks_text(blocks, sep: str = "\n") -> str:
    return sep.join(f"{b}-{u}" if u else b for b, u in sorted(blocks, key=_natural))


class GridDialog(QDialog):
    """Saves through grids.save_grid; `grid_id` holds the saved area's id."""

    def __init__(self, ctx: ServiceContext, staff: list[StaffInfo], grid: GridInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.grid = grid
        self.grid_id: int | None = grid.id if grid else None
        self.staff = [m for m in staff if m.role != Role.ADMIN.value]
        self._build_ui()
        self.retranslate()
        self._wire()
        if grid is not None:
            self.name.setText(grid.name)
            self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(grid.staff_id)))
            self.blocks.setPlainText(blocks_text(grid.blocks))
        self.name.setFocus()

    def _build_ui(self) -> None:
        self.setObjectName("gridDialog")
        self.setModal(True)
        self.setMinimumWidth(480)
        self.name = QLineEdit(objectName="gridName")
        self.name.setMaxLength(grids.NAME_MAX)
        self.staff_combo = QComboBox(objectName="gridStaff")
        self.staff_combo.addItem("", None)
        for m in self.staff:
            self.staff_combo.addItem("", m.id)
        self.blocks = QPlainTextEdit(objectName="gridBlocks")
        self.blocks.setTabChangesFocus(True)
        self.blocks.setMinimumHeight(140)
        self.hint = QLabel(objectName="gridBlocksHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.name_label, self.staff_label, self.blocks_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.staff_label.setBuddy(self.staff_combo)
        self.blocks_label.setBuddy(self.blocks)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.staff_label, self.staff_combo)
        form.addRow(self.blocks_label, self.blocks)
        form.addRow("", self.hint)
        self.message = QLabel(objectName="gridMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, objectName="gridButtons")
        for b in self.buttons.buttons():
            b.setObjectName(self.buttons.objectName() + self.buttons.standardButton(b).name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit grid area") if self.grid else self.tr("New grid area"))
        self.name_label.setText(self.tr("Grid &name"))
        self.staff_label.setText(self.tr("&Grid worker"))
        self.blocks_label.setText(self.tr("&Buildings / units"))
        self.name.setPlaceholderText(self.tr("e.g. 第一网格"))
        self.blocks.setPlaceholderText("3\n5-1\n5-2")
        self.hint.setText(self.tr("One per line: 3 is all of building 3, 3-2 is building 3 unit 2. "
                                  "A building or unit belongs to one grid area only."))
        label_buttons(self.buttons, save=self.tr("Save"), cancel=self.tr("Cancel"))
        self.staff_combo.setItemText(0, self.tr("(nobody yet)"))
        for i, m in enumerate(self.staff, start=1):
            role = pair(ROLE_LABELS.get(m.role, (m.role, m.role)))  # str-valued enum keys match role strings
            self.staff_combo.setItemText(i, f"{m.name}（{role}）")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> bool:
        try:
            blocks = parse_blocks(self.blocks.toPlainText())
        except ValueError as err:
            self.message.setText(self.tr("Cannot read \"%1\": write 3 for building 3, or 3-2 for building 3 unit 2")
                                 .replace("%1", str(err)))
            self.blocks.setFocus()
            return False
        try:
            self.grid_id = grids.save_grid(self.ctx, self.name.text(), self.staff_combo.currentData(), blocks,
                                           grid_id=self.grid_id)
        except DomainError as err:
            self.message.setText(error_text(err))
            return False
        self.accept()
        return True
