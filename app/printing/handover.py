"""全程代办材料交接单 -- what the station holds for a resident under a proxy.

Printed when documents are taken and again when they are returned; both
sides sign, so the slip is the record of who held which original when.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from .documents import CustodyLine, HandoverDoc
from .layout import (
    INK,
    LABEL_BG,
    Heading,
    PaperSpec,
    Rule,
    Styles,
    boxed_paragraph,
    build_pdf,
    esc,
    fields_table,
    fill_in,
    flow_footer,
    fmt_datetime,
    number_block,
    slip_meta,
    text_box,
)

TITLE = "全程代办材料交接单"
NOT_RETURNED = "未归还"
CLOSING = "以上材料经双方当面清点无误，原件于代办完成后如数归还。"


def returned_text(line: CustodyLine) -> str:
    return fmt_datetime(line.returned_at) if line.returned_at else NOT_RETURNED


def _summary(lines: tuple[CustodyLine, ...]) -> str:
    held = sum(1 for ln in lines if ln.returned_at is None)
    return f"材料交接明细（共 {len(lines)} 项，{NOT_RETURNED} {held} 项）"


def _custody_table(lines: tuple[CustodyLine, ...], st: Styles) -> Table:
    """A5: one row per document, the header repeated on a new page."""
    cw = st.spec.content_width
    no_w, copies_w, time_w = 10 * mm, 10 * mm, 28 * mm
    centre = ParagraphStyle("cell_c", parent=st.value, alignment=TA_CENTER)
    time_style = ParagraphStyle("cell_time", parent=centre, fontSize=st.value.fontSize - 0.5)
    head = ParagraphStyle("head_c", parent=st.label, alignment=TA_CENTER)
    note = ParagraphStyle("cell_note", parent=st.small, textColor=st.label.textColor)

    def when(text: str) -> Paragraph:
        return Paragraph(esc(text), time_style)

    data: list[list] = [[Paragraph(t, head) for t in ("序号", "材料名称", "份数", "收取时间", "归还时间")]]
    for i, ln in enumerate(lines, 1):
        name: list[Flowable] = [Paragraph(esc(ln.name), st.value)]
        if ln.note:
            name.append(Paragraph(esc(ln.note), note))
        data.append([Paragraph(str(i), centre), name, Paragraph(str(ln.copies), centre),
                     when(fmt_datetime(ln.taken_at)), when(returned_text(ln))])
    if not lines:
        data.append(["", Paragraph("无", st.value), "", "", ""])
    widths = [no_w, cw - no_w - copies_w - 2 * time_w, copies_w, time_w, time_w]
    tbl = Table(data, colWidths=widths, repeatRows=1, style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, INK),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    tbl.spaceBefore = 2
    tbl.spaceAfter = 2
    return tbl


def _custody_items(lines: tuple[CustodyLine, ...], st: Styles) -> list[Flowable]:
    """Roll: too narrow for five columns, so each document is a small block."""
    b = st.spec.base
    item = ParagraphStyle("custody_item", parent=st.item, leftIndent=b * 2, spaceBefore=2)
    detail = ParagraphStyle("custody_detail", parent=st.small, leftIndent=b * 2,
                            textColor=st.label.textColor)
    out: list[Flowable] = []
    for i, ln in enumerate(lines, 1):
        text = [f"收取：{fmt_datetime(ln.taken_at)}", f"归还：{returned_text(ln)}"]
        if ln.note:
            text.append(f"备注：{ln.note}")
        out.append(KeepTogether([
            Paragraph(f"{esc(ln.name)}　×{ln.copies} 份", item, bulletText=f"{i}."),
            *[Paragraph(esc(t), detail) for t in text],
        ]))
    if not lines:
        out.append(Paragraph("无", item))
    return out


def _flowables(doc: HandoverDoc, st: Styles) -> list[Flowable]:
    spec = st.spec
    s = doc.station
    out: list[Flowable] = [
        Heading(s.name, st.font, spec.station, stroke=0.25, space_after=spec.leading * 0.15),
        Heading(TITLE, st.font, spec.title, char_space=spec.title_space * 0.5, stroke=0.45,
                space_after=2),
        Rule(double=True, space_before=2, space_after=spec.leading * 0.5),
        number_block("事项编号", doc.affair_number, "归还材料时请出示本交接单", st),
    ]
    affair = f"{doc.affair_type_code}　{doc.affair_type_name}".strip()
    rows = [
        [("事　　项", affair)],
        [("委 托 人", doc.resident_name), ("证件号码", doc.resident_id_masked)],
        [("委托时间", fmt_datetime(doc.authorised_at)), ("经 办 人", doc.worker_name)],
        [("打印时间", fmt_datetime(doc.printed_at))],
    ]
    out.append(fields_table(rows, st))
    out.append(Paragraph("委托代办事项", st.section))
    out.append(text_box(doc.authorisation_scope, st))
    out.append(Paragraph(esc(_summary(doc.lines)), st.section))
    if spec.boxed:
        out.append(_custody_table(doc.lines, st))
    else:
        out += _custody_items(doc.lines, st)
    out.append(boxed_paragraph(CLOSING, st))
    # the two signatures are the record; no station stamp, so it fits one A5 sheet
    signatures = fill_in([["居民（委托人）签字", "日期"], ["经办人签字", "日期"]], st)
    signatures.spaceBefore = spec.leading * 0.6
    out.append(signatures)
    if not spec.page_footer:
        out += flow_footer(s.address, s.phone, st)
    return out


def handover_pdf(doc: HandoverDoc, spec: PaperSpec) -> bytes:
    meta = slip_meta(TITLE, doc.affair_number, doc.affair_type_name, doc.station, "电话")
    return build_pdf(lambda st: _flowables(doc, st), spec, meta)
