"""Where the data files shipped with the program live, in a checkout or a bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def resource(*parts: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root.joinpath("resources", *parts)
