"""Printing: the slips the counter hands to residents, as PDF.

Pure Python + reportlab, fed with plain frozen dataclasses built by the
services.  Never import the database, the services or Qt from here.
"""

from .documents import NoticeDoc, Paper, ReceiptDoc, StationHeader
from .errors import PrintingError
from .fonts import register_cjk_font
from .output import notice_bytes, receipt_bytes, render_notice, render_receipt

__all__ = [
    "NoticeDoc",
    "Paper",
    "PrintingError",
    "ReceiptDoc",
    "StationHeader",
    "notice_bytes",
    "receipt_bytes",
    "register_cjk_font",
    "render_notice",
    "render_receipt",
]
