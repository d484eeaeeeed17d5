"""A text flowable that wraps and draws any of our scripts, including right-to-left Arabic.

Order of work for Arabic: shape the logical text (arabic-reshaper, letters joined), wrap the
*logical* text into lines by measured width, and only then reorder each line for display
(python-bidi, base direction right-to-left). Wrapping after reordering would put the end of a
sentence on the first line. Each visual line is drawn run by run, each run in its script's font.
"""

from __future__ import annotations

from functools import cache, lru_cache

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.pdf.fonts import ARABIC, Run, font_name, runs


@lru_cache(maxsize=1 << 15)
def _width(text: str, home: str, size: float, bold: bool) -> float:
    """Drawn width of *text*; remembered, since wrapping measures the same words again and
    again (a bilingual handout is laid out up to four times to fit one page: 216 ms for
    nl + ar, ~80 % of it splitting words into script runs)."""
    return float(
        sum(stringWidth(r.text, font_name(r.script, bold), size) for r in runs(text, home))
    )


@cache
def shaped(text: str) -> str:
    return str(reshape(text))


def _cut(word: str, width: float, home: str, size: float, bold: bool) -> int:
    """Where an over-long word breaks: an e-mail address or web address only before an '@'
    or a '.', so each piece stays recognisable; any other word by letter."""
    if "@" in word or "." in word:
        points = [i for i, ch in enumerate(word) if ch in "@." and i > 0]
        fitting = [i for i in points if _width(word[:i], home, size, bold) <= width]
        if fitting:
            return fitting[-1]
        if points:
            return points[0]  # a piece wider than the column still breaks only there
    cut = len(word) - 1
    while cut > 1 and _width(word[:cut], home, size, bold) > width:
        cut -= 1
    return cut


def wrap_logical(text: str, width: float, home: str, size: float, bold: bool) -> list[str]:
    """Greedy line breaking at spaces on logical-order text; over-long words break by letter."""
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            candidate = f"{current} {word}" if current else word
            if _width(candidate, home, size, bold) <= width or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
            while _width(current, home, size, bold) > width and len(current) > 1:
                cut = _cut(current, width, home, size, bold)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def visual_runs(line: str, home: str) -> list[Run]:
    """One logical line in display order, as font runs from left to right."""
    if home == ARABIC:
        line = str(get_display(line, base_dir="R"))
    return runs(line, home)


class ScriptText(Flowable):  # type: ignore[misc]
    """A paragraph in one language; right-aligned and reordered when the script is Arabic."""

    def __init__(
        self,
        text: str,
        home: str,
        size: float = 14,
        bold: bool = False,
        leading: float | None = None,
        space_after: float = 0,
        align_right: bool | None = None,
    ) -> None:
        super().__init__()
        self.text = shaped(text) if home == ARABIC else text
        self.home = home
        self.size = size
        self.bold = bold
        self.leading = leading or size * (1.55 if home == ARABIC else 1.35)
        self.rtl = home == ARABIC
        self.align_right = self.rtl if align_right is None else align_right
        self.spaceAfter = space_after
        self.lines: list[str] = []
        self.avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        self.lines = wrap_logical(self.text, availWidth, self.home, self.size, self.bold)
        return availWidth, self.leading * len(self.lines)

    def draw(self) -> None:
        canv = self.canv
        y = self.leading * len(self.lines) - self.size
        for line in self.lines:
            parts = visual_runs(line, self.home)
            total = sum(
                stringWidth(r.text, font_name(r.script, self.bold), self.size) for r in parts
            )
            x = self.avail - total if self.align_right else 0.0
            for run in parts:
                name = font_name(run.script, self.bold)
                canv.setFont(name, self.size)
                canv.drawString(x, y, run.text)
                x += stringWidth(run.text, name, self.size)
            y -= self.leading
