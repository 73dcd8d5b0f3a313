"""Shared layout machinery for the printed slips (pure reportlab).

Both papers use the same flowable pipeline:

* ``A5`` -- portrait pages; the content flows onto more pages if needed.
* ``roll80`` -- an 80 mm thermal roll (~72 mm printable).  The page height
  is computed from the content so the slip is one piece and nothing is cut.

Every page gets a thin double frame; page decorations (frame, running
header, footer, "page x of y") are drawn after the layout is known by a
deferred-page canvas.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph as _paragraph_module
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .errors import PrintingError
from .fonts import register_cjk_font

# reportlab's CJK line breakers know 、。） but not the full-width ，；：！？》”,
# so Chinese paragraphs could start a line with a comma.  Both breakers read
# a module global at wrap time; extending it is the only hook there is.
for _module in (_textsplit, _paragraph_module):
    _module.ALL_CANNOT_START += "".join(
        ch for ch in "，；：！？》」』”’" if ch not in _module.ALL_CANNOT_START
    )
del _module

# Acrobat's page-size limit (200 in); a roll longer than that flows on.
MAX_PAGE_HEIGHT = 14400.0

INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
LIGHT = colors.Color(0.6, 0.6, 0.6)
LABEL_BG = colors.Color(0.94, 0.94, 0.94)


# --------------------------------------------------------------------------
# Paper geometry and type sizes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperSpec:
    name: str
    width: float
    height: float | None  # None: computed from content (roll)
    border_x: float  # frame inset from the left/right page edge
    border_y: float  # frame inset from the top/bottom page edge
    content_x: float  # content inset from the left/right page edge
    content_top: float  # content inset from the top edge
    content_bottom: float  # content inset from the bottom edge
    base: float  # body font size
    leading: float
    small: float
    station: float
    title: float
    title_space: float  # extra character spacing for the title
    number: float
    qr: float  # QR code side
    boxed: bool  # grid table with shaded labels (A5) or plain rows (roll)
    two_column_fields: bool
    page_footer: bool  # footer drawn on every page (A5) vs. in the flow (roll)

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.content_x


A5_SPEC = PaperSpec(
    name="A5",
    width=A5[0],
    height=A5[1],
    border_x=8 * mm,
    border_y=8 * mm,
    content_x=14 * mm,
    content_top=15.5 * mm,
    content_bottom=19 * mm,
    base=9.5,
    leading=13.5,
    small=7.5,
    station=13,
    title=19,
    title_space=8,
    number=14,
    qr=21 * mm,
    boxed=True,
    two_column_fields=True,
    page_footer=True,
)

ROLL80_SPEC = PaperSpec(
    name="roll80",
    width=80 * mm,
    height=None,
    border_x=4.5 * mm,  # inside the ~72 mm printable band
    border_y=3 * mm,
    content_x=7 * mm,
    content_top=6.5 * mm,
    content_bottom=6.5 * mm,
    base=8.5,
    leading=12.5,
    small=7,
    station=10,
    title=15,
    title_space=4,
    number=11.5,
    qr=28 * mm,
    boxed=False,
    two_column_fields=False,
    page_footer=False,
)

SPECS = {"A5": A5_SPEC, "roll80": ROLL80_SPEC}

# Certificates only: not a choice for the slips, so not in SPECS.
A4_SPEC = PaperSpec(
    name="A4",
    width=A4[0],
    height=A4[1],
    border_x=12 * mm,
    border_y=12 * mm,
    content_x=25 * mm,
    content_top=24 * mm,
    content_bottom=30 * mm,
    base=14,
    leading=28,
    small=9,
    station=16,
    title=28,
    title_space=18,
    number=11,
    qr=28 * mm,
    boxed=True,
    two_column_fields=True,
    page_footer=True,
)


def paper_spec(paper: str) -> PaperSpec:
    try:
        return SPECS[paper]
    except KeyError:
        raise PrintingError(
            f"不支持的纸张类型：{paper!r}（可选 A5、roll80） / "
            f"Unsupported paper {paper!r} (expected 'A5' or 'roll80')"
        ) from None


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------


def esc(text: object) -> str:
    """Escape plain data for reportlab's paragraph mini-markup."""
    return escape(str(text)).replace("\n", "<br/>")


