"""受理回执: content, fonts, paper sizes, wrapping and safe output."""

from __future__ import annotations

import ast
import io
import os
import re
import threading
import time
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from app.printing import (
    PrintingError,
    ReceiptDoc,
    fonts,
    receipt_bytes,
    register_cjk_font,
    render_receipt,
)

from ._helpers import (
    FULL_ID,
    MASKED_ID,
    STATION,
    fonts_used,
    make_receipt,
    page_sizes,
    pdf_reader,
    pdf_text,
    squash,
)

PAPERS = ("A5", "roll80")
_cache: dict[tuple, bytes] = {}


def rendered(paper: str, **changes) -> bytes:
    """Render (and memoise) a receipt so the tests stay fast."""
    key = (paper, tuple(sorted(changes.items())))
    if key not in _cache:
        _cache[key] = receipt_bytes(make_receipt(**changes), paper)
    return _cache[key]


@pytest.mark.parametrize("paper", PAPERS)
def test_receipt_shows_every_field(paper):
    doc = make_receipt()
    text = pdf_text(rendered(paper))
    expected = [
        STATION.name,
        "受理回执",
        doc.affair_number,
        "MZ-031",
        "失能老年人护理补贴申请",
        "代办上报件",
        "已受理",
        "王秀兰",
        MASKED_ID,
        "138****5678",
        "2026-11-23 09:41",
        "李敏",
        "2026年12月07日",
        "广内街道社会保障事务所（民政科）",
        "请妥善保管本回执，凭事项编号查询办理进度。",
        STATION.phone,
        STATION.address,
        "申请人行动不便，由其女儿代为办理。",
        *doc.materials_provided,
        *doc.materials_by_home_visit,
    ]
    missing = [s for s in expected if squash(s) not in text]
    assert not missing, f"not found in the {paper} PDF text: {missing}"
    for label in ("事项编号", "办理方式", "申请人", "证件号码", "联系电话", "受理时间",
                  "受理人", "承诺办结日期", "承办单位", "已收材料", "上门收取材料"):
        assert label in text, label


@pytest.mark.parametrize("paper", PAPERS)
def test_on_the_spot_receipt_says_completed_on_the_spot(paper):
    text = pdf_text(rendered(paper, handling_mode="on_the_spot", state="completed",
                             committed_date=None, materials_by_home_visit=()))
    assert "即办件" in text and "当场办结" in text and "已办结" in text
    assert "上门收取材料" not in text  # section omitted when there is nothing to collect


def test_transfer_receipt_mode_label():
    assert "转办件" in pdf_text(rendered("A5", handling_mode="transfer"))


@pytest.mark.parametrize("paper", PAPERS)
def test_font_is_an_embedded_truetype_subset(paper):
    data = rendered(paper)
    used = fonts_used(data)
    assert used, "no fonts at all?"
    for font in used:
        # only embedded TrueType subsets: no Helvetica, no non-embedded CID font
        assert font["/Subtype"] == "/TrueType", font
        assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert b"/FontFile2" in data


@pytest.mark.parametrize("paper", PAPERS)
def test_no_full_id_number_anywhere(paper):
    data = rendered(paper)
    text = pdf_text(data)
    assert MASKED_ID in text
    assert FULL_ID not in text
    assert not re.search(r"\d{17}[\dXx]", text), "an unmasked 18-digit ID is printed"
    meta = " ".join(str(v) for v in (pdf_reader(data).metadata or {}).values())
    assert FULL_ID not in meta and MASKED_ID not in meta and "王秀兰" not in meta  # no personal data in metadata


def test_roll_is_80mm_wide_single_piece():
    sizes = page_sizes(rendered("roll80"))
    assert len(sizes) == 1
    width, height = sizes[0]
    assert width == pytest.approx(80 * mm, abs=0.01)
    assert height > 100 * mm  # sized to the content, not a default page


def test_a5_is_a5_portrait_one_page():
    sizes = page_sizes(rendered("A5"))
    assert sizes == [pytest.approx((148 * mm, 210 * mm), abs=0.5)]


def test_long_material_list_grows_instead_of_being_cut():
    many = tuple(f"第{i}项：申请人家庭经济状况、住房情况及收入来源的书面证明材料原件（加盖公章）"
                 for i in range(1, 31))
    roll_short = page_sizes(rendered("roll80"))[0][1]
    roll_long = receipt_bytes(make_receipt(materials_provided=many), "roll80")
    sizes = page_sizes(roll_long)
    assert len(sizes) == 1 and sizes[0][1] > roll_short + 30 * 20  # ~2 wrapped lines per item
    a5_long = receipt_bytes(make_receipt(materials_provided=many), "A5")
    assert len(page_sizes(a5_long)) > 1
    for data in (roll_long, a5_long):
        text = pdf_text(data)
        for item in many:  # every item, fully, including the closing line after them
            assert squash(item) in text
        assert "请妥善保管本回执" in text


