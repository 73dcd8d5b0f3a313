"""The pages of the resident import: the file, what each column holds, the dry run, the outcome.
Each page lays itself out and re-labels itself; the dialog (dialog.py) moves between them and runs
the service calls."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from app.services import residents_io
from app.services.residents_io import ImportPlan, MappingCheck, PlanRow

from ..i18n import pair
from ..models import Column, RowsModel
from ..search_list import setup_results_table

ERROR_RED = "#b00020"
WARN_AMBER = "#8a5a00"
OK_GREEN = "#1b5e20"
ACTION_COLOURS = {"create": OK_GREEN, "update": "#0d47a1", "skip": "#757575", "invalid": ERROR_RED}


class _Page(QWidget):
    """A step of the import; each page defines retranslate() for its own labels."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _wrapping(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    return label


class FilePage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._build_ui()
        self.retranslate()

    def _build_ui(self) -> None:
        self.setObjectName("importFilePage")
        self.intro = _wrapping("importFileIntro")
        self.path_label = QLabel(objectName="importPathLabel")
        self.path = QLineEdit(objectName="importPath")
        self.path.setClearButtonEnabled(True)
        self.path_label.setBuddy(self.path)
        self.browse_button = QPushButton(objectName="importBrowseButton")
        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.format_note = _wrapping("importFormatNote")
        self.format_note.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.format_note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Bring in the residents and households the station already keeps in a spreadsheet. Nothing is "
            "written until the last step, and only after a dry run has shown what would happen to each row."))
        self.path_label.setText(self.tr("&File:"))
        self.path.setPlaceholderText(self.tr("Path of an .xlsx or .csv file"))
        self.browse_button.setText(self.tr("&Choose… (Ctrl+O)"))
        self.format_note.setText(self.tr(
            "Excel (.xlsx, the first sheet) or CSV (UTF-8 or GBK, as Excel saves it). The first row holds the "
            "column names, e.g. 姓名, 身份证号, 电话, 楼号, 单元, 门牌号, 与户主关系, 标签; the next step lets you "
            "say what any other column holds. At most %1 residents and %2 MB per file. An old .xls file: "
            "save it as .xlsx in Excel first.")
            .replace("%1", str(residents_io.MAX_ROWS)).replace("%2", str(residents_io.MAX_BYTES // 2**20)))


class MappingPage(_Page):
    """One line per column of the sheet: its header, a few values, and what it is imported as."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = residents_io.target_fields()
        self.columns: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []
        self.headers: list[QLabel] = []
        self._build_ui()
        self.retranslate()

    def _build_ui(self) -> None:
        self.setObjectName("importMappingPage")
        self.intro = _wrapping("importMappingIntro")
        self.head_column = QLabel(objectName="importMapHeadColumn")
        self.head_samples = QLabel(objectName="importMapHeadSamples")
        self.head_field = QLabel(objectName="importMapHeadField")
        heads = QHBoxLayout()
        for label, stretch in ((self.head_column, 2), (self.head_samples, 4), (self.head_field, 3)):
            label.setStyleSheet("font-weight: bold")
            heads.addWidget(label, stretch)
        self.scroll = QScrollArea(objectName="importMapScroll")
        self.scroll.setWidgetResizable(True)
        self.grid_widget = QWidget(objectName="importMapGrid")
        self.scroll.setWidget(self.grid_widget)
        self.status = _wrapping("importMappingStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(heads)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)

    def set_sheet(self, columns: tuple[str, ...], samples: tuple[tuple[str, ...], ...],
                  mapping: dict[str, str]) -> None:
        """Lay out the columns of a newly read file, each combo set to `mapping` (column -> field)."""
        self.columns = tuple(columns)
        grid_widget = QWidget(objectName="importMapGrid")
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 3)
        self.combos, self.headers = [], []
        seen: set[str] = set()
        for i, (column, values) in enumerate(zip(self.columns, samples)):
            header = QLabel(column, objectName=f"importMapColumn{i}")
            header.setWordWrap(True)
            sample = QLabel(" · ".join(values), objectName=f"importMapSamples{i}")
            sample.setStyleSheet("color: #555")
            sample.setWordWrap(True)
            combo = QComboBox(objectName=f"importMapField{i}")
            combo.addItem("", "")
            for field in self.fields:
                combo.addItem("", field.code)
            # The service finds a cell by its column's name: a column without one of its own cannot be given.
            combo.setProperty("usable", bool(column) and column not in seen)
            combo.setEnabled(combo.property("usable"))
            seen.add(column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, ""))) if combo.isEnabled() else 0)
            combo.currentIndexChanged.connect(self._changed)
            combo.installEventFilter(self)
            header.setBuddy(combo)
            grid.addWidget(header, i, 0)
            grid.addWidget(sample, i, 1)
            grid.addWidget(combo, i, 2)
            self.headers.append(header)
            self.combos.append(combo)
        grid.setRowStretch(len(self.columns), 1)
        self.scroll.setWidget(grid_widget)  # the scroll area deletes the previous file's grid
        self.grid_widget = grid_widget
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        # The wheel over a combo it merely passes would change a column's field while scrolling the list.
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox) and not watched.hasFocus():
            QCoreApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False

    def mapping(self) -> dict[str, str]:
        """column -> field for every usable column; "" for the ignored ones (so no guess overrides them)."""
        return {column: combo.currentData() or "" for column, combo in zip(self.columns, self.combos)
                if combo.property("usable")}

    def check(self) -> MappingCheck:
        return residents_io.check_mapping(self.mapping())

    def first_combo(self) -> QComboBox | None:
        return next((c for c in self.combos if c.isEnabled()), None)

    def _changed(self, _index: int) -> None:
        self._show_status()
        self.changed.emit()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Say what each column of the file holds. Recognised column names are filled in already; "
            "columns left at \"(ignore)\" are not imported. Fields marked * are required."))
        self.head_column.setText(self.tr("Column in the file"))
        self.head_samples.setText(self.tr("First values (ID numbers and phones masked)"))
        self.head_field.setText(self.tr("Import as"))
        for combo in self.combos:
            combo.setItemText(0, self.tr("(ignore)"))
            for i, field in enumerate(self.fields, start=1):
                combo.setItemText(i, pair((field.zh, field.en)) + (" *" if field.required else ""))
            combo.setToolTip("" if combo.property("usable") else self.tr(
                "This column has no name of its own (empty, or the same as an earlier column): give it a "
                "name of its own in the file to import it."))
        for header, column in zip(self.headers, self.columns):
            if not column:
                header.setText(self.tr("(no name)"))
        self._show_status()

    def _label(self, code: str) -> str:
        return pair(residents_io.FIELD_LABELS[code])

    def _show_status(self) -> None:
        if not self.columns:
            self.status.clear()
            return
        check = self.check()
        lines = []
        if check.missing:
            lines.append(self.tr("Required, but no column is chosen for it: %1")
                         .replace("%1", "、".join(self._label(f) for f in check.missing)))
        for field, columns in check.doubled:
            lines.append(self.tr("%1 is chosen for several columns (%2): choose it for one only.")
                         .replace("%1", self._label(field)).replace("%2", "、".join(columns)))
        if check.partial_address:
            lines.append(self.tr("Building, unit and room are imported together; also choose: %1. Otherwise "
                                 "every row with part of an address is refused.")
                         .replace("%1", "、".join(self._label(f) for f in check.partial_address)))
        if not lines:
            used = sum(1 for field in self.mapping().values() if field)
            lines.append(self.tr("Ready for the dry run: %1 of %2 columns are imported, the others ignored.")
                         .replace("%1", str(used)).replace("%2", str(len(self.columns))))
        colour = ERROR_RED if not check.ok else WARN_AMBER if check.partial_address else OK_GREEN
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.status.setText("\n".join(lines))


class DryRunPage(_Page):
    """What the import would do with each row, and why a row cannot be imported."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._build_ui()
        self.retranslate()
        self.only_problems.toggled.connect(lambda _on: self._show_rows())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

    def _build_ui(self) -> None:
        self.setObjectName("importDryRunPage")
        self.counts = {key: QLabel(objectName=f"importCount_{key}") for key in ("create", "update", "skip", "invalid")}
        tiles = QHBoxLayout()
        for label in self.counts.values():
            label.setProperty("role", "card")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tiles.addWidget(label, 1)
        self.explain = _wrapping("importDryRunExplain")
        self.only_problems = QCheckBox(objectName="importOnlyProblems")
        self.recheck_button = QPushButton(objectName="importRecheckButton")
        bar = QHBoxLayout()
        bar.addWidget(self.only_problems)
        bar.addStretch(1)
        bar.addWidget(self.recheck_button)
        self.model = RowsModel([
            Column(lambda: self.tr("Row"), lambda r: r.row_no),
            Column(lambda: self.tr("Would be"), self._action, lambda r: ACTION_COLOURS[r.action]),
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Document number"), lambda r: r.id_masked),
            Column(lambda: self.tr("Details"), self._details, lambda r: ACTION_COLOURS[r.action]
                   if r.action == "invalid" else None),
        ], self)
        self.table = QTableView(objectName="importPlanTable")
        setup_results_table(self.table, self.model)
        self.detail = _wrapping("importRowDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addWidget(self.explain)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        if not plan.counts.get("invalid"):
            self.only_problems.setChecked(False)
        self._show_counts()
        self._show_rows()

    @property
    def importable(self) -> bool:
        """All or nothing: no row with an error, and something to add or change."""
        counts = self.plan.counts if self.plan else {}
        return bool(self.plan) and not counts["invalid"] and counts["create"] + counts["update"] > 0

    def _show_rows(self) -> None:
        rows = self.plan.rows if self.plan else ()
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.action == "invalid"]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.model.row(self.table.currentIndex().row())
        self.detail.setVisible(bool(row and (row.errors or row.changes)))
        if row is not None:
            self.detail.setText(self.tr("Row %1: %2").replace("%1", str(row.row_no)).replace("%2", self._details(row)))

    def _action(self, row: PlanRow) -> str:
        return {"create": self.tr("New"), "update": self.tr("Updated"), "skip": self.tr("Unchanged"),
                "invalid": self.tr("Has errors")}[row.action]

    def _details(self, row: PlanRow) -> str:
        if row.errors:
            return pair(("；", "; ")).join(row.errors)
        if row.changes:
            return self.tr("changes: %1").replace(
                "%1", "、".join(pair(residents_io.FIELD_LABELS[c]) for c in row.changes))
        return ""

    def _show_counts(self) -> None:
        counts = self.plan.counts if self.plan else {"create": 0, "update": 0, "skip": 0, "invalid": 0}
        labels = {"create": self.tr("New residents"), "update": self.tr("Updated"), "skip": self.tr("Unchanged"),
                  "invalid": self.tr("Rows with errors")}
        for key, label in self.counts.items():
            label.setText(f"{labels[key]}\n{counts[key]}")
            colour = ERROR_RED if key == "invalid" and counts[key] else ACTION_COLOURS[key]
            label.setStyleSheet(f"color: {colour}; font-size: 13pt; font-weight: bold")
        if counts["invalid"]:
            self.explain.setStyleSheet(f"color: {ERROR_RED}")
            self.explain.setText(self.tr(
                "Nothing has been written. A file is imported whole or not at all, so Import stays disabled "
                "while any row has an error. Correct the rows named below in the file (row numbers as Excel "
                "shows them), save it, and press Check again (F5)."))
        elif self.plan and not counts["create"] + counts["update"]:
            self.explain.setStyleSheet("")
            self.explain.setText(self.tr(
                "Nothing has been written, and there is nothing to import: every resident in the file is "
                "registered already, as the file has them."))
        else:
            self.explain.setStyleSheet("")
            self.explain.setText(self.tr(
                "Nothing has been written yet. Import registers the new residents and updates the changed ones "
                "in one step; unchanged rows are left alone, and an empty cell never erases what is stored."))

    def retranslate(self) -> None:
        self.only_problems.setText(self.tr("Only &problems"))
        self.recheck_button.setText(self.tr("Check &again (F5)"))
        self.recheck_button.setToolTip(self.tr("Read the file again, after correcting it"))
        self.model.relabel()
        self._show_counts()
        self._show_detail()


class ResultPage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict | None = None
        self.error = ""
        self._build_ui()
        self.retranslate()

    def _build_ui(self) -> None:
        self.setObjectName("importResultPage")
        self.headline = _wrapping("importResultHeadline")
        self.headline.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.note = _wrapping("importResultNote")
        self.detail = QPlainTextEdit(objectName="importResultDetail")
        self.detail.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        layout.addWidget(self.detail, 1)
        layout.addStretch(0)  # takes the room only while the detail is hidden: the outcome stays on top

    def show_done(self, counts: dict) -> None:
        self.counts, self.error = counts, ""
        self.retranslate()

    def show_working(self) -> None:
        self.counts, self.error = None, ""
        self.retranslate()

    def show_failed(self, text: str) -> None:
        self.counts, self.error = None, text
        self.retranslate()

    def retranslate(self) -> None:
        if self.error:
            self.headline.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {ERROR_RED}")
            self.headline.setText(self.tr("The import was refused. Nothing was written: no resident was added "
                                          "or changed."))
            self.note.setText(self.tr("Correct the file and check it again (Back), or close."))
            self.detail.setPlainText(self.error)
            self.detail.show()
        elif self.counts is not None:
            self.headline.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {OK_GREEN}")
            self.headline.setText(self.tr("Imported: %1 new residents, %2 updated, %3 unchanged.")
                                  .replace("%1", str(self.counts["create"]))
                                  .replace("%2", str(self.counts["update"]))
                                  .replace("%3", str(self.counts["skip"])))
            self.note.setText(self.tr(
                "The residents can be found at the desk now. The import is one entry in the audit log."))
            self.detail.hide()
        else:
            self.headline.setStyleSheet("font-size: 14pt; font-weight: bold")
            self.headline.setText(self.tr("Importing… please wait."))
            self.note.setText(self.tr("All rows are written in one step, or none."))
            self.detail.hide()
