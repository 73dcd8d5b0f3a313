"""The daily report as an A4 portrait PDF: header, headline figures, charts and every table.

The tables are ``report_tables`` cell for cell (the XLSX and CSV files carry
the same ones).  Long tables flow over pages with their header row repeated;
every page ends with the station code, the masking note and "page x of y".
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .layout import A4_SPEC, GREY, INK, LABEL_BG, LIGHT, Heading, Rule, Styles, esc, fmt_datetime, wrap_text
from .report_charts import category_chart, satisfaction_chart, trend_chart
from .report_data import Report
from .report_tables import (
    YES,
    ReportTable,
    check_lang,
    display,
    headline_figures,
    range_text,
    report_tables,
    report_title,
)

# Narrower margins and smaller type than the certificate: a report is tables.
REPORT_SPEC = replace(
    A4_SPEC, name="A4-report", border_x=10 * mm, border_y=10 * mm, content_x=16 * mm,
    content_top=17 * mm, content_bottom=18 * mm, base=9, leading=12.5, small=7.5,
    station=14, title=16, title_space=1, number=15,
)

CELL_SIZE = 8
OVERDUE_SIZE = 7.5
PAD = 3
ZEBRA = colors.Color(0.97, 0.97, 0.97)

_WORDS = {
    "code": ("站点代码", "Station code"),
    "address": ("地址", "Address"),
    "phone": ("电话", "Phone"),
    "range": ("统计区间", "Period"),
    "as_of": ("超期统计截至", "Overdue as of"),
    "by": ("制表", "Prepared by"),
    "at": ("生成时间", "Generated"),
    "masked": ("身份证号、电话已脱敏", "ID numbers and phones are masked"),
    "none": ("无", "None"),
    "no_overdue": ("无超期未办结事项", "No overdue affairs"),
    "urgent": ("加急", "Urgent"),
    "continued": ("（续）", " (continued)"),
}

# The overdue list has 13 columns; A4 portrait takes 6 with the fields stacked in them.
_OVERDUE_GROUPS = ((0, 1), (2, 3, 4), (5, 6), (7, 8), (9, 12), (10, 11))
_OVERDUE_WIDTHS = (0.172, 0.16, 0.23, 0.105, 0.095, 0.238)


def _word(key: str, lang: str) -> str:
    return _WORDS[key][check_lang(lang)]


def page_label(page: int, total: int, lang: str) -> str:
    return f"第 {page} 页 / 共 {total} 页" if lang == "zh" else f"Page {page} of {total}"


# -- page furniture -------------------------------------------------------------


def _draw_furniture(c: Canvas, page: int, total: int, *, report: Report, lang: str, font: str) -> None:
    spec = REPORT_SPEC
    w, h = c._pagesize
    left, right = spec.content_x, w - spec.content_x
    size = spec.small
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(font, size)
    if page > 1:  # which report a loose page belongs to
        top = h - spec.content_top + 4 * mm
        c.drawString(left, top, report_title(report, lang) + _word("continued", lang))
        c.drawRightString(right, top, report.station.name)
    rule_y = spec.content_bottom - 4 * mm
    c.setStrokeColor(LIGHT)
    c.setLineWidth(0.4)
    c.line(left, rule_y, right, rule_y)
    y = rule_y - 3.6 * mm
    sep = "：" if lang == "zh" else ": "
    c.drawString(left, y, f"{_word('code', lang)}{sep}{report.station.code}")
    if report.masked:
        c.drawCentredString(w / 2, y, _word("masked", lang))
    c.drawRightString(right, y, page_label(page, total, lang))
    c.restoreState()


class _ReportCanvas(Canvas):
    """Holds the pages back until the end, so every footer knows the page count."""

    def __init__(self, *args, furniture, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab API)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._furniture(self, self._pageNumber, total)
            Canvas.showPage(self)
        Canvas.save(self)


# -- tables ---------------------------------------------------------------------


def _numeric(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text wrapped to the column as lines of a plain table cell (far cheaper than a Paragraph)."""
    if stringWidth(text, font, size) <= width and "\n" not in text:
        return text
    # one character short: wrap_text lets a closing "）" or "，" hang past the line
    return "\n".join(wrap_text(text, font, size, width - size))


def _grid_style(font: str, size: float, aligns: list[str], rows: int) -> TableStyle:
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), font),  # otherwise Helvetica, which has no Chinese
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, LIGHT),
    ]
    for col, align in enumerate(aligns):
        cmds.append(("ALIGN", (col, 0), (col, -1), align))
    if rows > 6:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]))
    return TableStyle(cmds)



def _column_aligns(table: ReportTable) -> list[str]:
    aligns = []
    for col in range(len(table.headers)):
        values = [row[col] for row in table.rows if row[col] is not None]
        aligns.append("RIGHT" if all(_numeric(v) for v in values) else "LEFT")  # "—" stands for a figure
    return aligns


# the five breakdowns share one grid, so their columns line up down the page
_BREAKDOWN_WIDTHS = (0.35, 0.13, 0.13, 0.13, 0.13, 0.13)


