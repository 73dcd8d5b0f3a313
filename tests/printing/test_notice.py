"""一次性告知单: content, fonts, paper sizes, wrapping and safe output."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.units import mm

from app.printing import PrintingError, notice_bytes, render_notice

from ._helpers import (
    STATION,
    fonts_used,
    make_notice,
    page_sizes,
    pdf_text,
    squash,
)

PAPERS = ("A5", "roll80")
_cache: dict[tuple, bytes] = {}


def rendered(paper: str, **changes) -> bytes:
    key = (paper, tuple(sorted(changes.items())))
    if key not in _cache:
        _cache[key] = notice_bytes(make_notice(**changes), paper)
    return _cache[key]


@pytest.mark.parametrize("paper", PAPERS)
def test_notice_lists_everything_still_needed(paper):
    doc = make_notice()
    text = pdf_text(rendered(paper))
    expected = [
        STATION.name,
        "一次性告知单",
        doc.notice_number,
        "RK-012",
        "居住证申领（首次）",
        "张建国",
        "130102********0015",
        "赵立新",
        "2026-11-23 10:05",
        "2026年11月23日",
        "只需再跑一次",
        "材料齐全后15个工作日内办结",
        STATION.phone,
        *doc.materials_missing,
        *doc.forms,
        *doc.materials_provided,
    ]
    missing = [s for s in expected if squash(s) not in text]
    assert not missing, f"not found in the {paper} PDF text: {missing}"
    # numbered list of what is missing, in order
    positions = [text.index(f"{i}.{squash(m)}") for i, m in enumerate(doc.materials_missing, 1)]
    assert positions == sorted(positions)
    assert not re.search(r"\d{17}[\dXx]", text)


@pytest.mark.parametrize("paper", PAPERS)
def test_notice_on_the_spot_and_empty_lists(paper):
    text = pdf_text(rendered(paper, committed_days=0, forms=(), materials_provided=()))
    assert "材料齐全后当场办结" in text
    assert "需填写的表格（0份）无" in text
    assert "已提交的材料（0项）无" in text


@pytest.mark.parametrize("paper", PAPERS)
def test_notice_font_embedded_subset(paper):
    for font in fonts_used(rendered(paper)):
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"]


def test_notice_roll_width_and_growth():
    short = page_sizes(rendered("roll80"))
    assert len(short) == 1 and short[0][0] == pytest.approx(80 * mm, abs=0.01)
    many = tuple(f"补充材料{i}：近六个月的银行流水明细及工资收入证明（须加盖单位公章）" for i in range(25))
    long = notice_bytes(make_notice(materials_missing=many), "roll80")
    sizes = page_sizes(long)
    assert len(sizes) == 1 and sizes[0][1] > short[0][1] + 25 * 20
    assert len(page_sizes(notice_bytes(make_notice(materials_missing=many), "A5"))) > 1
    text = pdf_text(long)
    assert all(squash(m) in text for m in many)
    assert "只需再跑一次" in text


def test_notice_atomic_write(tmp_path):
    target = tmp_path / "notice.pdf"
    render_notice(make_notice(), target, "roll80")
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(PrintingError):
        render_notice(make_notice(), tmp_path / "no" / "such" / "dir.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]
