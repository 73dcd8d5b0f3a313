"""The program's version, one number from pyproject.toml wherever the program runs.

A source checkout reads pyproject.toml itself: the installed metadata of an editable install keeps the
version of the last `pip install` and would lie after a bump. The desktop bundle carries the number in
a file its build wrote (packaging/one-window.spec); an installed wheel has its metadata.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

DIST_NAME = "one-window"
# Written by packaging/one-window.spec into the bundle's root folder (sys._MEIPASS).
BUNDLED_FILE = "one-window.version"
UNKNOWN = "0+unknown"


def _from_pyproject(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    import tomllib

    try:
        version = tomllib.loads(text).get("project", {}).get("version")
    except tomllib.TOMLDecodeError:
        return None
    return str(version) if version else None


def _from_bundle() -> str | None:
    frozen = getattr(sys, "_MEIPASS", None)
    if not frozen:
        return None
    try:
        text = (Path(frozen) / BUNDLED_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if re.fullmatch(r"[0-9A-Za-z.+!-]+", text) else None


def _from_metadata() -> str | None:
    from importlib import metadata

    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return None


@lru_cache(maxsize=1)
def version() -> str:
    """"0.1.0" and the like; "0+unknown" only if every source is missing."""
    return (_from_bundle()
            or _from_pyproject(Path(__file__).resolve().parents[1] / "pyproject.toml")
            or _from_metadata()
            or UNKNOWN)


__all__ = ["version", "DIST_NAME", "BUNDLED_FILE"]