def _widths(table: ReportTable, total: float, font: str, size: float) -> list[float]:
    """Columns as wide as their widest cell; a first column of names takes the room left over."""
    if table.key.startswith("by_") and len(table.headers) == len(_BREAKDOWN_WIDTHS):
        return [total * f for f in _BREAKDOWN_WIDTHS]
    natural = []
    for col, header in enumerate(table.headers):
        head = max(stringWidth(line, font, size) for line in header.split("\n"))
        texts = {display(row[col]) for row in table.rows}  # a year of days repeats the same few numbers
        cells = max((stringWidth(t, font, size) for t in texts), default=0)
        natural.append(max(head, cells) + 2 * PAD + 2)
    names_first = any(isinstance(row[0], str) for row in table.rows)
    if len(natural) <= 3 and not names_first:
        total = min(total, max(sum(natural), total * 0.5))  # a short list of figures: no page-wide gaps
    spare = total - sum(natural)
    if spare < 0:  # too wide: squeeze the names, which wrap, and never the figures
        first = max(natural[0] + spare, total * 0.25)
        rest = sum(natural[1:])
        return [first, *(w * (total - first) / rest for w in natural[1:])]
    if names_first:
        figures = [w + min(spare / len(natural), 40) for w in natural[1:]]
        return [total - sum(figures), *figures]
    return [w + spare / len(natural) for w in natural]


def _plain_table(table: ReportTable, st: Styles, lang: str) -> Table:
    font, size = st.font, CELL_SIZE
    widths = _widths(table, st.spec.content_width, font, size)
    aligns = _column_aligns(table)
    head = [_fit(h, font, size, w - 2 * PAD) for h, w in zip(table.headers, widths)]
    body = [
        [_fit(display(v, lang), font, size, w - 2 * PAD) if isinstance(v, str) else display(v, lang)
         for v, w in zip(row, widths)]
        for row in table.rows
    ]
    return Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT",
                 style=_grid_style(font, size, aligns, len(body)))


def _summary_table(table: ReportTable, st: Styles, lang: str) -> Table:
    """Nineteen figures as two name/value column pairs: half the height of one long list."""
    font, size = st.font, CELL_SIZE
    total = st.spec.content_width
    value_w = total * 0.16
    name_w = total / 2 - value_w
    half = (len(table.rows) + 1) // 2
    left, right = table.rows[:half], table.rows[half:]
    data = [[*table.headers, *table.headers]]
    for k in range(half):
        cells: list[str] = []
        for part in (left, right):
            if k < len(part):
                name, value = part[k]
                cells += [_fit(str(name), font, size, name_w - 2 * PAD), display(value, lang)]
            else:
                cells += ["", ""]
        data.append(cells)
    style = _grid_style(font, size, ["LEFT", "RIGHT", "LEFT", "RIGHT"], len(data) - 1)
    style.add("LINEBEFORE", (2, 0), (2, -1), 0.6, INK)
    return Table(data, colWidths=[name_w, value_w, name_w, value_w], repeatRows=1, style=style)


def _overdue_table(table: ReportTable, st: Styles, lang: str) -> Table:
    font, size = st.font, OVERDUE_SIZE
    total = st.spec.content_width
    widths = [total * f for f in _OVERDUE_WIDTHS]
    urgent_col, yes = 12, YES[check_lang(lang)]

    def cell(row, group, width) -> str:
        lines = []
        for col in group:
            value = row[col]
            if col == urgent_col:  # a tag on the urgent ones rather than a yes/no on every row
                if value == yes:
                    lines.append(_word("urgent", lang))
                continue
            text = display(value, lang)
            lines.append(_fit(text, font, size, width - 2 * PAD) if isinstance(value, str) else text)
        return "\n".join(line for line in lines if line)

    head = ["\n".join(_fit(table.headers[c], font, size, w - 2 * PAD) for c in group)
            for group, w in zip(_OVERDUE_GROUPS, widths)]
    body = [[cell(row, group, w) for group, w in zip(_OVERDUE_GROUPS, widths)] for row in table.rows]
    aligns = ["LEFT", "LEFT", "LEFT", "RIGHT", "LEFT", "LEFT"]
    style = _grid_style(font, size, aligns, len(body))
    style.add("INNERGRID", (0, 1), (-1, -1), 0.35, LIGHT)
    return Table([head, *body], colWidths=widths, repeatRows=1, style=style)


def _table_flowables(table: ReportTable, st: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(esc(table.title), st.section)]
    if not table.rows:
        out.append(Paragraph(esc(_word("no_overdue" if table.key == "overdue" else "none", lang)), st.hint))
        return out
    if table.key == "summary":
        tbl = _summary_table(table, st, lang)
    elif table.key == "overdue":
        tbl = _overdue_table(table, st, lang)
    else:
        tbl = _plain_table(table, st, lang)
    tbl.spaceBefore = 1
    tbl.spaceAfter = 4
    out.append(tbl)
    return out


# -- head of the first page -------------------------------------------------------


