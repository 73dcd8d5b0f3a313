"""packaging/ is not a Python package (the name belongs to PyPI's `packaging`): load its modules by path."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "one-window.spec"

if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

import bundle_manifest as manifest  # noqa: E402
import smoke_bundle  # noqa: E402

__all__ = ["ROOT", "PACKAGING", "SPEC", "manifest", "smoke_bundle"]
