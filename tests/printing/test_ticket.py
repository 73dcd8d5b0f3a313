"""排队取号单: content, the green-channel mark, fonts, paper and safe output."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import datetime, time

import pytest
from reportlab.lib.units import mm

from app.printing import PrintingError, TicketDoc, render_ticket, ticket_bytes
from app.printing.layout import ROLL80_SPEC

from ._helpers import STATION, assert_inside_frame, fonts_used, page_sizes, pdf_reader, pdf_text, squash


def make_ticket(**changes) -> TicketDoc:
    base = dict(
        station=STATION, code="V003", issued_at=datetime(2026, 11, 23, 10, 2), priority=True,
        priority_label="80岁以上老人", waiting_ahead=4, estimated_wait_minutes=11, masked_name="张**",
        appointment_slot=time(10, 30),
    )
    base.update(changes)
    return TicketDoc(**base)


ORDINARY = dict(code="A012", priority=False, priority_label="", waiting_ahead=7, estimated_wait_minutes=19,
                masked_name="", appointment_slot=None)
_cache: dict[tuple, bytes] = {}


def rendered(paper: str = "roll80", **changes) -> bytes:
    key = (paper, tuple(sorted(changes.items())))
    if key not in _cache:
        _cache[key] = ticket_bytes(make_ticket(**changes), paper)
    return _cache[key]


def test_priority_ticket_shows_code_mark_and_waiting_figures():
    text = pdf_text(rendered())
    for expected in (STATION.name, "排队取号单", "V003", "绿色通道", "80岁以上老人", "张**", "10:30",
                     "取号时间", "2026-11-23 10:02", "您前面还有4人，预计等候约11分钟", "请留意等候区叫号屏",
                     STATION.phone):
        assert squash(expected) in text, expected


def test_ordinary_ticket_has_no_green_channel_mark():
    text = pdf_text(rendered(**ORDINARY))
    assert "A012" in text and "您前面还有7人，预计等候约19分钟" in text
    assert "绿色通道" not in text and "预约时段" not in text and "姓名" not in text


def test_nobody_ahead_says_so():
    text = pdf_text(rendered(**{**ORDINARY, "waiting_ahead": 0, "estimated_wait_minutes": 0}))
    assert "您前面还有0人" in text and "预计等候" not in text


def test_font_is_an_embedded_truetype_subset():
    for font in fonts_used(rendered()):
        assert font["/Subtype"] == "/TrueType", font
        assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_code_is_printed_very_large():
    sizes = {}

    def visit(text, cm, tm, _font, size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            sizes[text.strip()] = max(sizes.get(text.strip(), 0), size * scale)

    pdf_reader(rendered()).pages[0].extract_text(visitor_text=visit)
    body = max(v for k, v in sizes.items() if k != "V003")
    assert sizes["V003"] >= 2.5 * body


def test_roll_is_80mm_wide_one_piece_and_everything_inside_the_frame():
    data = rendered()
    sizes = page_sizes(data)
    assert len(sizes) == 1 and sizes[0][0] == pytest.approx(80 * mm, abs=0.01)
    assert_inside_frame(data, ROLL80_SPEC)
    long = rendered(priority_label="残疾人（持证）及陪同家属、孕妇与怀抱婴儿者")
    assert_inside_frame(long, ROLL80_SPEC)
    assert "残疾人" in pdf_text(long)


def test_nothing_personal_beyond_the_masked_name():
    data = rendered()
    meta = " ".join(str(v) for v in (pdf_reader(data).metadata or {}).values())
    assert "张" not in meta and "V003" in meta


def test_a5_also_works_and_bad_input_is_refused(tmp_path):
    assert "V003" in pdf_text(rendered("A5"))
    with pytest.raises(PrintingError):
        ticket_bytes(make_ticket(), "A3")
    with pytest.raises(TypeError):
        ticket_bytes(object())  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make_ticket().code = "A001"  # type: ignore[misc]


def test_render_to_stream_and_path(tmp_path):
    buf = io.BytesIO()
    render_ticket(make_ticket(), buf)
    assert buf.getvalue().startswith(b"%PDF")
    target = tmp_path / "ticket.pdf"
    render_ticket(make_ticket(), target)
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(PrintingError):
        render_ticket(make_ticket(), tmp_path / "missing" / "ticket.pdf")