def _header(report: Report, st: Styles, lang: str) -> list[Flowable]:
    spec = st.spec
    s = report.station
    sep = "：" if lang == "zh" else ": "
    gap = "&nbsp;" * 5  # a paragraph folds plain spaces into one
    contact = gap.join(esc(p) for p in (
        f"{_word('code', lang)}{sep}{s.code}" if s.code else "",
        f"{_word('address', lang)}{sep}{s.address}" if s.address else "",
        f"{_word('phone', lang)}{sep}{s.phone}" if s.phone else "",
    ) if p)
    n_days = (report.day_to - report.day_from).days + 1
    span = range_text(report, lang)
    if n_days > 1:
        span += f"（{n_days} 天）" if lang == "zh" else f" ({n_days} days)"
    facts = gap.join(esc(p) for p in (
        f"{_word('range', lang)}{sep}{span}",
        f"{_word('as_of', lang)}{sep}{report.as_of.isoformat()}",
        f"{_word('by', lang)}{sep}{report.generated_by}",
        f"{_word('at', lang)}{sep}{fmt_datetime(report.generated_at)}",
    ))
    return [
        Heading(s.name, st.font, spec.station, stroke=0.3, space_after=1),
        Paragraph(contact, st.small_centre),
        Rule(double=True, space_before=3, space_after=spec.leading * 0.6),
        Heading(report_title(report, lang), st.font, spec.title, char_space=spec.title_space,
                stroke=0.45, space_after=2),
        Paragraph(facts, st.small_centre),
        Spacer(1, spec.leading * 0.6),
    ]


def _headline(report: Report, st: Styles, lang: str) -> Table:
    figures = headline_figures(report, lang)
    n = len(figures)
    width = st.spec.content_width / n
    names = [_fit(name, st.font, 7.5, width - 4) for name, _ in figures]
    values = [display(v, lang) for _, v in figures]
    tbl = Table([values, names], colWidths=[width] * n, style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("FONTSIZE", (0, 0), (-1, 0), st.spec.number),
        ("LEADING", (0, 0), (-1, 0), st.spec.number * 1.2),
        ("FONTSIZE", (0, 1), (-1, 1), 7.5),
        ("LEADING", (0, 1), (-1, 1), 9),
        ("TEXTCOLOR", (0, 1), (-1, 1), GREY),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.3, LIGHT),
        ("BACKGROUND", (0, 0), (-1, -1), LABEL_BG),
        ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("TOPPADDING", (0, 1), (-1, 1), 1), ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
    ]))
    tbl.spaceAfter = st.spec.leading * 0.8
    return tbl


def _charts(report: Report, st: Styles, lang: str) -> list[Flowable]:
    total = st.spec.content_width
    gap = 6 * mm
    left_w = (total - gap) * 0.6
    right_w = total - gap - left_w
    cats = category_chart(report, left_w, st.font, lang)
    sats = satisfaction_chart(report, right_w, cats.height, st.font, lang)
    row = Table([[cats, "", sats]], colWidths=[left_w, gap, right_w], style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    row.spaceAfter = st.spec.leading * 0.8
    out: list[Flowable] = [row]
    if not report.single_day:  # one day's bar says nothing the headline does not
        trend = trend_chart(report, total, st.font, lang)
        out += [trend, Spacer(1, st.spec.leading * 0.4)]
    return out


def _flowables(report: Report, st: Styles, lang: str) -> list[Flowable]:
    out = _header(report, st, lang)
    out.append(_headline(report, st, lang))
    out += _charts(report, st, lang)
    for table in report_tables(report, lang):
        out += _table_flowables(table, st, lang)
    return out


def report_pdf_bytes(report: Report, lang: str = "zh") -> bytes:
    """The daily (or range) report as A4 portrait PDF bytes, in ``lang`` ("zh" or "en") only."""
    if not isinstance(report, Report):
        raise TypeError(f"expected Report, got {type(report).__name__}")
    check_lang(lang)
    spec = REPORT_SPEC
    font = register_cjk_font()
    st = Styles(spec, font)
    buf = BytesIO()
    title = report_title(report, lang)
    doc = BaseDocTemplate(
        buf,
        pagesize=(spec.width, spec.height),
        leftMargin=spec.content_x, rightMargin=spec.content_x,
        topMargin=spec.content_top, bottomMargin=spec.content_bottom,
        title=title,
        subject=report.station.code,
        author=report.station.name,
        creator="One Window 一窗通",
        producer="One Window 一窗通 (reportlab)",
        lang="zh-CN" if lang == "zh" else "en",
        initialFontName=font,  # no stray (non-embedded) Helvetica reference
    )
    frame = Frame(spec.content_x, spec.content_bottom, spec.content_width,
                  spec.height - spec.content_top - spec.content_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="content")
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    furniture = partial(_draw_furniture, report=report, lang=lang, font=font)
    doc.build(_flowables(report, st, lang), canvasmaker=partial(_ReportCanvas, furniture=furniture))
    return buf.getvalue()
