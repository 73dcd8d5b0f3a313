"""一次性告知单 -- the one-time notice of everything still needed."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from .documents import NoticeDoc
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
    fmt_datetime,
    number_block,
    numbered_list,
    sign_off,
)

TITLE = "一次性告知单"
PROMISE = "材料齐全后即可受理，只需再跑一次。"


def time_limit_text(days: int) -> str:
    if days <= 0:
        return "材料齐全后当场办结"
    return f"材料齐全后 {days} 个工作日内办结"


def _flowables(doc: NoticeDoc, st: Styles) -> list[Flowable]:
    spec = st.spec
    s = doc.station
    out: list[Flowable] = [
        Heading(s.name, st.font, spec.station, stroke=0.25, space_after=spec.leading * 0.15),
        Heading(TITLE, st.font, spec.title, char_space=spec.title_space * 0.6, stroke=0.45,
                space_after=2),
        Rule(double=True, space_before=2, space_after=spec.leading * 0.5),
        number_block("事项编号", doc.notice_number, "补齐材料时请出示本告知单", st),
    ]
    affair = f"{doc.affair_type_code}　{doc.affair_type_name}".strip()
    rows = [
        [("事　　项", affair)],
        [("申 请 人", doc.resident_name), ("告 知 人", doc.worker_name)],
        [("证件号码", doc.resident_id_masked), ("告知时间", fmt_datetime(doc.issued_at))],
        [("办结时限", time_limit_text(doc.committed_days))],
    ]
    out.append(fields_table(rows, st))
    intro = (
        f"{doc.resident_name}：您申请办理的“{doc.affair_type_name}”尚需补齐下列材料。"
        "本告知单一次性列明全部所需材料和表格，请按清单备齐。"
    )
    out.append(Paragraph(esc(intro), st.intro))
    out += numbered_list(f"一、需补齐的材料（{len(doc.materials_missing)} 项）",
                         doc.materials_missing, st)
    out += numbered_list(f"二、需填写的表格（{len(doc.forms)} 份）", doc.forms, st,
                         hint="表格可在服务站领取，工作人员可协助填写。" if doc.forms else None)
    out += numbered_list(f"三、已提交的材料（{len(doc.materials_provided)} 项）",
                         doc.materials_provided, st)
    if doc.note:
        out.append(Paragraph("备注", st.section))
        out.append(Paragraph(esc(doc.note), st.body))
    promise = (
        f"{PROMISE}\n{time_limit_text(doc.committed_days)}。"
        "行动不便的居民可预约工作人员上门收取材料。"
    )
    out.append(boxed_paragraph(promise, st))
    out.append(sign_off(s.name, doc.issued_at.date(), st))
    if not spec.page_footer:
        out += flow_footer(s.address, s.phone, st)
    return out


def notice_pdf(doc: NoticeDoc, spec: PaperSpec) -> bytes:
    meta = slip_meta(TITLE, doc.notice_number, doc.affair_type_name, doc.station, "咨询电话")
    return build_pdf(lambda st: _flowables(doc, st), spec, meta)
