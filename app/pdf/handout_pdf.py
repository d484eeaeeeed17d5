"""The newcomer's handout: plain Dutch side by side with their own language, large type.

Only a ``HandoutDocument`` goes in, and that type has no field for a BSN or health data.
"""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.pdf import handout_contacts
from app.pdf.common import datum_kort, render_a4
from app.pdf.document import Contact, HandoutDocument
from app.pdf.fonts import (
    ARABIC,
    ETHIOPIC,
    LATIN,
    LRI,
    PDI,
    SCRIPT_OF_LANGUAGE,
    check_coverage,
    register_fonts,
    script_of_char,
)
from app.pdf.icons import INK, Icon
from app.pdf.textblock import ScriptText, shaped
from app.pdf.texts import REFERENCE, load_texts

MARGIN = 12 * mm
BODY = 13.5
HEAD = 17
# Arabic and Ethiopic set larger so they read as large as the Dutch beside them.
SCALE = {ARABIC: 1.18, ETHIOPIC: 1.1}
# Line height per script: Naskh's tall letters need more than Latin, but 1.42 keeps its marks
# clear of the line above while letting a two-language handout keep to one page.
LEADING = {ARABIC: 1.42, ETHIOPIC: 1.35, LATIN: 1.35}


class _Column:
    """Texts of one language and the flowables that show them."""

    def __init__(
        self, taal: str, texts: dict[str, str], doc: HandoutDocument, fit: float = 1.0
    ) -> None:
        self.fit = fit  # < 1 when the type is set a little smaller to fit one page
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
        return self.texts[key].format(voornaam=self.doc.voornaam, datum=self.iso(self.doc.datum))

    def ltr(self, text: str) -> str:
        """A number, date or address isolated left-to-right inside Arabic text (else as is)."""
        return f"{LRI}{text}{PDI}" if self.home == ARABIC else text

    def iso(self, d: date | None) -> str:
        """dd-mm-jjjj; isolated in Arabic text so it reads 04-12-2026 as in the Dutch column."""
        return self.ltr(datum_kort(d))

    def dag(self, d: date) -> str:
        """The weekday in this column's language with the date: 'vrijdag 04-12-2026'."""
        weekday = self.texts["weekdagen"].split(",")[d.weekday()].strip()
        return f"{weekday} {self.iso(d)}"

    def para(self, text: str, size: float = BODY, bold: bool = False, after: float = 4) -> Flowable:
        home = self.home
        if home == ARABIC and not any(script_of_char(ch) == ARABIC for ch in text):
            home = LATIN  # a name or phone number: left-to-right, but aligned to the right
        size *= SCALE.get(home, 1.0) * self.fit
        self.drawn.append((shaped(text) if home == ARABIC else text, home))
        return ScriptText(
            text,
            home,
            size=size,
            bold=bold,
            leading=size * LEADING.get(home, 1.35),
            space_after=after,
            align_right=self.home == ARABIC,
        )

    def head(self, key: str) -> Flowable:
        return self.para(self.t(key), HEAD, bold=True, after=4)

    def contact(self, who: Contact | None, kop: str, uitleg: str) -> list[Flowable]:
        if who is None:
            return []
        items = [self.head(kop), self.para(who.naam, bold=True, after=1)]
        if who.organisatie:
            items.append(self.para(who.organisatie, after=1))
        if who.telefoon:
            items.append(self.para(f"{self.t('telefoon')}: {self.ltr(who.telefoon)}", after=1))
        if who.email:
            items.append(self.para(f"{self.t('email')}: {self.ltr(who.email)}", after=1))
        if who.werkcontact:
            items.append(self.para(who.werkcontact))
        items.append(self.para(self.t(uitleg)))
        return items


AFSPRAKEN_PER_RIJ = 6  # a long list continues in a next table row, which may start a page


def _sections(col: _Column, contacts_apart: bool = False) -> list[tuple[str, list[Flowable]]]:
    d = col.doc
    afspraken: list[Flowable] = [col.head("afspraken_kop")]
    if col.taal != REFERENCE and d.afspraken:
        afspraken.append(col.para(col.t("afspraken_nl")))
    chunks: list[list[Flowable]] = [afspraken]
    for n, a in enumerate(d.afspraken):
        if n and n % AFSPRAKEN_PER_RIJ == 0:
            chunks.append([])
        if a.datum is not None:
            chunks[-1].append(col.para(col.dag(a.datum), bold=True, after=0))
        wat = f"{a.wie}: {a.wat}" if a.wie else a.wat  # who acts, as the officer wrote it
        chunks[-1].append(col.para(wat) if col.taal == REFERENCE else _dutch(col, wat))
    if not d.afspraken:
        afspraken.append(col.para(col.t("geen_afspraken")))
    more = [("verder", chunk) for chunk in chunks[1:]]
    sections = [
        ("info", [col.para(col.t("hallo"), bold=True), col.para(_intro(col))]),
        ("route", _route(col)),
        ("kalender", afspraken),
        *more,
    ]
    if not contacts_apart:  # Dutch only: the contacts as rows like the rest
        sections += [
            ("persoon", col.contact(d.klantmanager, "klantmanager_kop", "klantmanager_uitleg")),
            (
                "sleutel",
                col.contact(d.sleutelpersoon, "sleutelpersoon_kop", "sleutelpersoon_uitleg"),
            ),
        ]
    return sections


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
    # aligned with the column's own text direction (right in the Arabic column)
    return ScriptText(
        text,
        LATIN,
        size=BODY * col.fit,
        leading=BODY * col.fit * LEADING[LATIN],
        space_after=3,
        align_right=col.home == ARABIC,
    )