def fmt_datetime(value: datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}"


def fmt_date_cn(value: date) -> str:
    return f"{value.year:04d}年{value.month:02d}月{value.day:02d}日"


_TOKEN = re.compile(r"[A-Za-z0-9._@/+-]+|\s+|.", re.S)
_NO_LINE_START = set("，。、；：？！）》」』”’,.;:?!)]")


def wrap_text(text: str, font: str, size: float, width: float, char_space: float = 0.0) -> list[str]:
    """Greedy line wrapping for mixed Chinese/Latin text.

    Breaks between any two CJK characters, keeps Latin words/numbers whole
    when they fit, and lets closing punctuation hang rather than start a line.
    """

    def w(s: str) -> float:
        return stringWidth(s, font, size) + char_space * max(len(s) - 1, 0)

    lines: list[str] = []
    for para in str(text).split("\n"):
        line = ""
        for tok in _TOKEN.findall(para):
            if not line and tok.isspace():
                continue  # no leading blanks
            if w(line + tok) <= width or (line and tok in _NO_LINE_START):
                line += tok  # fits (closing punctuation may hang)
                continue
            if tok.isspace():
                lines.append(line.rstrip())
                line = ""
                continue
            if line.strip() and w(tok) <= width:
                lines.append(line.rstrip())
                line = tok
                continue
            # a token wider than a whole line: break it character by character
            for ch in tok:
                if line and w(line + ch) > width:
                    lines.append(line.rstrip())
                    line = ch
                else:
                    line += ch
        lines.append(line.rstrip())
    return lines or [""]


# --------------------------------------------------------------------------
# Styles and flowables
# --------------------------------------------------------------------------


class Styles:
    def __init__(self, spec: PaperSpec, font: str):
        self.spec = spec
        self.font = font
        b, ld = spec.base, spec.leading
        common = dict(fontName=font, wordWrap="CJK", textColor=INK)
        self.body = ParagraphStyle("body", fontSize=b, leading=ld, **common)
        self.intro = ParagraphStyle("intro", parent=self.body, spaceBefore=ld * 0.4)
        self.value = ParagraphStyle("value", fontSize=b, leading=ld, **common)
        self.label = ParagraphStyle(
            "label", fontSize=b - 0.5, leading=ld, **{**common, "textColor": GREY}
        )
        self.small = ParagraphStyle("small", fontSize=spec.small, leading=spec.small * 1.4, **common)
        self.small_centre = ParagraphStyle(
            "small_centre", parent=self.small, alignment=TA_CENTER, textColor=GREY
        )
        self.number_label = ParagraphStyle(
            "number_label", fontSize=spec.small + 0.5, leading=spec.small * 1.6,
            **{**common, "textColor": GREY},
        )
        self.number = ParagraphStyle(
            "number", fontSize=spec.number, leading=spec.number * 1.3, **common
        )
        self.section = ParagraphStyle(
            "section", fontSize=b + 0.5, leading=ld * 1.05, spaceBefore=ld * 0.45,
            spaceAfter=ld * 0.2, keepWithNext=1, **common,
        )
        self.item = ParagraphStyle(
            "item", fontSize=b, leading=ld, leftIndent=b * 2.2, bulletIndent=b * 0.3,
            bulletFontName=font, bulletFontSize=b, **common,
        )
        self.hint = ParagraphStyle(
            "hint", fontSize=spec.small + 0.5, leading=(spec.small + 0.5) * 1.45,
            leftIndent=b * 0.3, spaceAfter=ld * 0.15, **{**common, "textColor": GREY},
        )
        self.boxed_text = ParagraphStyle(
            "boxed_text", fontSize=b, leading=ld, alignment=TA_LEFT, **common
        )
        self.right = ParagraphStyle("right", fontSize=b, leading=ld, alignment=TA_RIGHT, **common)
        self.centre = ParagraphStyle("centre", fontSize=b, leading=ld, alignment=TA_CENTER, **common)


