"""Printing: the slips the counter hands to residents, as PDF.

Pure Python + reportlab, fed with plain frozen dataclasses built by the
services.  Never import the database, the services or Qt from here.
"""

from .documents import (
    CertificateDoc,
    CustodyLine,
    HandoverDoc,
    NoticeDoc,
    Paper,
    ReceiptDoc,
    ReferralDoc,
    StationHeader,
    TicketDoc,
)
from .errors import PrintingError
from .fonts import register_cjk_font
from .output import (
    certificate_bytes,
    handover_bytes,
    notice_bytes,
    receipt_bytes,
    referral_bytes,
    render_certificate,
    render_handover,
    render_notice,
    render_receipt,
    render_referral,
    render_ticket,
    ticket_bytes,
)

__all__ = [
    "CertificateDoc",
    "CustodyLine",
    "HandoverDoc",
    "NoticeDoc",
    "Paper",
    "PrintingError",
    "ReceiptDoc",
    "ReferralDoc",
    "StationHeader",
    "TicketDoc",
    "certificate_bytes",
    "handover_bytes",
    "notice_bytes",
    "receipt_bytes",
    "referral_bytes",
    "register_cjk_font",
    "render_certificate",
    "render_handover",
    "render_notice",
    "render_receipt",
    "render_referral",
    "render_ticket",
    "ticket_bytes",
]