def test_long_names_wrap_and_markup_is_printed_literally():
    name = "阿卜杜热合曼·买买提依明·艾力"
    handler = "<b>A&B</b> Very-Long-English-Partner-Organisation-Name-Without-Any-Spaces 转办单位"
    data = receipt_bytes(make_receipt(resident_name=name, handler_name=handler,
                                      affair_type_name="超长事项名称" * 10), "roll80")
    text = pdf_text(data)
    assert squash(name) in text
    assert squash(handler) in text
    assert "超长事项名称" * 10 in text


def test_render_to_stream_and_path(tmp_path):
    buf = io.BytesIO()
    render_receipt(make_receipt(), buf, "roll80")
    assert buf.getvalue().startswith(b"%PDF")
    target = tmp_path / "回执.pdf"
    render_receipt(make_receipt(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["回执.pdf"]  # no temp file left


def test_unwritable_path_raises_printing_error_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for bad in (tmp_path / "missing" / "r.pdf", blocker / "r.pdf"):
        with pytest.raises(PrintingError) as err:
            render_receipt(make_receipt(), bad)
        assert "无法写入" in str(err.value) and "Cannot write" in str(err.value)
        assert not bad.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_path_the_system_cannot_take_is_a_printing_error(tmp_path):
    with pytest.raises(PrintingError):
        render_receipt(make_receipt(), str(tmp_path / "bad\0name.pdf"))


def test_disk_full_keeps_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old receipt")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(PrintingError, match="No space left"):
        render_receipt(make_receipt(), target)
    assert target.read_bytes() == b"old receipt"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # temp file removed


def test_unknown_paper_and_wrong_doc_type():
    with pytest.raises(PrintingError):
        receipt_bytes(make_receipt(), "A4")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        receipt_bytes(object(), "A5")  # type: ignore[arg-type]


def test_documents_are_frozen():
    doc = make_receipt()
    with pytest.raises(Exception):
        doc.resident_name = "x"  # type: ignore[misc]
    assert isinstance(doc, ReceiptDoc)


# ---------------------------------------------------------------- fonts


def test_shipped_font_and_licence_present():
    res = fonts.resources_dir() / "fonts"
    assert (res / "wqy-microhei.ttc").stat().st_size > 4_000_000
    assert "Apache-2.0" in (res / "wqy-microhei.LICENSE.txt").read_text(encoding="utf-8")


def test_font_registered_once_and_thread_safe(monkeypatch):
    name = register_cjk_font()
    assert register_cjk_font() == name
    assert fonts.cjk_font_is_embedded()
    loaded = pdfmetrics.getFont(name)
    calls = []

    def slow_load(path, index):
        calls.append(path)
        time.sleep(0.05)
        return loaded

    monkeypatch.setattr(fonts, "_registered_name", None)
    monkeypatch.setattr(fonts, "_registered_is_ttf", fonts._registered_is_ttf)
    monkeypatch.setattr(fonts, "_try_load", slow_load)
    results = []
    threads = [threading.Thread(target=lambda: results.append(register_cjk_font())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [name] * 8
    assert len(calls) == 1  # loaded once, not once per thread


def test_shipped_font_comes_first_and_meipass_is_honoured(monkeypatch, tmp_path):
    first = fonts._candidates()[0][0]
    assert first == Path(fonts.__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
    monkeypatch.setattr(fonts.sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(fonts.sys, "frozen", True, raising=False)
    assert fonts._candidates()[0][0] == tmp_path / "resources" / "fonts" / "wqy-microhei.ttc"
    assert fonts.resources_dir() == tmp_path / "resources"


def test_falls_back_to_cid_font_with_a_warning(monkeypatch, caplog):
    monkeypatch.setattr(fonts, "_registered_name", None)
    monkeypatch.setattr(fonts, "_registered_is_ttf", fonts._registered_is_ttf)
    monkeypatch.setattr(fonts, "_candidates", lambda: [])
    with caplog.at_level("WARNING", logger="app.printing.fonts"):
        assert register_cjk_font() == "STSong-Light"
    assert any("STSong-Light" in r.getMessage() for r in caplog.records)
    assert not fonts.cjk_font_is_embedded()
    # still renders (the viewer supplies the font)
    assert receipt_bytes(make_receipt(), "roll80").startswith(b"%PDF")


def test_printing_imports_no_database_ui_or_services():
    forbidden = ("sqlalchemy", "PySide6", "alembic", "app.models", "app.services", "app.ui", "app.db")
    pkg = Path(fonts.__file__).resolve().parent
    for source in pkg.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for n in names:
                assert not n.startswith(forbidden), f"{source.name} imports {n}"
