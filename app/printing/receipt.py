"""受理回执 -- the acceptance receipt the resident takes home."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from .documents import HANDLING_MODE_LABELS, STATE_LABELS, ReceiptDoc
from .layout import (
    Heading,
    slip_meta,
    PaperSpec,
    Rule,
    Styles,
    boxed_paragraph,
    build_pdf,
    esc,
    fields_table,
    flow_footer,
    fmt_date_cn,
    fmt_datetime,
    number_block,
    numbered_list,
    sign_off,
)

TITLE = "受理回执"
CLOSING = "请妥善保管本回执，凭事项编号查询办理进度。"


def mode_label(mode: str) -> str:
    return HANDLING_MODE_LABELS.get(mode, mode)


def state_label(state: str) -> str:
    return STATE_LABELS.get(state, state)


def committed_text(doc: ReceiptDoc) -> str:
    if doc.handling_mode == "on_the_spot":
        return "当场办结"
    if doc.committed_date is None:
        return "以承办单位通知为准"
    return fmt_date_cn(doc.committed_date)


def _flowables(doc: ReceiptDoc, st: Styles) -> list[Flowable]:
    spec = st.spec
    s = doc.station
    out: list[Flowable] = [
        Heading(s.name, st.font, spec.station, stroke=0.25, space_after=spec.leading * 0.15),
        Heading(TITLE, st.font, spec.title, char_space=spec.title_space, stroke=0.45,
                space_after=2),
        Rule(double=True, space_before=2, space_after=spec.leading * 0.5),
        number_block("事项编号", doc.affair_number, "凭此编号查询办理进度", st),
    ]
    affair = f"{doc.affair_type_code}　{doc.affair_type_name}".strip()
    rows = [
        [("事　　项", affair)],
        [("申 请 人", doc.resident_name), ("联系电话", doc.resident_phone_masked)],
        [("证件号码", doc.resident_id_masked), ("受 理 人", doc.worker_name)],
        [("受理时间", fmt_datetime(doc.accepted_at)), ("办理方式", mode_label(doc.handling_mode))],
        [("承诺办结日期", committed_text(doc)), ("办理状态", state_label(doc.state))],
        [("承办单位", doc.handler_name)],
    ]
    out.append(fields_table(rows, st))
    out += numbered_list(f"已收材料（{len(doc.materials_provided)} 项）", doc.materials_provided, st)
    if doc.materials_by_home_visit:
        out += numbered_list(
            f"上门收取材料（{len(doc.materials_by_home_visit)} 项）",
            doc.materials_by_home_visit,
            st,
            hint="以下材料由工作人员上门收取，请提前备好。",
        )
    if doc.note:
        out.append(Paragraph("备注", st.section))
        out.append(Paragraph(esc(doc.note), st.body))
    out.append(boxed_paragraph(CLOSING, st, centred=True))
    out.append(sign_off(s.name, doc.accepted_at.date(), st))
    if not spec.page_footer:
        out += flow_footer(s.address, s.phone, st)
    return out


def receipt_pdf(doc: ReceiptDoc, spec: PaperSpec) -> bytes:
    meta = slip_meta(TITLE, doc.affair_number, doc.affair_type_name, doc.station, "电话")
    return build_pdf(lambda st: _flowables(doc, st), spec, meta)