class Heading(Flowable):
    """Centred, wrapped heading in a slightly emboldened stroke.

    The shipped CJK font has no bold face, so headings are drawn with text
    render mode 2 (fill + thin stroke): "fake bold" that survives printing.
    """

    def __init__(self, text: str, font: str, size: float, *, char_space: float = 0.0,
                 stroke: float = 0.35, leading: float | None = None,
                 space_before: float = 0.0, space_after: float = 0.0):
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.char_space = char_space
        self.stroke = stroke
        self.leading = leading or size * 1.3
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines: list[str] = []

    def wrap(self, availWidth, availHeight):
        self._avail = availWidth
        self._lines = wrap_text(self.text, self.font, self.size, availWidth, self.char_space)
        self.width = availWidth
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        c.setLineWidth(self.stroke)
        c.setFont(self.font, self.size)
        y = self.height - self.size * 0.95 - (self.leading - self.size) / 2
        for line in self._lines:
            # drawCentredString ignores charSpace when centring; centre by hand
            lw = stringWidth(line, self.font, self.size) + self.char_space * max(len(line) - 1, 0)
            x = (self.width - lw) / 2
            c.drawString(x, y, line, mode=2 if self.stroke else 0, charSpace=self.char_space)
            y -= self.leading
        c.restoreState()


class Rule(Flowable):
    """A horizontal rule: single or double line."""

    def __init__(self, *, double: bool = False, thickness: float = 0.6, dash: Sequence[float] | None = None,
                 space_before: float = 2, space_after: float = 4, colour=INK):
        super().__init__()
        self.double = double
        self.thickness = thickness
        self.dash = dash
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.colour = colour

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = 3.2 if self.double else self.thickness
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        if self.dash:
            c.setDash(*self.dash) if len(self.dash) > 1 else c.setDash(self.dash[0])
        if self.double:
            c.setLineWidth(1.2)
            c.line(0, self.height, self.width, self.height)
            c.setLineWidth(0.4)
            c.line(0, 0, self.width, 0)
        else:
            c.setLineWidth(self.thickness)
            c.line(0, self.height / 2, self.width, self.height / 2)
        c.restoreState()


class QrCode(Flowable):
    """A QR code of ``value``, ``side`` points square with the standard 4-module quiet zone, drawn as
    ONE filled path of the dark runs of each row.

    reportlab's QrCodeWidget draws the same runs as validated shape objects through its graphics
    renderer, which took most of a receipt's time; the encoder is the same (reportlab's).
    """

    QUIET = 4

    def __init__(self, value: str, side: float):
        super().__init__()
        self.value, self.side = value, side
        self.width = self.height = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def modules(self) -> list[list[bool]]:
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(self.value)
        qr.make()
        return [[bool(m) for m in row] for row in qr.modules]

    def draw(self) -> None:
        rows = self.modules()
        box = self.side / (len(rows) + 2 * self.QUIET)
        path = self.canv.beginPath()
        for r, row in enumerate(rows):
            y = self.side - (r + self.QUIET + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((c + self.QUIET) * box, y, count * box, box)
                c += count
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def number_block(label: str, number: str, caption: str | None, st: Styles) -> Flowable:
    """The document number in large type with its QR code (and a small caption)."""
    spec = st.spec
    qr = QrCode(number, spec.qr)
    grey = ParagraphStyle("caption", parent=st.number_label, spaceBefore=1)
    if spec.name == "roll80":
        centred = dict(alignment=TA_CENTER)
        cells: list[Flowable] = [
            Paragraph(esc(label), ParagraphStyle("nl_c", parent=st.number_label, **centred)),
            Paragraph(esc(number), ParagraphStyle("n_c", parent=st.number, **centred)),
        ]
        qr_tbl = Table([[qr]], colWidths=[spec.content_width])
        qr_tbl.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), st.font),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        cells.append(qr_tbl)
        if caption:
            cells.append(Paragraph(esc(caption), ParagraphStyle("cap_c", parent=grey, **centred)))
        cells.append(Spacer(1, 3))
        return KeepTogether(cells)
    left: list[Flowable] = [Paragraph(esc(label), st.number_label), Paragraph(esc(number), st.number)]
    if caption:
        left.append(Paragraph(esc(caption), grey))
    tbl = Table([[left, qr]], colWidths=[spec.content_width - spec.qr, spec.qr])
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    tbl.spaceAfter = 3
    return tbl


