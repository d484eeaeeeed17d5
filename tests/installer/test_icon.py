"""The Windows .ico is made from the SVG at build time; check the container we write.

Rendering uses the test session's QApplication (the `qapp` fixture): left to itself,
render_pngs would create a bare QGuiApplication, and widgets in later tests could not be built.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from installer.icon import ico_bytes, render_pngs, write_ico

SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "wegwijs.svg"


def test_ico_directory_points_at_each_png(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ico = write_ico(SVG, tmp_path / "wegwijs.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for i in range(count):
        w, h, _c, _r, _planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert w == h and bits == 32
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_rendered_pngs_have_the_asked_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    for size, png in render_pngs(SVG, (16, 48)):
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (size, size)


@pytest.mark.parametrize("images", [[], [(300, b"\x89PNG\r\n\x1a\nx")], [(16, b"GIF89a")]])
def test_bad_input_is_refused(images: list[tuple[int, bytes]]) -> None:
    with pytest.raises(ValueError):
        ico_bytes(images)


def test_not_an_svg_is_refused(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.svg"
    bad.write_text("geen svg", "utf-8")
    with pytest.raises(ValueError, match="geen geldige SVG"):
        render_pngs(bad)
