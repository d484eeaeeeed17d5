"""Render every document offscreen with QtPdf, check no page is blank, keep the PNGs to look at."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.sample import sample_handout, sample_pip
from ui.pdf.render import render_pages

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def ink(image: QImage) -> float:
    """Share of sampled pixels that are not white."""
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark / total


@pytest.mark.parametrize(
    "name, build",
    [
        ("pip", lambda: build_pip_pdf(sample_pip())),
        ("handout-ar", lambda: build_handout_pdf(sample_handout("ar"))),
        ("handout-ti", lambda: build_handout_pdf(sample_handout("ti"))),
        ("handout-en", lambda: build_handout_pdf(sample_handout("en"))),
        ("handout-nl", lambda: build_handout_pdf(sample_handout("nl"))),
    ],
)
def test_pages_render_and_are_not_blank(qapp, name, build) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    pages = render_pages(build(), dpi=90)
    assert pages
    for i, image in enumerate(pages, start=1):
        assert not image.isNull()
        assert 0.004 < ink(image) < 0.5, f"{name} page {i} looks blank or black"
        image.save(str(ARTIFACTS / f"pdf-{name}-{i}.png"))


def test_building_and_rendering_leave_nothing_in_temp(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    data = build_pip_pdf(sample_pip())
    render_pages(data)
    render_pages(build_handout_pdf(sample_handout("ar")))
    assert list(scratch.iterdir()) == []