Field = tuple[str, str]


def fields_table(rows: Sequence[Sequence[Field]], st: Styles) -> Table:
    """Label/value table.

    ``rows`` is a list of rows, each holding one or two (label, value) pairs.
    A5 lays two pairs side by side (a single pair spans the row); the roll
    puts every pair on its own row.
    """
    spec = st.spec
    cw = spec.content_width
    data: list[list] = []
    spans: list[tuple] = []

    def lab(t: str) -> Paragraph:
        return Paragraph(esc(t), st.label)

    def val(t: str) -> Paragraph:
        return Paragraph(esc(t) if t else "—", st.value)

    if spec.two_column_fields:
        lw = 23 * mm
        vw = (cw - 2 * lw) / 2
        col_widths = [lw, vw, lw, vw]
        for row in rows:
            r = len(data)
            if len(row) == 1:
                (l1, v1), = row
                data.append([lab(l1), val(v1), "", ""])
                spans.append(("SPAN", (1, r), (3, r)))
            else:
                (l1, v1), (l2, v2) = row
                data.append([lab(l1), val(v1), lab(l2), val(v2)])
    else:
        lw = 20 * mm
        col_widths = [lw, cw - lw]
        for row in rows:
            for l1, v1 in row:
                data.append([lab(l1), val(v1)])

    style = [
        # cell font: tables otherwise select (non-embedded) Helvetica
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 if spec.boxed else 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 if spec.boxed else 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if spec.boxed else 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 if spec.boxed else 1.5),
        *spans,
    ]
    if spec.boxed:
        style += [
            ("GRID", (0, 0), (-1, -1), 0.4, INK),
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ]
        if spec.two_column_fields:
            for r, row in enumerate(rows):
                if len(row) == 2:
                    style.append(("BACKGROUND", (2, r), (2, r), LABEL_BG))
    tbl = Table(data, colWidths=col_widths, style=TableStyle(style), repeatRows=0)
    tbl.spaceBefore = 2
    tbl.spaceAfter = 2
    return tbl


def numbered_list(title: str, items: Sequence[str], st: Styles, *, hint: str | None = None,
                  empty: str = "无") -> list[Flowable]:
    """A section title followed by a numbered, wrapping list of items."""
    out: list[Flowable] = [Paragraph(esc(title), st.section)]
    # hanging indent wide enough for the widest number ("12." > "9.")
    b = st.spec.base
    num_w = stringWidth(f"{max(len(items), 1)}.", st.font, b)
    item_style = ParagraphStyle(
        "item_n", parent=st.item, leftIndent=st.item.bulletIndent + num_w + b * 0.7
    )
    if hint:
        hs = ParagraphStyle("hint_kwn", parent=st.hint, keepWithNext=1)
        out.append(Paragraph(esc(hint), hs))
    if not items:
        out.append(Paragraph(esc(empty), item_style))
    for i, item in enumerate(items, 1):
        out.append(Paragraph(esc(item), item_style, bulletText=f"{i}."))
    return out


def boxed_paragraph(text: str, st: Styles, *, centred: bool = False) -> Table:
    """A short message inside a thin box (closing line, promise line)."""
    style = ParagraphStyle("boxed", parent=st.boxed_text, alignment=TA_CENTER if centred else TA_LEFT)
    paras = [Paragraph(esc(t), style) for t in text.split("\n")]
    tbl = Table([[paras]], colWidths=[st.spec.content_width])
    pad = 5 if st.spec.boxed else 3
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
        ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
    ]))
    tbl.spaceBefore = st.spec.leading * 0.7
    tbl.spaceAfter = 2
    return tbl


def text_box(text: str, st: Styles) -> Paragraph:
    """Free text of any length in a thin box.

    A bordered paragraph rather than a one-cell table: table rows cannot
    split, so a long text in a table would not fit on an A5 page.
    """
    pad = 5  # room for a full-width comma hanging past the right edge of the text
    style = ParagraphStyle(
        "text_box", parent=st.body, borderWidth=0.6, borderColor=INK, borderPadding=pad,
        leftIndent=pad, rightIndent=pad, spaceBefore=pad + 1, spaceAfter=pad + 3,
    )
    return Paragraph(esc(text) if text.strip() else "—", style)


