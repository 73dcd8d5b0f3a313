"""Public rendering entry points and atomic output."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from app.files import atomic_write

from .certificate import certificate_pdf
from .documents import CertificateDoc, HandoverDoc, NoticeDoc, Paper, ReceiptDoc, ReferralDoc, TicketDoc
from .errors import PrintingError
from .handover import handover_pdf
from .layout import paper_spec
from .notice import notice_pdf
from .receipt import receipt_pdf
from .referral import referral_pdf
from .report_data import Report
from .report_pdf import report_pdf_bytes
from .ticket import ticket_pdf


def receipt_bytes(doc: ReceiptDoc, paper: Paper = "A5") -> bytes:
    """The 受理回执 as PDF bytes."""
    if not isinstance(doc, ReceiptDoc):
        raise TypeError(f"expected ReceiptDoc, got {type(doc).__name__}")
    return receipt_pdf(doc, paper_spec(paper))


def notice_bytes(doc: NoticeDoc, paper: Paper = "A5") -> bytes:
    """The 一次性告知单 as PDF bytes."""
    if not isinstance(doc, NoticeDoc):
        raise TypeError(f"expected NoticeDoc, got {type(doc).__name__}")
    return notice_pdf(doc, paper_spec(paper))


def referral_bytes(doc: ReferralDoc, paper: Paper = "A5") -> bytes:
    """The 转办单 / 转介单 (by ``doc.kind``) as PDF bytes."""
    if not isinstance(doc, ReferralDoc):
        raise TypeError(f"expected ReferralDoc, got {type(doc).__name__}")
    return referral_pdf(doc, paper_spec(paper))


def certificate_bytes(doc: CertificateDoc) -> bytes:
    """The 证明 as PDF bytes (always A4 portrait)."""
    if not isinstance(doc, CertificateDoc):
        raise TypeError(f"expected CertificateDoc, got {type(doc).__name__}")
    return certificate_pdf(doc)


def handover_bytes(doc: HandoverDoc, paper: Paper = "A5") -> bytes:
    """The 全程代办材料交接单 as PDF bytes."""
    if not isinstance(doc, HandoverDoc):
        raise TypeError(f"expected HandoverDoc, got {type(doc).__name__}")
    return handover_pdf(doc, paper_spec(paper))


def ticket_bytes(doc: TicketDoc, paper: Paper = "roll80") -> bytes:
    """The 排队取号单 as PDF bytes (normally the 80 mm roll)."""
    if not isinstance(doc, TicketDoc):
        raise TypeError(f"expected TicketDoc, got {type(doc).__name__}")
    return ticket_pdf(doc, paper_spec(paper))


def render_receipt(doc: ReceiptDoc, out: str | Path | BinaryIO, paper: Paper = "A5") -> None:
    """Render the receipt to a path (written atomically) or a binary stream."""
    write_pdf(receipt_bytes(doc, paper), out)


def render_notice(doc: NoticeDoc, out: str | Path | BinaryIO, paper: Paper = "A5") -> None:
    """Render the one-time notice to a path (written atomically) or a binary stream."""
    write_pdf(notice_bytes(doc, paper), out)


def render_referral(doc: ReferralDoc, out: str | Path | BinaryIO, paper: Paper = "A5") -> None:
    """Render the referral slip to a path (written atomically) or a binary stream."""
    write_pdf(referral_bytes(doc, paper), out)


def render_certificate(doc: CertificateDoc, out: str | Path | BinaryIO) -> None:
    """Render the certificate to a path (written atomically) or a binary stream."""
    write_pdf(certificate_bytes(doc), out)


def render_handover(doc: HandoverDoc, out: str | Path | BinaryIO, paper: Paper = "A5") -> None:
    """Render the hand-over slip to a path (written atomically) or a binary stream."""
    write_pdf(handover_bytes(doc, paper), out)


def render_ticket(doc: TicketDoc, out: str | Path | BinaryIO, paper: Paper = "roll80") -> None:
    """Render the queue ticket to a path (written atomically) or a binary stream."""
    write_pdf(ticket_bytes(doc, paper), out)


def render_report(report: Report, out: str | Path | BinaryIO, lang: str = "zh") -> None:
    """Render the daily report as PDF to a path (written atomically) or a binary stream.

    For XLSX and CSV use ``write_report(report, fmt, path, lang)``.
    """
    write_pdf(report_pdf_bytes(report, lang), out)


def write_pdf(data: bytes, out: str | Path | BinaryIO) -> None:
    """Write finished PDF bytes to ``out``.

    A path is written atomically: a temporary file in the same folder is
    filled, flushed to disk and then renamed over the target, so a failure
    (full disk, permissions, missing folder) never leaves a half-written PDF.
    """
    if isinstance(out, (str, os.PathLike)):
        _write_atomic(Path(out), data)
        return
    try:
        out.write(data)
        flush = getattr(out, "flush", None)
        if flush is not None:
            flush()
    except (OSError, ValueError) as exc:
        raise PrintingError(f"无法写入打印文件：{exc} / Cannot write the PDF: {exc}") from exc


def _write_atomic(target: Path, data: bytes) -> None:
    try:
        atomic_write(target, data)
    except (OSError, ValueError) as exc:  # ValueError: a path the OS cannot take (a NUL byte)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise PrintingError(
            f"无法写入文件 {target}：{reason}。请检查目录是否存在、是否有写权限以及磁盘空间。 / "
            f"Cannot write {target}: {reason}. Check that the folder exists, is writable "
            f"and the disk is not full."
        ) from exc
