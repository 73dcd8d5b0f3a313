"""转办单 / 转介单: content, kinds, urgent mark, fonts, paper sizes, wrapping and safe output."""

from __future__ import annotations

import io
import re

import pytest
from reportlab.lib.units import mm

from app.printing import PrintingError, ReferralDoc, referral_bytes, render_referral
from app.printing.layout import paper_spec

from ._helpers import (
    FULL_ID,
    MASKED_ID,
    STATION,
    assert_inside_frame,
    flowing_text,
    fonts_used,
    make_referral,
    page_sizes,
    pdf_reader,
    pdf_text,
    squash,
)

PAPERS = ("A5", "roll80")
URGENT = "紧急·当日办结"
_cache: dict[tuple, bytes] = {}


def rendered(paper: str, **changes) -> bytes:
    key = (paper, tuple(sorted(changes.items())))
    if key not in _cache:
        _cache[key] = referral_bytes(make_referral(**changes), paper)
    return _cache[key]


@pytest.mark.parametrize("paper", PAPERS)
def test_dispatch_slip_shows_every_field(paper):
    doc = make_referral()
    text = pdf_text(rendered(paper))
    expected = [
        STATION.name,
        "转办单",
        doc.slip_number,
        doc.affair_number,
        "CG-004",
        "楼道堆物清理",
        "广内街道城市管理办公室",
        "010-63559876",
        "北京市西城区广安门内大街311号",
        "王秀兰",
        MASKED_ID,
        "138****5678",
        "3号楼2单元501",
        doc.request,
        *doc.materials_provided,
        "2026-11-23 10:12",
        "李敏",
        "2026年11月30日",
        STATION.phone,
    ]
    missing = [s for s in expected if squash(s) not in text]
    assert not missing, f"not found in the {paper} PDF text: {missing}"
    for label in ("转办单号", "事项编号", "承办单位", "单位电话", "单位地址", "居民姓名", "证件号码",
                  "联系电话", "居住地址", "转办时间", "转办人", "反馈期限", "转办事项及要求",
                  "随附材料（2项）"):
        assert label in text, label


@pytest.mark.parametrize("paper", PAPERS)
def test_return_part_has_blanks_and_deadline(paper):
    text = pdf_text(rendered(paper))
    tail = text[text.index("沿虚线剪下"):]  # the tear-off comes last
    for s in ("沿虚线剪下", "XC0712-20261123-0007-2", "王秀兰", "请于2026年11月30日前反馈办理结果。",
              "办理结果", "办理人", "日期", "承办单位盖章"):
        assert squash(s) in tail, s
    no_date = pdf_text(rendered(paper, committed_date=None))
    tail = no_date[no_date.index("沿虚线剪下"):]
    assert "反馈回执" in tail and "办理结果" in tail
    assert "请于" not in tail and "前反馈" not in tail
    assert "反馈期限—" in no_date  # the field shows a dash, not a date


@pytest.mark.parametrize("paper", PAPERS)
def test_referral_kind_changes_title_and_words(paper):
    text = pdf_text(rendered(paper, kind="referral"))
    assert "转介单" in text and "转介单号" in text and "接收单位" in text and "转介事项及要求" in text
    assert "转办单" not in text and "承办单位" not in text
    assert "转介人" in text and "转介时间" in text


def test_unknown_kind_is_a_printing_error():
    with pytest.raises(PrintingError, match="dispatch"):
        referral_bytes(make_referral(kind="forward"), "A5")


@pytest.mark.parametrize("paper", PAPERS)
def test_urgent_mark_only_when_urgent(paper):
    assert URGENT in pdf_text(rendered(paper, urgent=True))
    plain = pdf_text(rendered(paper))
    assert URGENT not in plain and "紧急" not in plain


@pytest.mark.parametrize("paper", PAPERS)
def test_no_full_id_number_and_no_personal_metadata(paper):
    data = rendered(paper)
    text = pdf_text(data)
    assert MASKED_ID in text
    assert FULL_ID not in text
    assert not re.search(r"\d{17}[\dXx]", text), "an unmasked 18-digit ID is printed"
    meta = " ".join(str(v) for v in (pdf_reader(data).metadata or {}).values())
    assert "XC0712-20261123-0007-2" in meta  # the slip number identifies the file
    assert FULL_ID not in meta and MASKED_ID not in meta and "王秀兰" not in meta and "138****5678" not in meta


@pytest.mark.parametrize("paper", PAPERS)
def test_font_is_an_embedded_truetype_subset(paper):
    data = rendered(paper, urgent=True)
    used = fonts_used(data)
    assert used
    for font in used:
        assert font["/Subtype"] == "/TrueType", font
        assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert b"Helvetica" not in data


def test_typical_slip_fits_one_a5_sheet_with_its_return_part():
    sizes = page_sizes(rendered("A5"))
    assert sizes == [pytest.approx((148 * mm, 210 * mm), abs=0.5)]


def test_roll_is_80mm_wide_single_piece():
    sizes = page_sizes(rendered("roll80", urgent=True))
    assert len(sizes) == 1
    assert sizes[0][0] == pytest.approx(80 * mm, abs=0.01)
    assert sizes[0][1] > 150 * mm


@pytest.mark.parametrize("paper", PAPERS)
def test_everything_stays_inside_the_frame(paper):
    assert_inside_frame(rendered(paper, urgent=True), paper_spec(paper))


def test_long_request_wraps_and_flows_onto_more_pages():
    request = "居民反映楼道内长期堆放杂物，存在消防安全隐患，经社区多次协调无果，请依法依规处置并书面反馈结果。" * 25
    long_name = "Very-Long-Partner-Organisation-Name-Without-Any-Spaces<b>&</b>城市管理综合执法队"
    for paper in PAPERS:
        data = referral_bytes(make_referral(request=request, partner_name=long_name,
                                            materials_provided=("照片",) * 20), paper)
        text = flowing_text(data, "转办单XC0712-20261123-0007-2")
        assert squash(request) in text
        assert squash(long_name) in text  # markup printed literally
        assert "办理结果" in text  # the return part still comes after all of it
        assert_inside_frame(data, paper_spec(paper))
        if paper == "A5":
            assert len(page_sizes(data)) > 1
        else:
            assert len(page_sizes(data)) == 1


def test_render_to_stream_and_path(tmp_path):
    buf = io.BytesIO()
    render_referral(make_referral(), buf, "roll80")
    assert buf.getvalue().startswith(b"%PDF")
    target = tmp_path / "转办单.pdf"
    render_referral(make_referral(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["转办单.pdf"]


def test_unwritable_path_raises_printing_error_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for bad in (tmp_path / "missing" / "r.pdf", blocker / "r.pdf"):
        with pytest.raises(PrintingError) as err:
            render_referral(make_referral(), bad)
        assert "无法写入" in str(err.value) and "Cannot write" in str(err.value)
        assert not bad.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_unknown_paper_and_wrong_doc_type():
    with pytest.raises(PrintingError):
        referral_bytes(make_referral(), "A4")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        referral_bytes(object(), "A5")  # type: ignore[arg-type]
    doc = make_referral()
    with pytest.raises(Exception):
        doc.urgent = True  # type: ignore[misc]
    assert isinstance(doc, ReferralDoc)
