"""The queue ticket slip: written to the documents folder, then sent to the 80 mm roll."""
from __future__ import annotations

from pathlib import Path

from app.services.context import ServiceContext
from app.services.reception_dto import TicketInfo


def slip_path(output_dir: Path, ticket: TicketInfo) -> Path:
    return Path(output_dir) / f"{ticket.day:%Y%m%d}-{ticket.code}-ticket.pdf"


def write_slip(ctx: ServiceContext, ticket: TicketInfo, output_dir: Path) -> Path:
    # reportlab costs ~0.3 s to import: keep it off the start-up path.
    from app import printing
    from app.services import tickets

    path = slip_path(output_dir, ticket)
    path.parent.mkdir(parents=True, exist_ok=True)
    printing.render_ticket(tickets.ticket_doc(ctx, ticket.id), path, "roll80")  # written atomically
    return path