def fill_in(rows: Sequence[Sequence[str]], st: Styles, *, lines: Sequence[int] = ()) -> Table:
    """A form to complete by hand: each label followed by an empty cell.

    Laid out like ``fields_table`` (A5: one or two labels per row in a grid;
    roll: one label per row over a writing line).  ``lines[i]`` is how many
    handwritten lines row ``i`` needs (default 1).
    """
    spec = st.spec
    cw = spec.content_width
    pad_top, pad_bottom = (1.5, 3) if spec.boxed else (0.5, 1.5)
    line_h = spec.leading * 1.55  # room for handwriting, not for type

    def blank(n: int) -> Spacer:
        # a minimum height, not a fixed one: a wrapped label still grows the row
        return Spacer(1, line_h * n - pad_top - pad_bottom)

    def lab(t: str) -> Paragraph:
        return Paragraph(esc(t), st.label)

    labels = [t for row in rows for t in row]
    widest = max((stringWidth(t, st.font, st.label.fontSize) for t in labels), default=0)
    data: list[list] = []
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if spec.boxed else "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 if spec.boxed else 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 if spec.boxed else 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad_top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_bottom),
    ]
    if spec.two_column_fields:
        lw = min(max(23 * mm, widest + 9), cw / 3)
        col_widths = [lw, cw / 2 - lw, lw, cw / 2 - lw]
        for i, row in enumerate(rows):
            n = lines[i] if i < len(lines) else 1
            r = len(data)
            if len(row) == 1:
                data.append([lab(row[0]), blank(n), "", ""])
                style.append(("SPAN", (1, r), (3, r)))
            else:
                data.append([lab(row[0]), blank(n), lab(row[1]), ""])
                style.append(("BACKGROUND", (2, r), (2, r), LABEL_BG))
        style += [
            ("GRID", (0, 0), (-1, -1), 0.4, INK),
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ]
    else:
        lw = min(max(20 * mm, widest + 3), cw / 2)
        col_widths = [lw, cw - lw]
        for i, row in enumerate(rows):
            for label in row:
                for k in range(lines[i] if i < len(lines) else 1):
                    data.append([lab(label) if k == 0 else "", blank(1)])
        style.append(("LINEBELOW", (1, 0), (1, -1), 0.5, INK))
    tbl = Table(data, colWidths=col_widths, style=TableStyle(style))
    tbl.spaceBefore = 2
    tbl.spaceAfter = 2
    return tbl


class CutLine(Flowable):
    """A dashed line with a centred label where the slip is torn or cut."""

    def __init__(self, label: str, st: Styles):
        super().__init__()
        self.label, self.font, self.size = label, st.font, st.spec.small
        self.spaceBefore, self.spaceAfter = st.spec.leading * 0.7, st.spec.leading * 0.3

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.size * 1.4
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        tw = stringWidth(self.label, self.font, self.size) + self.size
        mid = self.height / 2
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.line(0, mid, (self.width - tw) / 2, mid)
        c.line((self.width + tw) / 2, mid, self.width, mid)
        c.setFillColor(GREY)
        c.setFont(self.font, self.size)
        c.drawCentredString(self.width / 2, mid - self.size * 0.35, self.label)
        c.restoreState()


