"""Simple icons drawn with reportlab shapes: no image files, crisp at any print size."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

INK = colors.HexColor("#1f4e79")
PAPER = colors.white


class Icon(Flowable):  # type: ignore[misc]
    """One of: route, kalender, persoon, sleutel, info."""

    def __init__(self, kind: str, size: float = 34) -> None:
        super().__init__()
        self.kind = kind
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.scale(self.size / 100, self.size / 100)  # draw on a 100 × 100 grid
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        c.setLineWidth(7)
        c.setLineCap(1)
        c.setLineJoin(1)
        getattr(self, f"_{self.kind}")(c)
        c.restoreState()

    @staticmethod
    def _route(c: Any) -> None:  # a signpost
        c.line(40, 4, 40, 92)
        p = c.beginPath()
        p.moveTo(44, 84)
        p.lineTo(84, 84)
        p.lineTo(96, 72)
        p.lineTo(84, 60)
        p.lineTo(44, 60)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        q = c.beginPath()
        q.moveTo(36, 52)
        q.lineTo(10, 52)
        q.lineTo(2, 42)
        q.lineTo(10, 32)
        q.lineTo(36, 32)
        q.close()
        c.drawPath(q, fill=1, stroke=0)

    @staticmethod
    def _kalender(c: Any) -> None:
        c.roundRect(8, 6, 84, 78, 8, stroke=1, fill=0)
        c.rect(8, 62, 84, 22, stroke=0, fill=1)
        c.line(30, 76, 30, 96)
        c.line(70, 76, 70, 96)
        for x in (26, 50, 74):
            for y in (44, 24):
                c.circle(x, y, 5, stroke=0, fill=1)

    @staticmethod
    def _persoon(c: Any) -> None:
        c.circle(50, 70, 18, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(14, 4)
        p.curveTo(14, 40, 30, 48, 50, 48)
        p.curveTo(70, 48, 86, 40, 86, 4)
        p.close()
        c.drawPath(p, fill=1, stroke=0)

    @staticmethod
    def _sleutel(c: Any) -> None:  # a key, for the key person
        c.circle(28, 66, 20, stroke=1, fill=0)
        c.line(42, 52, 90, 6)
        c.line(74, 22, 88, 36)
        c.line(62, 34, 72, 44)

    @staticmethod
    def _info(c: Any) -> None:
        c.circle(50, 50, 44, stroke=1, fill=0)
        c.circle(50, 74, 6, stroke=0, fill=1)
        c.line(50, 24, 50, 56)
