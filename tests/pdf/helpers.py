"""Reading text back out of our PDFs, with positions, for the extraction tests."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def all_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


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