class AtBottom(Flowable):
    """Draws ``content`` at the bottom of the frame and ``lead`` (the last
    paragraph before it) at the top of the space left.

    It claims the rest of the frame, so nothing can follow it on the page.
    When it does not fit, the lead is split and at least its last line moves
    to the next page with the content: a sign-off never stands on a page
    without text (an official seal must share its page with the body).
    """

    def __init__(self, content: Flowable, lead: Flowable | None = None, gap: float = 0.0):
        super().__init__()
        self.content = content
        self.lead = lead
        self.gap = gap

    def _lead_height(self, availWidth, availHeight) -> float:
        return self.lead.wrap(availWidth, availHeight)[1] if self.lead else 0.0

    def wrap(self, availWidth, availHeight):
        self._lead_h = self._lead_height(availWidth, availHeight)
        _, self._content_h = self.content.wrap(availWidth, availHeight)
        self.width = availWidth
        # a hair under the space left, so float fuzz never rejects it
        self.height = max(self._lead_h + self.gap + self._content_h, availHeight - 0.5)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        if self.lead is None:
            return []  # move to the next page whole
        lead_h = self._lead_height(availWidth, availHeight)
        parts = self.lead.split(availWidth, min(availHeight, lead_h - 1))
        if len(parts) < 2:
            return []
        return [parts[0], AtBottom(self.content, parts[1], self.gap)]

    def getSpaceBefore(self):  # noqa: N802 (reportlab API)
        return self.lead.getSpaceBefore() if self.lead else 0.0

    def draw(self):
        if self.lead:
            self.lead.drawOn(self.canv, 0, self.height - self._lead_h)
        self.content.drawOn(self.canv, 0, 0)


def sign_off(station_name: str, when: date, st: Styles) -> Flowable:
    """Right-aligned station name and date, where the station stamps the slip."""
    style = ParagraphStyle("signoff", parent=st.right, leading=st.spec.leading)
    block = [
        Spacer(1, st.spec.leading * 0.5),
        Paragraph(esc(station_name), style),
        Paragraph(esc(fmt_date_cn(when)), style),
    ]
    return KeepTogether(block)


def flow_footer(address: str, phone: str, st: Styles) -> list[Flowable]:
    """The station address/phone at the end of the flow (roll paper)."""
    parts = []
    if address:
        parts.append(f"地址：{address}")
    if phone:
        parts.append(f"电话：{phone}")
    return [
        Rule(dash=(2, 2), thickness=0.5, space_before=st.spec.leading * 0.6, space_after=3),
        *[Paragraph(esc(p), st.small_centre) for p in parts],
    ]


# --------------------------------------------------------------------------
# Page decoration and document building
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Decor:
    """What the deferred canvas draws on every page."""

    spec: PaperSpec
    font: str
    running_title: str  # shown on continuation pages
    footer: str  # address/phone line (A5 only)


def _draw_decor(c: Canvas, decor: Decor, page: int, total: int) -> None:
    spec = decor.spec
    w, h = c._pagesize
    c.saveState()
    # thin double frame
    bx, by = spec.border_x, spec.border_y
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.rect(bx, by, w - 2 * bx, h - 2 * by, stroke=1, fill=0)
    inset = 0.9 * mm if spec.name == "roll80" else 1.3 * mm
    c.setLineWidth(0.3)
    c.rect(bx + inset, by + inset, w - 2 * (bx + inset), h - 2 * (by + inset), stroke=1, fill=0)

    c.setFillColor(GREY)
    small = spec.small
    if page > 1 and decor.running_title:
        c.setFont(decor.font, small)
        c.drawCentredString(w / 2, h - (by + inset + small + 1 * mm), f"{decor.running_title}（续）")

    lines: list[str] = []
    if spec.page_footer and decor.footer:
        lines = wrap_text(decor.footer, decor.font, small, w - 2 * spec.content_x)
    if total > 1:
        lines.append(f"第 {page} 页 / 共 {total} 页")
    if lines:
        c.setFont(decor.font, small)
        lead = small * 1.45
        if spec.page_footer:
            # rule above the footer, inside the frame
            c.setStrokeColor(LIGHT)
            c.setLineWidth(0.4)
            rule_y = spec.content_bottom - 2 * mm
            c.line(spec.content_x, rule_y, w - spec.content_x, rule_y)
            y = rule_y - 3.4 * mm
        else:
            y = spec.border_y + 1.5 * mm + lead * (len(lines) - 1)
        for line in lines:
            c.drawCentredString(w / 2, y, line)
            y -= lead
    c.restoreState()