def _table(cols: list[_Column], width: float) -> Table:
    icon_w = (12 if len(cols) > 1 else 16) * mm
    text_w = (width - icon_w) / len(cols)
    per_col = [_sections(c, contacts_apart=len(cols) > 1) for c in cols]
    rows = []
    for i, (kind, _items) in enumerate(per_col[0]):
        if not _items:
            continue
        icon: Flowable | str = (
            "" if kind == "verder" else Icon(kind, (9 if len(cols) > 1 else 11) * mm)
        )
        rows.append([icon, *[sections[i][1] for sections in per_col]])
    t = Table(rows, colWidths=[icon_w] + [text_w] * len(cols), hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (1, 0), (-1, -1), 8),
                ("RIGHTPADDING", (1, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5 * cols[0].fit ** 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * cols[0].fit ** 2),
                ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.HexColor("#c8d3df")),
                ("LINEBEFORE", (2, 0), (2, -1), 0.6, colors.HexColor("#c8d3df")),
            ]
        )
    )
    return t


def _title(cols: list[_Column], width: float) -> Table:
    cells = [
        [c.para(c.t("titel"), 20, bold=True, after=1), c.para(c.t("taal_naam"), 11)] for c in cols
    ]
    w = width / len(cols)
    t = Table([cells], colWidths=[w] * len(cols))
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 2, INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


def build_handout_pdf(doc: HandoutDocument, dutch_only: bool = False) -> bytes:
    """The handout as PDF bytes, on one page when the content allows: the type is set up to
    up to 15 % smaller before a second page is used (Dutch body text never below 11.5 pt).

    Raises MissingTexts when the language misses fixed texts (then call again with
    ``dutch_only=True``) and GlyphError when a character cannot be shown.
    """
    register_fonts()
    data = b""
    for fit in FITS:
        data = _build(doc, dutch_only, fit)
        if page_count(data) == 1:
            return data
    return _build(doc, dutch_only, 1.0)  # more than a page anyway: full size


FITS = (1.0, 0.95, 0.9, 0.85)  # 0.85: Dutch body text 11.5 pt, Arabic 13.5 pt


def page_count(data: bytes) -> int:
    """Pages of a PDF reportlab wrote (its page objects are not compressed)."""
    return len(re.findall(rb"/Type /Page(?![s\w])", data))


def _build(doc: HandoutDocument, dutch_only: bool, fit: float) -> bytes:
    cols = [_Column(REFERENCE, load_texts(REFERENCE), doc, fit)]
    if doc.taal != REFERENCE and not dutch_only:
        cols.append(_Column(doc.taal, load_texts(doc.taal), doc, fit))
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = [_title(cols, width), Spacer(1, 2 * mm), _table(cols, width)]
    contacts = handout_contacts.contacts(cols, width) if len(cols) > 1 else None
    if contacts is not None:
        story.append(contacts)
    footer = [
        [c.para(c.t("bewaren"), bold=True, after=0), c.para(c.t("gemaakt_op"), 10)] for c in cols
    ]
    closing = Table([footer], colWidths=[width / len(cols)] * len(cols))
    closing.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *handout_contacts.NO_PADDING])
    )
    story += [Spacer(1, 2 * mm), closing]
    for col in cols:
        check_coverage(col.drawn, col.language_name)
    return render_a4(
        story,
        margin=MARGIN,
        title="Jouw plan voor inburgering – uitleg bij het PIP",  # no name in the metadata
        author=f"Gemeente {doc.gemeente}".strip(),
        subject="Uitleg bij het PIP"
        + ("" if len(cols) == 1 else f"; tweede taal: {cols[1].language_name} ({doc.taal})"),
        lang="nl-NL",  # one valid BCP 47 tag for the document; the second language is named
        keywords=["nl-NL", *(c.taal for c in cols[1:])],
    )
