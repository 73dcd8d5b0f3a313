"""全程代办材料交接单: content, custody table, fonts, paper sizes, wrapping and safe output."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from reportlab.lib.units import mm

from app.printing import CustodyLine, HandoverDoc, PrintingError, handover_bytes, render_handover
from app.printing.layout import paper_spec

from ._helpers import (
    FULL_ID,
    MASKED_ID,
    STATION,
    assert_inside_frame,
    flowing_text,
    fonts_used,
    make_handover,
    page_sizes,
    pdf_reader,
    pdf_text,
    squash,
)

PAPERS = ("A5", "roll80")
_cache: dict[tuple, bytes] = {}


def rendered(paper: str, **changes) -> bytes:
    key = (paper, tuple(sorted(changes.items())))
    if key not in _cache:
        _cache[key] = handover_bytes(make_handover(**changes), paper)
    return _cache[key]


@pytest.mark.parametrize("paper", PAPERS)
def test_handover_shows_every_field(paper):
    doc = make_handover()
    text = pdf_text(rendered(paper))
    expected = [
        STATION.name,
        "全程代办材料交接单",
        doc.affair_number,
        "MZ-031",
        "失能老年人护理补贴申请",
        "王秀兰",
        MASKED_ID,
        "2026-11-23 09:30",
        "2026-11-25 16:05",
        "李敏",
        doc.authorisation_scope,
        *(line.name for line in doc.lines),
        "原件，审核后归还",
        "2026-11-23 09:35",
        "2026-11-25 16:00",
        STATION.phone,
    ]
    missing = [s for s in expected if squash(s) not in text]
    assert not missing, f"not found in the {paper} PDF text: {missing}"
    for label in ("事项编号", "委托人", "证件号码", "委托时间", "经办人", "打印时间", "委托代办事项",
                  "材料交接明细（共3项，未归还2项）", "居民（委托人）签字", "经办人签字", "日期"):
        assert label in text, label
    assert text.count("未归还") == 3  # the summary and the two documents still held


def test_a5_custody_table_columns_and_rows():
    text = pdf_text(rendered("A5"))
    assert "序号材料名称份数收取时间归还时间" in text
    assert "1户口簿原件12026-11-2309:352026-11-2516:00" in text
    assert "2居民身份证复印件22026-11-2309:35未归还" in text


def test_roll_lists_each_document_as_a_block():
    text = pdf_text(rendered("roll80"))
    assert "1.户口簿原件×1份收取：2026-11-2309:35归还：2026-11-2516:00" in text
    assert "2.居民身份证复印件×2份收取：2026-11-2309:35归还：未归还" in text
    assert "备注：原件，审核后归还" in text


@pytest.mark.parametrize("paper", PAPERS)
def test_all_returned_and_empty(paper):
    back = datetime(2026, 11, 26, 9, 0)
    returned = tuple(CustodyLine(ln.name, ln.copies, ln.taken_at, back) for ln in make_handover().lines)
    text = pdf_text(rendered(paper, lines=returned))
    assert "未归还" in text  # only in the summary line ...
    assert "材料交接明细（共3项，未归还0项）" in text and text.count("未归还") == 1
    empty = pdf_text(rendered(paper, lines=()))
    assert "材料交接明细（共0项，未归还0项）" in empty and "无" in empty


@pytest.mark.parametrize("paper", PAPERS)
def test_no_full_id_number_and_no_personal_metadata(paper):
    data = rendered(paper)
    text = pdf_text(data)
    assert MASKED_ID in text
    assert FULL_ID not in text
    assert not re.search(r"\d{17}[\dXx]", text), "an unmasked 18-digit ID is printed"
    meta = " ".join(str(v) for v in (pdf_reader(data).metadata or {}).values())
    assert FULL_ID not in meta and MASKED_ID not in meta and "王秀兰" not in meta


@pytest.mark.parametrize("paper", PAPERS)
def test_font_is_an_embedded_truetype_subset(paper):
    data = rendered(paper)
    used = fonts_used(data)
    assert used
    for font in used:
        assert font["/Subtype"] == "/TrueType", font
        assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert b"Helvetica" not in data


def test_typical_slip_is_one_a5_sheet_and_one_roll_piece():
    assert page_sizes(rendered("A5")) == [pytest.approx((148 * mm, 210 * mm), abs=0.5)]
    roll = page_sizes(rendered("roll80"))
    assert len(roll) == 1 and roll[0][0] == pytest.approx(80 * mm, abs=0.01)


@pytest.mark.parametrize("paper", PAPERS)
def test_everything_stays_inside_the_frame(paper):
    assert_inside_frame(rendered(paper), paper_spec(paper))


def test_many_documents_and_long_scope_flow_onto_more_pages():
    taken = datetime(2026, 11, 23, 9, 35)
    lines = tuple(
        CustodyLine(f"第{i}份：申请人家庭成员的户口簿、居民身份证及婚姻状况证明原件（须核验后归还）", 1, taken,
                    None if i % 2 else taken, note="原件" if i % 3 == 0 else "")
        for i in range(1, 26)
    )
    scope = "委托服务站工作人员代为提交申请材料、领取审核结果并代为签收相关通知。" * 10
    for paper in PAPERS:
        data = handover_bytes(make_handover(lines=lines, authorisation_scope=scope), paper)
        text = flowing_text(data, "全程代办材料交接单XC0712-20261123-0011")
        assert squash(scope) in text
        for ln in lines:
            assert squash(ln.name) in text
        assert "居民（委托人）签字" in text  # the signatures still come after all of it
        assert_inside_frame(data, paper_spec(paper))
        if paper == "A5":
            pages = pdf_reader(data).pages
            assert len(pages) > 1
            # the table header is repeated on the next page
            assert all("材料名称" in squash(p.extract_text()) for p in pages[1:2])
        else:
            assert len(page_sizes(data)) == 1


def test_render_to_stream_and_path(tmp_path):
    buf = io.BytesIO()
    render_handover(make_handover(), buf, "roll80")
    assert buf.getvalue().startswith(b"%PDF")
    target = tmp_path / "交接单.pdf"
    render_handover(make_handover(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["交接单.pdf"]


def test_unwritable_path_raises_printing_error_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for bad in (tmp_path / "missing" / "h.pdf", blocker / "h.pdf"):
        with pytest.raises(PrintingError) as err:
            render_handover(make_handover(), bad)
        assert "无法写入" in str(err.value) and "Cannot write" in str(err.value)
        assert not bad.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_unknown_paper_and_wrong_doc_type():
    with pytest.raises(PrintingError):
        handover_bytes(make_handover(), "A4")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        handover_bytes(object(), "A5")  # type: ignore[arg-type]
    doc = make_handover()
    with pytest.raises(Exception):
        doc.lines = ()  # type: ignore[misc]
    assert isinstance(doc, HandoverDoc)