class _SlipCanvas(Canvas):
    """Canvas that defers page output so decorations know the page count."""

    def __init__(self, *args, decor: Decor, sink: list, **kwargs):
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._page_states: list[dict] = []
        sink.append(self)

    def showPage(self):  # noqa: N802 (reportlab API)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._page_states)
        self.page_count = total
        for state in self._page_states:
            self.__dict__.update(state)
            _draw_decor(self, self._decor, self._pageNumber, total)
            Canvas.showPage(self)
        Canvas.save(self)


def _flatten(flowables: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):  # its wrap() reports a huge height on purpose
            out += _flatten(f._content)
        else:
            out.append(f)
    return out


def _measure(flowables: Sequence[Flowable], width: float) -> float:
    """Height the flowables take stacked in a frame of ``width``."""
    canv = Canvas(BytesIO())
    total = 0.0
    for i, f in enumerate(_flatten(flowables)):
        _, h = f.wrapOn(canv, width, MAX_PAGE_HEIGHT * 10)
        total += h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0.0)
    return total


@dataclass(frozen=True)
class Meta:
    title: str
    subject: str
    author: str
    running_title: str
    footer: str
    watermark: str = ""  # drawn diagonally under the content of every page


def _draw_watermark(c: Canvas, _doc, *, text: str, font: str) -> None:
    w, h = c._pagesize
    # across ~60 % of the diagonal, whatever the page
    size = 0.6 * math.hypot(w, h) / stringWidth(text, font, 1)
    c.saveState()
    c.setFillColor(LIGHT)
    c.setFillAlpha(0.22)
    c.setFont(font, size)
    c.translate(w / 2, h / 2)
    c.rotate(math.degrees(math.atan2(h, w)))
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def slip_meta(title: str, number: str, affair_type_name: str, station, phone_label: str = "电话") -> Meta:
    """Metadata and running header/footer of a slip: never the resident's personal data."""
    footer = "　　".join(p for p in (f"地址：{station.address}" if station.address else "",
                                    f"{phone_label}：{station.phone}" if station.phone else "") if p)
    return Meta(title=f"{title} {number}", subject=affair_type_name, author=station.name,
                running_title=f"{title}　{number}", footer=footer)


def build_pdf(make_flowables: Callable[[Styles], list[Flowable]], spec: PaperSpec, meta: Meta) -> bytes:
    """Lay out the flowables on ``spec`` paper and return the PDF bytes."""
    font = register_cjk_font()
    st = Styles(spec, font)
    decor = Decor(spec, font, meta.running_title, meta.footer)
    frame_h_extra = spec.content_top + spec.content_bottom

    if spec.height is None:
        needed = _measure(make_flowables(st), spec.content_width)
        page_h = min(MAX_PAGE_HEIGHT, needed + frame_h_extra + 6)
    else:
        page_h = spec.height

    for _attempt in range(4):
        buf = BytesIO()
        sink: list[_SlipCanvas] = []
        doc = BaseDocTemplate(
            buf,
            pagesize=(spec.width, page_h),
            leftMargin=spec.content_x,
            rightMargin=spec.content_x,
            topMargin=spec.content_top,
            bottomMargin=spec.content_bottom,
            title=meta.title,
            subject=meta.subject,
            author=meta.author,
            creator="One Window 一窗通",
            producer="One Window 一窗通 (reportlab)",
            lang="zh-CN",
            initialFontName=font,  # no stray (non-embedded) Helvetica reference
        )
        frame = Frame(
            spec.content_x,
            spec.content_bottom,
            spec.content_width,
            page_h - frame_h_extra,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
            id="content",
        )
        extra = {}
        if meta.watermark:  # onPage runs before the content: the mark stays underneath
            extra["onPage"] = partial(_draw_watermark, text=meta.watermark, font=font)
        doc.addPageTemplates([PageTemplate(id="slip", frames=[frame], **extra)])
        doc.build(make_flowables(st), canvasmaker=partial(_SlipCanvas, decor=decor, sink=sink))
        pages = sink[0].page_count if sink else 1
        if spec.height is None and pages > 1 and page_h < MAX_PAGE_HEIGHT:
            # measurement was short (should not happen): grow and retry
            page_h = min(MAX_PAGE_HEIGHT, page_h + 20 * mm * _attempt + 10 * mm)
            continue
        return buf.getvalue()
    return buf.getvalue()
