"""The formal PIP as an A4 PDF (reportlab platypus), built in memory and returned as bytes."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.pdf.common import datum_kort, markup, render_a4
from app.pdf.document import Afspraak, Onderdeel, PipDocument
from app.pdf.fonts import LATIN, check_coverage, font_name, register_fonts
from app.pdf.pip_letter import (
    FIRST_PAGE_GAP,
    LABEL,
    MARGIN,
    bezwaar_tekst,
    college,
    datum_met_dag,
    decorate,
    info_rows,
    ondertekenaar,
)

TITEL = "Persoonlijk Plan Inburgering en Participatie"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font_name(LATIN), fontSize=10, leading=14)
    bold = font_name(LATIN, True)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11.5),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=17, leading=22),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=12.5, alignment=TA_LEFT),
        "cellbold": ParagraphStyle("cellbold", base, fontName=bold, fontSize=9.5, leading=12.5),
    }


def all_texts(doc: PipDocument) -> list[str]:
    """Every text that goes on paper, for the glyph coverage check."""
    g = doc.gemeente
    texts = [g.naam, g.adres, g.bezoekadres, g.telefoon, g.website, g.bezwaar_online]
    texts += [g.ondertekenaar, g.ondertekenaar_functie, doc.kenmerk, *doc.dossier.adres]
    texts += [doc.dossier.naam, doc.dossier.doelgroep, doc.klantmanager_telefoon]
    texts += [doc.klantmanager_email, *(label for label, _d in doc.sleuteldatums)]
    texts += [doc.leerroute.naam, doc.leerroute.niveau, doc.leerroute.motivering]
    texts += [f"{a} {b}" for a, b in doc.leerroute.waarom_niet]
    texts += [f"{p.titel} {p.inhoud} {p.datum_label}" for p in doc.onderdelen()]
    texts += [*doc.ontzorgen, doc.maatschappelijke_begeleiding, *doc.randvoorwaarden]
    texts += [*doc.participatie, doc.klantmanager, doc.klantmanager_contact, doc.status]
    texts.append(doc.begeleiding)
    texts += [f"{a.wie} {a.wat}" for a in doc.afspraken]
    texts += [v.onderwerp for v in doc.voortgangsgesprekken]
    if doc.sleutelpersoon:
        sp = doc.sleutelpersoon
        texts += [sp.naam, sp.rol, sp.werkcontact]
    return texts


class _Builder:
    def __init__(self, doc: PipDocument) -> None:
        self.doc = doc
        self.s = _styles()
        self.story: list[Flowable] = []

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self.s[style])

    def add(self, *items: Flowable) -> None:
        self.story.extend(items)

    def h2(self, text: str) -> None:
        self.add(self.p(text, "h2"))

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = False) -> Table:
        cells = [
            [
                self.p(c, "cellbold" if header and i == 0 else "cell") if isinstance(c, str) else c
                for c in row
            ]
            for i, row in enumerate(rows)
        ]
        t = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c8ccd2")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
        else:  # labels on the same left edge as headings and body text
            style.append(("LEFTPADDING", (0, 0), (0, -1), 0))
        t.setStyle(TableStyle(style))
        return t

    def kv(self, rows: list[tuple[str, str]]) -> None:
        width = A4[0] - 2 * MARGIN
        self.add(self.table([[k, v] for k, v in rows], [LABEL, width - LABEL]))

    def bullets(self, items: tuple[str, ...]) -> None:
        self.add(
            ListFlowable(
                [ListItem(self.p(i), leftIndent=12) for i in items],
                bulletType="bullet",
                start="•",
                leftIndent=12,
                bulletFontName=font_name(LATIN),
            )
        )


def _header(b: _Builder) -> None:
    """Page 1 below the window: the datum/kenmerk block, the title, who the letter is for."""
    d = b.doc
    b.add(Spacer(1, FIRST_PAGE_GAP))
    b.kv(info_rows(d))
    b.add(Spacer(1, 5 * mm), b.p(TITEL, "title"))
    if d.status == "concept":
        b.add(
            b.p(
                "Dit is een concept. Het is nog geen besluit en wordt nog niet ondertekend.",
                "cellbold",
            )
        )


def _dossier(b: _Builder) -> None:
    d = b.doc.dossier
    b.h2("Gegevens inburgeraar")
    b.kv(
        [
            ("Naam", d.naam),
            ("Geboortedatum", datum_kort(d.geboortedatum)),
            ("BSN", d.bsn or "–"),
            ("V-nummer", d.v_nummer or "–"),
            ("Doelgroep", d.doelgroep or "–"),
        ]
    )


def _leerroute(b: _Builder) -> None:
    r = b.doc.leerroute
    b.h2("Leerroute")
    b.kv([("Leerroute", r.naam or "nog niet bepaald"), ("Niveau", r.niveau or "–")])
    b.add(b.p("Waarom deze leerroute", "h3"), b.p(r.motivering or "Nog niet ingevuld."))
    if r.waarom_niet:
        b.add(b.p("Waarom niet de andere leerroutes", "h3"))
        b.kv(list(r.waarom_niet))


def _onderdeel(b: _Builder, part: Onderdeel) -> None:
    rows = [("Inhoud", part.inhoud or "–")]
    if part.uren is not None:
        rows.append(("Uren", str(part.uren)))
    if part.datum_label:
        rows.append((part.datum_label, datum_kort(part.datum)))
    b.add(b.p(part.titel, "h3"))
    b.kv(rows)


def _onderdelen(b: _Builder) -> None:
    d = b.doc
    b.h2("Onderdelen van het plan")
    if d.begeleiding:
        b.add(b.p("Ondersteuning en begeleiding door de gemeente", "h3"), b.p(d.begeleiding))
    if not d.onderdelen() and not d.begeleiding:
        b.add(b.p("Nog niet ingevuld."))
    for part in d.onderdelen():
        _onderdeel(b, part)
    lists = (
        ("Ontzorgen", d.ontzorgen),
        ("Randvoorwaarden", d.randvoorwaarden),
        ("Participatie", d.participatie),
    )
    if d.maatschappelijke_begeleiding:
        b.add(b.p("Maatschappelijke begeleiding", "h3"), b.p(d.maatschappelijke_begeleiding))
    for title, items in lists:
        if items:
            b.add(b.p(title, "h3"))
            b.bullets(items)


def _afspraken(b: _Builder, afspraken: tuple[Afspraak, ...]) -> None:
    b.h2("Afspraken")
    if not afspraken:
        b.add(b.p("Er zijn nog geen afspraken vastgelegd."))
        return
    rows = [["Wie", "Wat", "Uiterlijk"]]
    rows += [[a.wie, a.wat, datum_kort(a.uiterlijk)] for a in afspraken]
    w = A4[0] - 2 * MARGIN
    b.add(b.table(rows, [38 * mm, w - 38 * mm - 26 * mm, 26 * mm], header=True))


def _voortgang_en_personen(b: _Builder) -> None:
    d = b.doc
    b.h2("Voortgangsgesprekken")
    if d.voortgangsgesprekken:
        w = A4[0] - 2 * MARGIN
        rows = [["Datum", "Onderwerp"]]
        rows += [[datum_kort(v.datum), v.onderwerp or "–"] for v in d.voortgangsgesprekken]
        b.add(b.table(rows, [30 * mm, w - 30 * mm], header=True))
    else:
        b.add(b.p("Nog niet gepland."))
    b.h2("Begeleiding")
    people: list[tuple[str, str]] = [("Klantmanager", d.klantmanager or "–")]
    if d.klantmanager_contact:
        people.append(("Contact (werk)", d.klantmanager_contact))
    if d.sleutelpersoon:
        sp = d.sleutelpersoon
        people += [("Sleutelpersoon", sp.naam), ("Afgesproken rol", sp.rol or "–")]
        people.append(("Contact (werk)", sp.werkcontact or "–"))
    b.kv(people)


def _ondertekening(b: _Builder) -> None:
    """Two aligned columns, one table row per line, kept together with its heading."""
    d = b.doc
    naam, functie = ondertekenaar(d)
    rows = [
        [f"Namens {college(d)},", "", "De inburgeraar,"],
        [naam or "–", "", d.dossier.naam],
        [functie, "", ""],
        ["Datum:", "", "Datum:"],
        ["Handtekening:", "", "Handtekening:"],
    ]
    gap = 10 * mm
    w = (A4[0] - 2 * MARGIN - gap) / 2
    cells = [[b.p(c, "cellbold" if i == 0 else "cell") for c in row] for i, row in enumerate(rows)]
    t = Table(cells, colWidths=[w, gap, w], rowHeights=[None, None, None, 12 * mm, 18 * mm])
    line = 0.6
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, 2), "TOP"),
                ("VALIGN", (0, 3), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 3), (0, 4), line, colors.black),
                ("LINEBELOW", (2, 3), (2, 4), line, colors.black),
            ]
        )
    )
    b.add(KeepTogether([b.p("Ondertekening", "h2"), t]))


def _sleuteldatums(b: _Builder) -> None:
    d = b.doc
    if not d.sleuteldatums:
        return
    b.h2("Belangrijke datums")
    b.kv([(label, datum_met_dag(when)) for label, when in d.sleuteldatums])


def build_pip_pdf(doc: PipDocument) -> bytes:
    """The formal PIP as PDF bytes; raises GlyphError before building when a glyph is missing."""
    register_fonts()
    check_coverage([(t, LATIN) for t in all_texts(doc) if t], "Nederlands")
    b = _Builder(doc)
    _header(b)
    _dossier(b)
    _leerroute(b)
    _onderdelen(b)
    _afspraken(b, doc.afspraken)
    _voortgang_en_personen(b)
    _sleuteldatums(b)
    bezwaar = bezwaar_tekst(doc)
    if bezwaar:  # a concept is no decision: no bezwaar clause, no signature lines
        b.add(KeepTogether([b.p("Bezwaar", "h2"), b.p(bezwaar)]))
        _ondertekening(b)
    return render_a4(
        b.story,
        margin=MARGIN,
        title=f"{TITEL} – {doc.dossier.naam}",
        author=f"Gemeente {doc.gemeente.naam}".strip(),
        subject=f"PIP versie {doc.versie}",
        lang="nl-NL",
        page=decorate(doc, TITEL),
    )
