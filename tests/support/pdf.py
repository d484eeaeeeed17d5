"""The one way tests read our PDFs: text with pypdf (with positions for the extraction tests)
and page images with QtPdf. No poppler (pdftotext/pdftoppm) needed on a fresh machine."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from typing import Any

from pypdf import PdfReader

_APP: list[object] = []  # keeps the application alive for the rest of the test run


def _bytes(data: bytes | Path | str) -> bytes:
    return data if isinstance(data, bytes) else Path(data).read_bytes()


def reader(data: bytes | Path | str) -> PdfReader:
    return PdfReader(io.BytesIO(_bytes(data)))


def all_text(data: bytes | Path | str) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def page_texts(data: bytes | Path | str) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def render_png(data: bytes | Path | str, prefix: Path, dpi: float = 96) -> list[Path]:
    """Every page as ``<prefix>-<n>.png`` (QtPdf, offscreen); 72 dpi is 100 % on screen."""
    from PySide6.QtWidgets import QApplication

    from ui.pdf.render import render_pages

    # A QApplication (not a bare QGuiApplication), so pytest-qt's qapp can reuse it later.
    _APP.append(QApplication.instance() or QApplication([]))
    prefix.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for number, image in enumerate(render_pages(_bytes(data), dpi=dpi), start=1):
        path = prefix.with_name(f"{prefix.name}-{number}.png")
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def positioned_runs(data: bytes) -> list[tuple[int, float, float, str]]:
    """Every text-showing operation as (page, y, x, text) in page coordinates."""
    found: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(reader(data).pages):

        def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any, n: int = number) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((n, round(y, 1), x, text))

        page.extract_text(visitor_text=visit)
    return found


def visual_lines(data: bytes, min_x: float) -> list[str]:
    """Lines right of *min_x* (the second column), each as drawn from left to right."""
    lines: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for page, y, x, text in positioned_runs(data):
        if x >= min_x:
            lines.setdefault((page, -y), []).append((x, text))
    return ["".join(t for _x, t in sorted(parts)) for _key, parts in sorted(lines.items())]


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def font_names(data: bytes | Path | str) -> set[str]:
    """Base font names used on any page."""
    return {
        str(ref.get_object()["/BaseFont"])
        for page in reader(data).pages
        for ref in page["/Resources"]["/Font"].values()
    }
