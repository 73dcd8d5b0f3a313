"""Draws the application icon: 窗 in white on a rounded square of deep red, in the font the program ships.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py

writes resources/icons/one-window.png (256 px; the window icon) and one-window.ico (16 to 256 px; the
Windows executable and its shortcuts). Each size is drawn on its own rather than scaled down, so the
small ones stay sharp. The files are committed; run this again only to change the design.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QGuiApplication, QImage, QLinearGradient,  # noqa: E402
                           QPainter, QPainterPath, QPen)

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
GLYPH = "窗"
RED_TOP, RED_BOTTOM = QColor("#c62f2f"), QColor("#9e1b1e")
GOLD = QColor("#f2c66d")


def draw(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    # Small icons fill their square: a margin would leave a 16 px glyph 10 px tall.
    margin = 0 if size <= 24 else size / 32
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = box.width() * 0.2
    gradient = QLinearGradient(box.topLeft(), box.bottomLeft())
    gradient.setColorAt(0, RED_TOP)
    gradient.setColorAt(1, RED_BOTTOM)
    path = QPainterPath()
    path.addRoundedRect(box, radius, radius)
    p.fillPath(path, gradient)
    if size >= 48:
        # A thin gold frame inside the edge, like a window's frame; lost in the noise below 48 px.
        inset = box.width() * 0.07
        frame = box.adjusted(inset, inset, -inset, -inset)
        pen = QPen(GOLD, max(1.0, size / 96))
        p.setPen(pen)
        p.drawRoundedRect(frame, radius * 0.7, radius * 0.7)
    font = QFont(family)
    font.setPixelSize(round(box.height() * (0.78 if size <= 24 else 0.62)))
    font.setBold(size <= 32)  # hairlines vanish at 16-32 px
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    p.setFont(font)
    p.setPen(QColor("white"))
    # Centre the ink, not the em box (whose descent leaves the glyph high); whole pixels keep small sizes crisp.
    ink = QPainterPath()
    ink.addText(0, 0, font, GLYPH)
    centre = box.center() - ink.boundingRect().center()
    p.drawText(QPointF(round(centre.x()), round(centre.y())), GLYPH)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An .ico whose entries are PNG images (read by Windows Vista and later, and by PyInstaller)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in pngs:
        dim = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


_app = None  # fonts and painting need an application, alive while they work


def main() -> int:
    global _app
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    if font_id < 0:
        print(f"cannot load {FONT}", file=sys.stderr)
        return 1
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = [(size, png_bytes(draw(size, family))) for size in ICO_SIZES]
    (OUT / "one-window.png").write_bytes(dict(pngs)[256])
    (OUT / "one-window.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {OUT / 'one-window.png'} and {OUT / 'one-window.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
