"""The contact block of a two-language handout: the klantmanager and the key person side by
side under the table. The facts (name, organisation, work phone, e-mail, hours) are written once
with the labels in both languages; headings and explanations in each language. Written once
instead of once per column, so the handout keeps to one page with both contacts in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.pdf.document import Contact
from app.pdf.fonts import LATIN, font_name
from app.pdf.icons import Icon
from app.pdf.textblock import ScriptText

if TYPE_CHECKING:
    from app.pdf.handout_pdf import _Column

HEAD = 17  # as the handout's section headings (app/pdf/handout_pdf.py)


def contact_cell(cols: list[_Column], who: Contact, kop: str, uitleg: str) -> list[Flowable]:
    """One person in both languages: the heading in each, the name and organisation once (they
    are the same in every language), phone and e-mail with each language's label, and the
    explanation in each. Written once instead of once per column, so the handout keeps to one
    page with both contacts."""
    nl, own = cols
    small = 0.8 * HEAD
    items: list[Flowable] = [
        _Heads(nl.para(nl.t(kop), small, bold=True), own.para(own.t(kop), small, bold=True)),
        Spacer(1, 2),
        nl.para(who.naam, bold=True, after=0),
    ]
    if who.organisatie:
        items.append(nl.para(who.organisatie, after=0))
    hours = who.werkcontact
    for key, value in (("telefoon", who.telefoon), ("email", who.email)):
        if value:  # the label in both languages side by side, the number or address once
            items.append(_pair(nl.para(nl.t(key), after=0), own.para(own.t(key), after=0)))
            if key == "telefoon" and hours:  # when to call, beside the number
                value, hours = f"{value} · {hours}", ""
            items.append(nl.para(value, bold=True, after=0))
    if hours:
        items.append(nl.para(hours, after=0))
    items.append(Spacer(1, 2))
    items.append(nl.para(nl.t(uitleg), after=1))
    items.append(own.para(own.t(uitleg), after=0))
    return items


def _pair(left: Flowable, right: Flowable, split: float = 0.5) -> Table:
    widths = [f"{split * 100:.0f}%", f"{(1 - split) * 100:.0f}%"]
    t = Table([[left, right]], colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_NO_PADDING]))
    return t


class _Heads(Flowable):  # type: ignore[misc]
    """Two headings on one line when they fit (Dutch left, the other language right), else one
    under the other: the Dutch one keeps its natural width."""

    def __init__(self, left: ScriptText, right: ScriptText) -> None:
        super().__init__()
        self.left, self.right = left, right
        self.side_by_side = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lw = max(stringWidth(self.left.text, font_name(LATIN, True), self.left.size), 1.0)
        self.lw = lw + 6
        _w, lh = self.left.wrap(self.lw, availHeight)
        _w, rh = self.right.wrap(availWidth - self.lw, availHeight)
        self.side_by_side = len(self.left.lines) == 1 and len(self.right.lines) == 1
        if not self.side_by_side:
            _w, lh = self.left.wrap(availWidth, availHeight)
            _w, rh = self.right.wrap(availWidth, availHeight)
            self.heights = (lh, rh)
            return availWidth, lh + rh
        self.heights = (lh, rh)
        return availWidth, max(lh, rh)

    def draw(self) -> None:
        lh, rh = self.heights
        if self.side_by_side:
            top = max(lh, rh)
            self.left.drawOn(self.canv, 0, top - lh)
            self.right.drawOn(self.canv, self.lw, top - rh)
        else:
            self.left.drawOn(self.canv, 0, rh)
            self.right.drawOn(self.canv, 0, 0)


_NO_PADDING = [
    (f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
]


def contacts(cols: list[_Column], width: float) -> Table | None:
    """The klantmanager and the key person side by side under the table (two languages)."""
    d = cols[0].doc
    cells: list[Flowable | str | list[Flowable]] = []
    widths: list[float] = []
    icon_w = 12 * mm
    people = [
        (kind, who, kop)
        for kind, who, kop in (
            ("persoon", d.klantmanager, "klantmanager"),
            ("sleutel", d.sleutelpersoon, "sleutelpersoon"),
        )
        if who is not None
    ]
    if not people:
        return None
    text_w = (width - icon_w * len(people)) / len(people)
    for kind, who, kop in people:
        assert who is not None
        cells += [Icon(kind, 9 * mm), contact_cell(cols, who, f"{kop}_kop", f"{kop}_uitleg")]
        widths += [icon_w, text_w]
    t = Table([cells], colWidths=widths, hAlign="LEFT")
    pad = 5 * cols[0].fit ** 2
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#c8d3df")),
                ("LINEBEFORE", (2, 0), (2, -1), 0.6, colors.HexColor("#c8d3df")),
            ]
        )
    )
    return t


NO_PADDING = _NO_PADDING
