"""The acceptance receipt written where a screen other than the desk accepts an affair."""
from __future__ import annotations

from pathlib import Path

from app.services.context import ServiceContext


def write_receipt(ctx: ServiceContext, output_dir: Path, affair_id: int, number: str) -> Path:
    # reportlab costs ~0.3 s to import: keep it off the start-up path.
    from app import printing
    from app.services import documents

    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / f"{number}-receipt.pdf"
    printing.render_receipt(documents.receipt(ctx, affair_id), path, "A5")
    return path
