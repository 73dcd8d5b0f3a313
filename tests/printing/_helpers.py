"""Sample documents and PDF helpers shared by the printing tests."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pypdf

from app.printing import (
    CertificateDoc,
    CustodyLine,
    HandoverDoc,
    NoticeDoc,
    ReceiptDoc,
    ReferralDoc,
    StationHeader,
)

FULL_ID = "110101195003071234"  # what the masked number below stands for
MASKED_ID = "110101********1234"

STATION = StationHeader(
    name="西城区广内街道槐柏树街北社区服务站",
    code="XC0712",
    address="北京市西城区槐柏树街北里12号楼底商",
    phone="010-63551234",
)


def make_receipt(**changes) -> ReceiptDoc:
    base = dict(
        station=STATION,
        affair_number="XC0712-20261123-0007",
        affair_type_code="MZ-031",
        affair_type_name="失能老年人护理补贴申请",
        handling_mode="collect_submit",
        state="accepted",
        resident_name="王秀兰",
        resident_id_masked=MASKED_ID,
        resident_phone_masked="138****5678",
        accepted_at=datetime(2026, 11, 23, 9, 41),
        worker_name="李敏",
        committed_date=date(2026, 12, 7),
        handler_name="广内街道社会保障事务所（民政科）",
        materials_provided=(
            "居民身份证原件及复印件",
            "户口簿原件及复印件",
            "二级以上医院出具的失能等级评估报告（近三个月内，须加盖医院公章并由主治医师签字确认）",
        ),
        materials_by_home_visit=("本人近期一寸免冠彩色照片两张", "银行卡（社保卡）复印件"),
        note="申请人行动不便，由其女儿代为办理。",
    )
    base.update(changes)
    return ReceiptDoc(**base)


def make_notice(**changes) -> NoticeDoc:
    base = dict(
        station=STATION,
        notice_number="XC0712-20261123-0008",
        affair_type_code="RK-012",
        affair_type_name="居住证申领（首次）",
        resident_name="张建国",
        resident_id_masked="130102********0015",
        issued_at=datetime(2026, 11, 23, 10, 5),
        worker_name="赵立新",
        materials_missing=(
            "房屋租赁合同原件及复印件（须经房屋所有权人签字确认）",
            "房屋产权证明复印件",
            "近期二寸白底免冠彩色照片一张",
        ),
        materials_provided=("居民身份证原件及复印件",),
        forms=("《北京市居住登记卡》", "《居住证申领登记表》"),
        committed_days=15,
    )
    base.update(changes)
    return NoticeDoc(**base)


def make_referral(**changes) -> ReferralDoc:
    base = dict(
        station=STATION,
        slip_number="XC0712-20261123-0007-2",
        affair_number="XC0712-20261123-0007",
        affair_type_code="CG-004",
        affair_type_name="楼道堆物清理",
        kind="dispatch",
        partner_name="广内街道城市管理办公室",
        partner_phone="010-63559876",
        partner_address="北京市西城区广安门内大街311号",
        resident_name="王秀兰",
        resident_id_masked=MASKED_ID,
        resident_phone="138****5678",
        resident_address="3号楼2单元501",
        request="3号楼2单元一至五层楼道堆放大量纸箱和旧家具，堵塞消防通道，"
                "请于当日组织清理，并告知物业加强日常巡查。",
        materials_provided=("现场照片4张", "居民诉求登记表"),
        committed_date=date(2026, 11, 30),
        urgent=False,
        dispatched_at=datetime(2026, 11, 23, 10, 12),
        dispatcher_name="李敏",
    )
    base.update(changes)
    return ReferralDoc(**base)


def make_certificate(**changes) -> CertificateDoc:
    base = dict(
        station=STATION,
        number="XC0712-ZM-2026-000123",
        title="居住证明",
        paragraphs=(
            f"兹证明王秀兰（公民身份号码：{FULL_ID}）自2015年03月起居住在"
            "北京市西城区槐柏树街北里3号楼2单元501室，至今未曾间断。",
            "此证明仅用于办理失能老年人护理补贴申请，复印无效。",
            "特此证明。",
        ),
        resident_name="王秀兰",
        id_number=FULL_ID,
        issued_on=date(2026, 11, 23),
        issuer_name="李敏",
        qr_payload="https://yct.example.gov.cn/v?n=XC0712-ZM-2026-000123&c=7F3A9B",
        copy=False,
        valid_until=date(2027, 2, 23),
    )
    base.update(changes)
    return CertificateDoc(**base)


def make_handover(**changes) -> HandoverDoc:
    base = dict(
        station=STATION,
        affair_number="XC0712-20261123-0011",
        affair_type_code="MZ-031",
        affair_type_name="失能老年人护理补贴申请",
        resident_name="王秀兰",
        resident_id_masked=MASKED_ID,
        authorised_at=datetime(2026, 11, 23, 9, 30),
        authorisation_scope="委托服务站工作人员持本人材料到街道社会保障事务所代为提交申请、"
                            "领取审核结果，并代为签收相关通知。",
        lines=(
            CustodyLine("户口簿原件", 1, datetime(2026, 11, 23, 9, 35), datetime(2026, 11, 25, 16, 0)),
            CustodyLine("居民身份证复印件", 2, datetime(2026, 11, 23, 9, 35), None),
            CustodyLine("二级以上医院出具的失能等级评估报告", 1, datetime(2026, 11, 23, 9, 36), None,
                        note="原件，审核后归还"),
        ),
        printed_at=datetime(2026, 11, 25, 16, 5),
        worker_name="李敏",
    )
    base.update(changes)
    return HandoverDoc(**base)


def pdf_reader(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def squash(text: str) -> str:
    """Drop all whitespace (line breaks from wrapping, ideographic spaces)."""
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> str:
    return squash("".join(page.extract_text() for page in pdf_reader(data).pages))


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pdf_reader(data).pages]


def fonts_used(data: bytes) -> list:
    out = []
    for page in pdf_reader(data).pages:
        fonts = page["/Resources"]["/Font"]
        out += [fonts[k].get_object() for k in fonts]
    return out


def text_spans(data: bytes) -> list[tuple[int, float, float, float, str]]:
    """(page index, left x, right x, baseline y, text) of every text run.

    The right edge is estimated from the CJK font's metrics, so it is only
    good for horizontal text drawn in that font (everything but a watermark).
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.printing import register_cjk_font

    font = register_cjk_font()
    spans = []
    for index, page in enumerate(pdf_reader(data).pages):
        def visit(text, cm, tm, _font_dict, size, index=index):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (cm[0] ** 2 + cm[1] ** 2) ** 0.5 * (tm[0] ** 2 + tm[1] ** 2) ** 0.5
            width = stringWidth(text.rstrip("\n"), font, size) * scale
            spans.append((index, x, x + width, y, text.strip()))

        page.extract_text(visitor_text=visit)
    return spans


def assert_inside_frame(data: bytes, spec) -> None:
    """Every text run lies inside the page frame (``spec`` is the PaperSpec):
    long text wrapped, nothing runs off the paper."""
    sizes = page_sizes(data)
    spans = text_spans(data)
    assert spans
    for index, left, right, y, text in spans:
        width, height = sizes[index]
        inside = spec.border_x - 0.5 <= left and right <= width - spec.border_x + 0.5
        assert inside, (index, left, right, text)
        assert spec.border_y - 0.5 <= y <= height - spec.border_y + 0.5, (index, y, text)


def flowing_text(data: bytes, running_title: str) -> str:
    """The PDF text without page furniture (footer, page numbers, running
    header), so text that flows over a page break reads as one piece."""
    text = pdf_text(data)
    for furniture in (
        squash(f"地址：{STATION.address}"),
        squash(f"电话：{STATION.phone}"),
        squash(f"{running_title}（续）"),
    ):
        text = text.replace(furniture, "")
    return re.sub(r"第\d+页/共\d+页", "", text)
