"""The read-only table models keep each cell's text once per set of rows: the cache must follow
new rows, a language switch, and the colours the columns give."""
from PySide6.QtCore import Qt

from app.ui.models import Column, RowsModel
from app.ui.reports.preview import ReportTableModel

DISPLAY, FOREGROUND, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole


def test_rows_model_cells_follow_new_rows_and_a_relabel(qapp):
    lang = {"code": "zh"}
    model = RowsModel([
        Column(lambda: "Name", lambda r: r["zh"] if lang["code"] == "zh" else r["en"]),
        Column(lambda: "Visits", lambda r: r["visits"], lambda r: "#b00020" if r["visits"] > 1 else None),
    ])
    model.set_rows([{"zh": "张三", "en": "Zhang San", "visits": 1}, {"zh": "李四", "en": "Li Si", "visits": 3}])
    assert model.data(model.index(0, 0), DISPLAY) == "张三"
    assert model.data(model.index(1, 1), TOOLTIP) == "3"
    assert model.data(model.index(0, 1), FOREGROUND) is None
    assert model.data(model.index(1, 1), FOREGROUND).color().name() == "#b00020"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    lang["code"] = "en"
    assert model.data(model.index(0, 0), DISPLAY) == "张三"  # kept until the view is told
    model.relabel()
    assert model.data(model.index(0, 0), DISPLAY) == "Zhang San"
    model.set_rows([{"zh": "王五", "en": "Wang Wu", "visits": 2}])
    assert model.rowCount() == 1 and model.data(model.index(0, 0), DISPLAY) == "Wang Wu"
    assert model.data(model.index(0, 1), FOREGROUND) is not None


class _Table:
    def __init__(self, headers, rows):
        self.headers, self.rows = headers, rows


def test_report_table_model_texts_follow_each_table(qapp):
    model = ReportTableModel("days")
    model.set_table(_Table(("日期", "受理"), ((1, 5), (2, 7))), "zh")
    assert model.data(model.index(1, 1), DISPLAY) == "7"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == right
    model.set_table(_Table(("日期", "受理"), (("甲", 9),)), "zh")
    assert model.rowCount() == 1 and model.data(model.index(0, 1), DISPLAY) == "9"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) != right
    model.clear()
    assert model.rowCount() == 0
