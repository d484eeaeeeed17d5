"""Render the SVG app icon to PNGs with Qt and pack them into a Windows .ico file.

The .ico container is written here directly (PNG-compressed entries, supported since Windows
Vista), so the build does not depend on Qt having an ICO image plugin.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(images: Sequence[tuple[int, bytes]]) -> bytes:
    """An ICO file holding the given (size in pixels, PNG data) images."""
    if not images:
        raise ValueError("een .ico heeft minstens één afbeelding nodig")
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        if not 1 <= size <= 256:
            raise ValueError(f"ongeldige icoongrootte {size}")
        if not png.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValueError("geen PNG-gegevens")
        dim = 0 if size == 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def render_pngs(svg: Path, sizes: Sequence[int] = SIZES) -> list[tuple[int, bytes]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is geen geldige SVG")
    result = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        result.append((size, bytes(data.data())))
    return result


def write_ico(svg: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(render_pngs(svg)))
    return target
