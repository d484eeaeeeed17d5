"""The newcomer's handout: plain Dutch side by side with their own language, large type.

Only a ``HandoutDocument`` goes in, and that type has no field for a BSN or health data.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.pdf.common import datum_kort, render_a4
from app.pdf.document import Contact, HandoutDocument
from app.pdf.fonts import (
    ARABIC,
    LATIN,
    SCRIPT_OF_LANGUAGE,
    check_coverage,
    register_fonts,
    script_of_char,
)
from app.pdf.icons import INK, Icon
from app.pdf.textblock import ScriptText, shaped
from app.pdf.texts import REFERENCE, load_texts

MARGIN = 16 * mm
BODY = 13.5
HEAD = 17


class _Column:
    """Texts of one language and the flowables that show them."""

    def __init__(self, taal: str, texts: dict[str, str], doc: HandoutDocument) -> None:
        self.taal = taal
        self.home = SCRIPT_OF_LANGUAGE.get(taal, LATIN)
        self.texts = texts
        self.doc = doc
        self.drawn: list[tuple[str, str]] = []

    @property
    def language_name(self) -> str:
        from app.reference import language_name

        return (language_name(self.taal) or self.taal).lower()

    def t(self, key: str) -> str:
        return self.texts[key].format(voornaam=self.doc.voornaam, datum=datum_kort(self.doc.datum))

    def para(self, text: str, size: float = BODY, bold: bool = False, after: float = 5) -> Flowable:
        home = self.home
        if home == ARABIC and not any(script_of_char(ch) == ARABIC for ch in text):
            home = LATIN  # a name or phone number: left-to-right, but aligned to the right
        self.drawn.append((shaped(text) if home == ARABIC else text, home))
        return ScriptText(
            text, home, size=size, bold=bold, space_after=after, align_right=self.home == ARABIC
        )

    def head(self, key: str) -> Flowable:
        return self.para(self.t(key), HEAD, bold=True, after=4)

    def contact(self, who: Contact | None, kop: str, uitleg: str) -> list[Flowable]:
        if who is None:
            return []
        items = [self.head(kop), self.para(who.naam, bold=True, after=1)]
        if who.werkcontact:
            items.append(self.para(who.werkcontact))
        items.append(self.para(self.t(uitleg)))
        return items


def _sections(col: _Column) -> list[tuple[str, list[Flowable]]]:
    d = col.doc
    afspraken: list[Flowable] = [col.head("afspraken_kop")]
    if col.taal != REFERENCE and d.afspraken:
        afspraken.append(col.para(col.t("afspraken_nl")))
    for a in d.afspraken:
        if a.datum is not None:
            afspraken.append(col.para(datum_kort(a.datum), bold=True, after=0))
        afspraken.append(col.para(a.wat) if col.taal == REFERENCE else _dutch(col, a.wat))
    if not d.afspraken:
        afspraken.append(col.para(col.t("geen_afspraken")))
    return [
        ("info", [col.para(col.t("hallo"), bold=True), col.para(_intro(col))]),
        ("route", _route(col)),
        ("kalender", afspraken),
        ("persoon", col.contact(d.klantmanager, "klantmanager_kop", "klantmanager_uitleg")),
        ("sleutel", col.contact(d.sleutelpersoon, "sleutelpersoon_kop", "sleutelpersoon_uitleg")),
    ]


def _intro(col: _Column) -> str:
    """Says the official plan was received only when it exists: never on a concept's handout."""
    if col.doc.plan_vastgesteld:
        return f"{col.t('intro')} {col.t('intro_plan')}"
    return col.t("intro")


def _route(col: _Column) -> list[Flowable]:
    route = col.doc.leerroute
    if route not in ("B", "O", "Z"):  # not decided yet: never guess a route on paper
        return [col.head("route_kop"), col.para(col.t("route_onbekend"))]
    return [
        col.head("route_kop"),
        col.para(col.t(f"route_{route}"), bold=True, after=2),
        col.para(col.t(f"route_{route}_uitleg")),
    ]


def _dutch(col: _Column, text: str) -> Flowable:
    """An agreement typed by the officer stays Dutch in every column (it is not translated)."""
    col.drawn.append((text, LATIN))
    return ScriptText(text, LATIN, size=BODY, space_after=5)


def _table(cols: list[_Column], width: float) -> Table:
    icon_w = 16 * mm
    text_w = (width - icon_w) / len(cols)
    per_col = [_sections(c) for c in cols]
    rows = []
    for i, (kind, _items) in enumerate(per_col[0]):
        if not _items:
            continue
        rows.append([Icon(kind, 11 * mm), *[sections[i][1] for sections in per_col]])
    t = Table(rows, colWidths=[icon_w] + [text_w] * len(cols), hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (1, 0), (-1, -1), 8),
                ("RIGHTPADDING", (1, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.HexColor("#c8d3df")),
                ("LINEBEFORE", (2, 0), (2, -1), 0.6, colors.HexColor("#c8d3df")),
            ]
        )
    )
    return t


def _title(cols: list[_Column], width: float) -> Table:
    cells = [
        [c.para(c.t("titel"), 22, bold=True, after=2), c.para(c.t("taal_naam"), 11)] for c in cols
    ]
    w = width / len(cols)
    t = Table([cells], colWidths=[w] * len(cols))
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 2, INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t


def build_handout_pdf(doc: HandoutDocument, dutch_only: bool = False) -> bytes:
    """The handout as PDF bytes.

    Raises MissingTexts when the language misses fixed texts (then call again with
    ``dutch_only=True``) and GlyphError when a character cannot be shown.
    """
    register_fonts()
    cols = [_Column(REFERENCE, load_texts(REFERENCE), doc)]
    if doc.taal != REFERENCE and not dutch_only:
        cols.append(_Column(doc.taal, load_texts(doc.taal), doc))
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = [_title(cols, width), Spacer(1, 4 * mm), _table(cols, width)]
    footer = [
        [c.para(c.t("bewaren"), bold=True, after=2), c.para(c.t("gemaakt_op"), 10)] for c in cols
    ]
    story += [Spacer(1, 6 * mm), Table([footer], colWidths=[width / len(cols)] * len(cols))]
    for col in cols:
        check_coverage(col.drawn, col.language_name)
    return render_a4(
        story,
        margin=MARGIN,
        title=f"Jouw plan voor inburgering – {doc.voornaam}",
        author=f"Gemeente {doc.gemeente}".strip(),
        subject="Uitleg bij het PIP",
        lang="nl-NL" if len(cols) == 1 else f"nl-NL {doc.taal}",
    )
