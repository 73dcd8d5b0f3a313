"""证明 -- the certificate issued when an affair is completed (A4 portrait).

The body text comes filled in from the per-type template; this module only
lays it out: letterhead, spaced title, number, indented paragraphs, and at
the foot of the last page the verification QR code and the place for the
station's seal.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .documents import CertificateDoc
from .layout import (
    A4_SPEC,
    GREY,
    INK,
    LIGHT,
    AtBottom,
    Heading,
    Rule,
    Styles,
    build_pdf,
    esc,
    fmt_date_cn,
    QrCode,
    slip_meta,
    wrap_text,
)

COPY_MARK = "（副本）"
WATERMARK = "副本 COPY"
VERIFY_HINT = "扫码核验证明编号"
SEAL_LABEL = "（盖章）"
SEAL_DIAMETER = 42 * mm  # a standard round official seal


class SealSignOff(Flowable):
    """Issuer, station name and date, right-aligned, with a dashed circle
    centred on the name and date where the round seal is pressed."""

    def __init__(self, issuer: str, station_name: str, when: str, font: str, size: float):
        super().__init__()
        self.issuer, self.station_name, self.when = issuer, station_name, when
        self.font, self.size = font, size
        self.lead = size * 1.7
        self.margin = 6 * mm  # the seal overhangs the text on the right

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self._name_lines = wrap_text(self.station_name, self.font, self.size,
                                     availWidth - 2 * self.margin)
        r = SEAL_DIAMETER / 2
        self._cy = r + 2
        # last name line just above the circle's centre line, the date below it
        self._name_y = self._cy + self.size * 0.15
        top_name = self._name_y + self.lead * (len(self._name_lines) - 1) + self.size
        self._issuer_y = max(self._cy + r, top_name) + self.lead * 0.8
        self.height = self._issuer_y + self.size * 0.4
        return self.width, self.height

    def draw(self):
        c = self.canv
        right = self.width - self.margin
        lines = [*self._name_lines, self.when]
        cx = right - max(stringWidth(t, self.font, self.size) for t in lines) / 2
        c.saveState()
        c.setStrokeColor(LIGHT)
        c.setLineWidth(0.8)
        c.setDash(4, 3)
        c.circle(cx, self._cy, SEAL_DIAMETER / 2, stroke=1, fill=0)
        small = self.size * 0.65
        c.setFillColor(GREY)
        c.setFont(self.font, small)
        c.drawCentredString(cx, self._cy - SEAL_DIAMETER / 2 + small * 1.4, SEAL_LABEL)
        c.setFillColor(INK)
        c.setFont(self.font, self.size)
        y = self._name_y + self.lead * (len(self._name_lines) - 1)
        for line in lines:
            c.drawRightString(right, y, line)
            y -= self.lead
        c.drawRightString(right, self._issuer_y, f"经办人：{self.issuer}")
        c.restoreState()


def _closing(doc: CertificateDoc, st: Styles) -> Table:
    spec = st.spec
    qr_col = spec.qr + 16 * mm
    cap = ParagraphStyle("qr_cap", parent=st.small, alignment=TA_CENTER, textColor=GREY,
                         leading=spec.small * 1.35)
    number = ParagraphStyle("qr_number", parent=cap, textColor=INK)
    qr = Table([[QrCode(doc.qr_payload, spec.qr)]], colWidths=[qr_col])
    qr.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    left = [qr, Paragraph(esc(doc.number), number), Paragraph(VERIFY_HINT, cap)]
    seal = SealSignOff(doc.issuer_name, doc.station.name, fmt_date_cn(doc.issued_on),
                       st.font, spec.base)
    tbl = Table([[left, seal]], colWidths=[qr_col, spec.content_width - qr_col])
    tbl.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return tbl


def _flowables(doc: CertificateDoc, st: Styles) -> list[Flowable]:
    spec = st.spec
    number_style = ParagraphStyle("cert_number", parent=st.body, fontSize=spec.number,
                                  leading=spec.number * 1.4, alignment=TA_RIGHT)
    body = ParagraphStyle("cert_body", parent=st.body, alignment=TA_JUSTIFY,
                          firstLineIndent=spec.base * 2, spaceAfter=spec.leading * 0.15)
    out: list[Flowable] = [
        Paragraph(esc(f"编号：{doc.number}{COPY_MARK if doc.copy else ''}"), number_style),
        Heading(doc.station.name, st.font, spec.station, stroke=0.3, space_before=4, space_after=2),
        Rule(double=True, space_before=2, space_after=spec.leading * 0.9),
        Heading(doc.title, st.font, spec.title, char_space=spec.title_space, stroke=0.6,
                space_after=spec.leading * 0.9),
    ]
    text = "".join(doc.paragraphs)
    if doc.resident_name not in text or doc.id_number not in text:
        # the template normally names the holder; when it does not, say who it is for
        who = f"证明对象：{doc.resident_name}"
        if doc.id_number:
            who += f"　证件号码：{doc.id_number}"
        out.append(Paragraph(esc(who), ParagraphStyle("cert_who", parent=st.body,
                                                      spaceAfter=spec.leading * 0.3)))
    paras = list(doc.paragraphs)
    if doc.valid_until is not None:
        # before the customary closing "特此证明。", which must stay last
        at = len(paras) - 1 if paras and paras[-1].strip().startswith("特此证明") else len(paras)
        paras.insert(at, f"本证明有效期至{fmt_date_cn(doc.valid_until)}。")
    body_flow = [Paragraph(esc(p), body) for p in paras]
    lead = body_flow.pop() if body_flow else None
    out += body_flow
    out.append(AtBottom(_closing(doc, st), lead, gap=spec.leading))
    return out


def certificate_pdf(doc: CertificateDoc) -> bytes:
    meta = slip_meta(doc.title, doc.number, doc.title, doc.station, "电话")
    if doc.copy:
        meta = replace(meta, watermark=WATERMARK)
    return build_pdf(lambda st: _flowables(doc, st), A4_SPEC, meta)
