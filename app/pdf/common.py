"""What both documents share: Dutch dates, paragraph markup per script, "pagina X van Y", the A4
page with its metadata."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.pdf.fonts import ARABIC, LATIN, font_name, runs

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def datum_lang(d: date | None) -> str:
    """1 december 2026; a dash for no date."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}" if d else "–"


def datum_kort(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else "–"


def markup(text: str, home: str = LATIN) -> str:
    """Paragraph markup with each script run in its own font; newlines become line breaks."""
    parts: list[str] = []
    for run in runs(text, home):
        body = escape(run.text).replace("\n", "<br/>")
        if run.script == home:
            parts.append(body)
        else:
            parts.append(f'<font name="{font_name(run.script)}">{body}</font>')
    return "".join(parts)


def markup_display(text: str) -> str:
    """Like ``markup`` for mixed text in a left-to-right document (names, free text): Arabic
    runs are shaped (letters joined) and put in display order, each run in its script's font.
    """
    from arabic_reshaper import reshape
    from bidi import get_display

    parts: list[str] = []
    for run in runs(text, LATIN):
        body = run.text
        if run.script == ARABIC:
            body = str(get_display(str(reshape(body)), base_dir="R"))
        body = escape(body).replace("\n", "<br/>")
        if run.script == LATIN:
            parts.append(body)
        else:
            parts.append(f'<font name="{font_name(run.script)}">{body}</font>')
    return "".join(parts)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end, so each can say 'pagina X van Y'."""

    footer_font = font_name(LATIN)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._page_number(total)
            super().showPage()
        super().save()

    def _page_number(self, total: int) -> None:
        width, _height = self._pagesize
        self.setFont(self.footer_font, 8.5)
        self.setFillGray(0.35)
        self.drawRightString(width - 56, 28, f"pagina {self._pageNumber} van {total}")


def render_a4(
    story: list[Flowable],
    *,
    margin: float,
    title: str,
    author: str,
    subject: str,
    lang: str,
    page: Callable[[Canvas, Any], None] | None = None,
    keywords: list[str] | None = None,
) -> bytes:
    """*story* as A4 PDF bytes: equal margins, the document's metadata with Wegwijs as creator,
    'pagina X van Y' on every page and *page* (a header or footer) drawn on each page."""
    out = io.BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=author,
        subject=subject,
        creator="Wegwijs",
        lang=lang,
        keywords=keywords or [],
    )
    decorate = {"onFirstPage": page, "onLaterPages": page} if page else {}
    template.build(story, canvasmaker=NumberedCanvas, **decorate)
    return out.getvalue()
