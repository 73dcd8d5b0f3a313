"""排队取号单 -- the queue ticket slip, normally on the 80 mm roll.

The resident carries it around the waiting area, so it shows nothing
personal but the masked name.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from .documents import TicketDoc
from .layout import (
    INK,
    Heading,
    Meta,
    PaperSpec,
    Rule,
    Styles,
    boxed_paragraph,
    build_pdf,
    esc,
    fields_table,
    flow_footer,
    fmt_datetime,
)

TITLE = "排队取号单"
GREEN_CHANNEL = "绿色通道"
WATCH_BOARD = "请留意等候区叫号屏"
MISSED = "过号请到服务窗口说明，可重新排队"


def waiting_text(doc: TicketDoc) -> str:
    if doc.waiting_ahead <= 0:
        return "您前面还有 0 人，即将为您叫号"
    return f"您前面还有 {doc.waiting_ahead} 人，预计等候约 {doc.estimated_wait_minutes} 分钟"


def green_text(doc: TicketDoc) -> str:
    return f"{GREEN_CHANNEL} · {doc.priority_label}" if doc.priority_label else GREEN_CHANNEL


class Badge(Flowable):
    """White text on a solid black band: a mark a thermal printer prints boldly (it has no green)."""

    def __init__(self, text: str, font: str, size: float, *, space_before: float = 0.0, space_after: float = 0.0):
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth, availHeight):
        # shrink a long reason to the line rather than wrap the band
        pad = self.size * 0.9
        while self.size > 6 and stringWidth(self.text, self.font, self.size) + 2 * pad > availWidth:
            self.size -= 0.5
            pad = self.size * 0.9
        self.width, self.height = availWidth, self.size * 1.9
        return self.width, self.height

    def draw(self):
        c = self.canv
        text_w = stringWidth(self.text, self.font, self.size)
        band_w = min(self.width, text_w + 1.8 * self.size)
        x = (self.width - band_w) / 2
        c.saveState()
        c.setFillColor(INK)
        c.roundRect(x, 0, band_w, self.height, self.size * 0.35, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(0.3)
        c.setFont(self.font, self.size)
        c.drawString((self.width - text_w) / 2, self.height / 2 - self.size * 0.36, self.text, mode=2)
        c.restoreState()


def _flowables(doc: TicketDoc, st: Styles) -> list[Flowable]:
    spec = st.spec
    s = doc.station
    code_size = 30 * mm if spec.name == "roll80" else 34 * mm  # the number is read from arm's length
    out: list[Flowable] = [
        Heading(s.name, st.font, spec.station, stroke=0.25, space_after=spec.leading * 0.15),
        Heading(TITLE, st.font, spec.title, char_space=spec.title_space, stroke=0.45, space_after=2),
        Rule(double=True, space_before=2, space_after=spec.leading * 0.4),
        Paragraph("您的号码", st.small_centre),
        Heading(doc.code, st.font, code_size * 0.62, stroke=1.6, leading=code_size * 0.72,
                space_before=2, space_after=spec.leading * 0.7),
    ]
    if doc.priority:
        out.append(Badge(green_text(doc), st.font, spec.base + 3, space_after=spec.leading * 0.5))
    rows = []
    if doc.masked_name:
        rows.append([("姓　　名", doc.masked_name)])
    if doc.appointment_slot is not None:
        rows.append([("预约时段", doc.appointment_slot.strftime("%H:%M"))])
    rows.append([("取号时间", fmt_datetime(doc.issued_at))])
    out.append(fields_table(rows, st))
    out.append(boxed_paragraph(waiting_text(doc), st, centred=True))
    out.append(Spacer(1, spec.leading * 0.3))
    out.append(Paragraph(esc(WATCH_BOARD), st.centre))
    out.append(Paragraph(esc(MISSED), st.small_centre))
    if not spec.page_footer:
        out += flow_footer(s.address, s.phone, st)
    return out


def ticket_pdf(doc: TicketDoc, spec: PaperSpec) -> bytes:
    s = doc.station
    footer = "　　".join(p for p in (f"地址：{s.address}" if s.address else "",
                                    f"电话：{s.phone}" if s.phone else "") if p)
    # No name in the metadata: a PDF left in a print spool must not say who queued.
    meta = Meta(title=f"{TITLE} {doc.code}", subject=TITLE, author=s.name, running_title=f"{TITLE}　{doc.code}",
                footer=footer)
    return build_pdf(lambda st: _flowables(doc, st), spec, meta)
