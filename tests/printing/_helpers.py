"""Sample documents and PDF helpers shared by the printing tests."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pypdf

from app.printing import NoticeDoc, ReceiptDoc, StationHeader

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
