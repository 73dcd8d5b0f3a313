"""转办单 / 转介单 -- the slip that goes with an affair to a department or partner.

The lower part is a "反馈回执" the partner fills in and returns, so the
station can close the loop on the leg.
"""

from __future__ import annotations

from reportlab.lib.colors import white
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from .documents import REFERRAL_KINDS, ReferralDoc
from .errors import PrintingError
from .layout import (
    INK,
    CutLine,
    Heading,
    PaperSpec,
    Rule,
    Styles,
    build_pdf,
    esc,
    fields_table,
    fill_in,
    flow_footer,
    fmt_date_cn,
    fmt_datetime,
    number_block,
    numbered_list,
    slip_meta,
    text_box,
)

URGENT = "紧急 · 当日办结"
RETURN_TITLE = "反馈回执"

# kind -> (partner label, verb)
_WORDS = {
    "dispatch": ("承办单位", "转办"),
    "referral": ("接收单位", "转介"),
}


def title_for(kind: str) -> str:
    try:
        return REFERRAL_KINDS[kind]
    except KeyError:
        raise PrintingError(
            f"未知的转办类型：{kind!r}（应为 dispatch 或 referral） / "
            f"Unknown referral kind {kind!r} (expected 'dispatch' or 'referral')"
        ) from None


def urgent_mark(st: Styles) -> Table:
    """White on black: the first thing the partner sees on the slip."""
    size = st.spec.title * 0.8
    style = ParagraphStyle("urgent", fontName=st.font, fontSize=size, leading=size * 1.3,
                           alignment=TA_CENTER, textColor=white)
    tbl = Table([[Paragraph(esc(URGENT), style)]], colWidths=[st.spec.content_width])
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("BACKGROUND", (0, 0), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    tbl.spaceBefore = 3
    tbl.spaceAfter = 3
    return tbl


def _return_part(doc: ReferralDoc, st: Styles) -> Flowable:
    spec = st.spec
    title = title_for(doc.kind)
    partner_label, _ = _WORDS[doc.kind]
    sep = "　" if spec.two_column_fields else "\n"  # the roll is narrow
    ref = f"{title}号：{doc.slip_number}{sep}居民姓名：{doc.resident_name}"
    due = ""
    if doc.committed_date is not None:
        due = f"请于{fmt_date_cn(doc.committed_date)}前反馈办理结果。"
    back = f"交回：{doc.station.name}" + (f"（电话 {doc.station.phone}）" if doc.station.phone else "")
    stamp = f"（{partner_label}盖章）"
    right = ParagraphStyle("return_right", parent=st.small, alignment=TA_RIGHT, spaceBefore=2)
    head = ParagraphStyle("return_head", parent=st.body, leading=spec.leading * 1.2)
    # the title shares its line with the slip number: the part must stay short
    # enough to fit under a typical slip on one A5 sheet
    title_markup = f'<font size="{spec.base + 2.5}">{RETURN_TITLE}</font>　'
    parts: list[Flowable] = [
        CutLine("沿虚线剪下，填写后交回服务站", st),
        Paragraph(title_markup + esc(ref), head),
        *([Paragraph(esc(due), st.body)] if due else []),
        fill_in([["办理结果"], ["办理人", "日期"]], st, lines=(2, 1)),
        Paragraph(esc(f"{stamp}{sep}{back}"), right),
    ]
    return KeepTogether(parts)


def _flowables(doc: ReferralDoc, st: Styles) -> list[Flowable]:
    spec = st.spec
    s = doc.station
    title = title_for(doc.kind)
    partner_label, verb = _WORDS[doc.kind]
    out: list[Flowable] = [
        Heading(s.name, st.font, spec.station, stroke=0.25, space_after=spec.leading * 0.15),
        Heading(title, st.font, spec.title, char_space=spec.title_space, stroke=0.45, space_after=2),
    ]
    if doc.urgent:
        out.append(urgent_mark(st))
    out += [
        Rule(double=True, space_before=2, space_after=spec.leading * 0.5),
        number_block(f"{title}号", doc.slip_number, f"事项编号 {doc.affair_number}", st),
    ]
    affair = f"{doc.affair_type_code}　{doc.affair_type_name}".strip()
    due = fmt_date_cn(doc.committed_date) if doc.committed_date else ""
    rows = [
        [("事　　项", affair), ("反馈期限", due)],
        [(partner_label, doc.partner_name), ("单位电话", doc.partner_phone)],
        [("单位地址", doc.partner_address)],
        [("居民姓名", doc.resident_name), ("证件号码", doc.resident_id_masked)],
        [("联系电话", doc.resident_phone), ("居住地址", doc.resident_address)],
        [(f"{verb}时间", fmt_datetime(doc.dispatched_at)), (f"{verb[0]} {verb[1]} 人", doc.dispatcher_name)],
    ]
    out.append(fields_table(rows, st))
    out.append(Paragraph(f"{verb}事项及要求", st.section))
    out.append(text_box(doc.request, st))
    out += numbered_list(f"随附材料（{len(doc.materials_provided)} 项）", doc.materials_provided, st)
    if not spec.page_footer:
        out += flow_footer(s.address, s.phone, st)
    out.append(_return_part(doc, st))
    return out


def referral_pdf(doc: ReferralDoc, spec: PaperSpec) -> bytes:
    title = title_for(doc.kind)  # fail before any layout work
    meta = slip_meta(title, doc.slip_number, doc.affair_type_name, doc.station, "电话")
    return build_pdf(lambda st: _flowables(doc, st), spec, meta)
