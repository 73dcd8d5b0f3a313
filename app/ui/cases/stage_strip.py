"""The six steps of a case as a strip of labels, the current one highlighted."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.services.cases import STAGE_LABELS, STAGE_SHORT, STEPS

from ..i18n import pair

_STYLE = {
    "done": "background: #e8f5e9; color: #1b5e20; border: 1px solid #b7dfb9;",
    "current": "background: #1565c0; color: white; font-weight: bold; border: 1px solid #0d47a1;",
    "todo": "background: #f4f5f7; color: #78909c; border: 1px solid #dde1e6;",
}


class StageStrip(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="caseStageStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.steps: dict[str, QLabel] = {}
        for stage in STEPS:
            label = QLabel(objectName=f"caseStep_{stage}")
            label.setMinimumHeight(30)
            self.steps[stage] = label
            layout.addWidget(label, 1)
        self.stage = ""
        self.relabel()

    def set_stage(self, stage: str) -> None:
        self.stage = stage
        self.relabel()

    def state_of(self, step: str) -> str:
        """done | current | todo; every step is done once the case is closed."""
        if not self.stage:
            return "todo"
        here = len(STEPS) if self.stage == "closed" else STEPS.index(self.stage)
        at = STEPS.index(step)
        return "done" if at < here else ("current" if at == here else "todo")

    def relabel(self) -> None:
        for i, (stage, label) in enumerate(self.steps.items(), start=1):
            state = self.state_of(stage)
            mark = "✓ " if state == "done" else f"{i} "
            label.setText(mark + pair(STAGE_SHORT[stage]))
            label.setProperty("step", state)
            label.setStyleSheet(f"QLabel {{ {_STYLE[state]} border-radius: 3px; padding: 4px 8px; }}")
            label.setToolTip(pair(STAGE_LABELS[stage]))
