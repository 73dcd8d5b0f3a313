"""Printing: the slips the counter hands to residents, as PDF.

Pure Python + reportlab, fed with plain frozen dataclasses built by the
services.  Never import the database, the services or Qt from here.

The names below are loaded on first use (PEP 562): services import the plain
data classes (documents, report_data) at start-up, and that must not pull in
reportlab, its chart modules and the font — the desk is shown before they load.
"""
from __future__ import annotations

from importlib import import_module

_WHERE = {
    **dict.fromkeys(("CertificateDoc", "CustodyLine", "HandoverDoc", "NoticeDoc", "Paper", "ReceiptDoc",
                     "ReferralDoc", "StationHeader", "TicketDoc"), "documents"),
    "PrintingError": "errors",
    "register_cjk_font": "fonts",
    **dict.fromkeys(("certificate_bytes", "handover_bytes", "notice_bytes", "receipt_bytes", "referral_bytes",
                     "render_certificate", "render_handover", "render_notice", "render_receipt", "render_referral",
                     "render_report", "render_ticket", "report_pdf_bytes", "ticket_bytes"), "output"),
    **dict.fromkeys(("report_csv_bytes", "report_xlsx_bytes", "write_report"), "report_files"),
}
# The report's table definition is imported from its module (app.printing.report_tables): its main
# function shares the module's name, so it is not offered here.
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'app.printing' has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
