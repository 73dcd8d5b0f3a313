"""CJK font registration for the printed slips.

Chinese text must show on any PDF viewer, so we embed a TrueType subset of a
CJK font.  The application ships WenQuanYi Micro Hei in ``resources/fonts``;
system fonts are only a fallback, and reportlab's built-in (non-embedded) CID
font ``STSong-Light`` is the last resort.

Loading the 5 MB TTC takes ~0.1 s, so registration is lazy, done once per
process and guarded by a lock: the GUI registers it from a background thread
once the desk is shown, and the first print then costs nothing extra.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

SHIPPED_FONT_FILE = "wqy-microhei.ttc"
FALLBACK_CID_FONT = "STSong-Light"

# A few characters every slip prints; a candidate font must have them all.
_PROBE_CHARS = "受理回执告知单号"

_lock = threading.Lock()
_registered_name: str | None = None
_registered_is_ttf: bool = False


def resources_dir() -> Path:
    """The ``resources`` folder, in a source checkout or a PyInstaller bundle."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass) / "resources"
    # app/printing/fonts.py -> repo root / resources
    return Path(__file__).resolve().parents[2] / "resources"


def _candidates() -> list[tuple[Path, int]]:
    """(font file, sub-font index) in lookup order."""
    out: list[tuple[Path, int]] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        out.append((Path(meipass) / "resources" / "fonts" / SHIPPED_FONT_FILE, 0))
    out.append((Path(__file__).resolve().parents[2] / "resources" / "fonts" / SHIPPED_FONT_FILE, 0))

    # Linux (Debian/Ubuntu, Fedora, Arch layouts) -- fixed paths, no fc-match.
    for p in (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ):
        out.append((Path(p), 0))

    # Windows.
    windir = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    for name in ("msyh.ttc", "simhei.ttf", "simsun.ttc"):
        out.append((windir / name, 0))
        if str(windir).replace("\\", "/").lower() != "c:/windows/fonts":
            out.append((Path("C:/Windows/Fonts") / name, 0))

    # macOS.
    for p in (
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    ):
        out.append((Path(p), 0))

    # De-duplicate while keeping order.
    seen: set[str] = set()
    uniq = []
    for path, idx in out:
        key = f"{path}|{idx}"
        if key not in seen:
            seen.add(key)
            uniq.append((path, idx))
    return uniq


def _try_load(path: Path, index: int) -> TTFont | None:
    if not path.is_file():
        return None
    try:
        font = TTFont("OneWindowCJK", str(path), subfontIndex=index)
    except Exception as exc:  # CFF outlines, broken files, unsupported TTC...
        log.info("CJK font candidate %s unusable: %s", path, exc)
        return None
    cmap = getattr(font.face, "charToGlyph", {}) or {}
    if not all(ord(ch) in cmap for ch in _PROBE_CHARS):
        log.info("CJK font candidate %s lacks Chinese glyphs", path)
        return None
    return font


def register_cjk_font() -> str:
    """Register the CJK font (once per process) and return its reportlab name.

    Thread-safe; later calls return the cached name immediately.
    """
    global _registered_name, _registered_is_ttf
    name = _registered_name
    if name is not None:
        return name
    with _lock:
        if _registered_name is not None:
            return _registered_name
        for path, index in _candidates():
            font = _try_load(path, index)
            if font is not None:
                pdfmetrics.registerFont(font)
                log.debug("CJK font registered from %s", path)
                _registered_is_ttf = True
                _registered_name = font.fontName
                return _registered_name
        log.warning(
            "No embeddable CJK TrueType font found (shipped %s missing?); "
            "falling back to the non-embedded CID font %s -- Chinese may not "
            "display on every viewer.",
            SHIPPED_FONT_FILE,
            FALLBACK_CID_FONT,
        )
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
        _registered_is_ttf = False
        _registered_name = FALLBACK_CID_FONT
        return _registered_name


def cjk_font_is_embedded() -> bool:
    """True when the registered font is an embedded TrueType subset."""
    register_cjk_font()
    return _registered_is_ttf

