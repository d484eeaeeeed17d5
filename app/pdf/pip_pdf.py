"""The formal PIP as an A4 PDF (reportlab platypus), built in memory and returned as bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.pdf.common import datum_kort, datum_lang, markup, render_a4
from app.pdf.document import Afspraak, Onderdeel, PipDocument
from app.pdf.fonts import LATIN, check_coverage, font_name, register_fonts

TITEL = "Persoonlijk Plan Inburgering en Participatie"
MARGIN = 20 * mm


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
    texts = [doc.gemeente.naam, doc.gemeente.adres, doc.dossier.naam, doc.dossier.doelgroep]
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
        t.setStyle(TableStyle(style))
        return t

    def kv(self, rows: list[tuple[str, str]]) -> None:
        width = A4[0] - 2 * MARGIN
        self.add(self.table([[k, v] for k, v in rows], [45 * mm, width - 45 * mm]))

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
    g = b.doc.gemeente
    left: list[Flowable] = [b.p(f"Gemeente {g.naam}" if g.naam else "Gemeente", "h3")]
    if g.adres:
        left.append(b.p(g.adres, "small"))
    logo: Flowable | str = ""
    if g.logo_pad and Path(g.logo_pad).is_file():
        img = Image(g.logo_pad)
        scale = min(40 * mm / img.imageWidth, 20 * mm / img.imageHeight)
        logo = Image(g.logo_pad, img.imageWidth * scale, img.imageHeight * scale)
    width = A4[0] - 2 * MARGIN
    t = Table([[left, logo]], colWidths=[width - 45 * mm, 45 * mm])
    t.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    )
    b.add(t, Spacer(1, 6 * mm), b.p(TITEL, "title"))
    d = b.doc
    b.add(b.p(f"Versie {d.versie} · {d.status} · dagtekening {datum_lang(d.dagtekening)}", "small"))


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


def bezwaar_tekst(doc: PipDocument) -> str:
    gemeente = doc.gemeente.naam or "de gemeente"
    if doc.dagtekening is None:
        return (
            "Dit plan is nog een concept. Na ondertekening en dagtekening is het een besluit "
            "(beschikking). Daartegen kunt u dan binnen zes weken bezwaar maken."
        )
    return (
        "Dit plan is een besluit (beschikking). Bent u het er niet mee eens? Dan kunt u bezwaar "
        "maken. Dat moet binnen zes weken na de dag na de dagtekening, dus uiterlijk op "
        f"{datum_lang(doc.bezwaar_uiterlijk)}. Stuur uw bezwaar aan het college van burgemeester "
        f"en wethouders van {gemeente}. Schrijf in uw brief: uw naam en adres, de datum, om welk "
        "besluit het gaat, waarom u het er niet mee eens bent, en zet uw handtekening eronder."
    )


def _ondertekening(b: _Builder) -> None:
    d = b.doc
    line = "\n\n______________________________"
    left = [
        b.p("Inburgeraar", "cellbold"),
        b.p(d.dossier.naam, "cell"),
        b.p("Datum:" + line + "\nHandtekening:" + line, "cell"),
    ]
    gemeente = d.gemeente.naam or "de gemeente"
    right = [
        b.p(f"Namens het college van B en W van {gemeente}", "cellbold"),
        b.p(d.klantmanager or "", "cell"),
        b.p("Datum:" + line + "\nHandtekening:" + line, "cell"),
    ]
    w = (A4[0] - 2 * MARGIN) / 2
    t = Table([[left, right]], colWidths=[w, w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    b.add(KeepTogether([b.p("Ondertekening", "h2"), t]))


def _decorate(doc: PipDocument) -> Any:
    def later_pages(canvas: Any, _template: Any) -> None:
        canvas.saveState()
        canvas.setFont(font_name(LATIN), 8.5)
        canvas.setFillGray(0.35)
        text = f"{TITEL} · {doc.dossier.naam} · versie {doc.versie}"
        canvas.drawString(MARGIN, A4[1] - 14 * mm, text)
        canvas.restoreState()

    def every_page(canvas: Any, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(font_name(LATIN), 8.5)
        canvas.setFillGray(0.35)
        canvas.drawString(MARGIN, 28, f"PIP versie {doc.versie} · {datum_kort(doc.dagtekening)}")
        canvas.restoreState()
        if canvas.getPageNumber() > 1:
            later_pages(canvas, template)

    return every_page


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
    b.h2("Bezwaar")
    b.add(b.p(bezwaar_tekst(doc)))
    _ondertekening(b)
    return render_a4(
        b.story,
        margin=MARGIN,
        title=f"{TITEL} – {doc.dossier.naam}",
        author=f"Gemeente {doc.gemeente.naam}".strip(),
        subject=f"PIP versie {doc.versie}",
        lang="nl-NL",
        page=_decorate(doc),
    )
