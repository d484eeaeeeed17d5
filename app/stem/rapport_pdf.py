"""The quarterly report as PDF: per section a chart drawn with reportlab's own graphics and a
short table under it. Only published numbers are drawn: a hidden cell has no bar, and the
table says ``< 5`` (fewer than 5 people) or ``x`` (left out so a small cell cannot be worked out).
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.pdf.common import render_a4
from app.pdf.fonts import LATIN, font_name, register_fonts
from app.stem.onderdrukking import AANVULLEND, KLEIN, Gepubliceerd
from app.stem.rapport import Kwartaalrapport, Sectie

WIDTH = 17 * cm
PALET = [colors.HexColor(c) for c in ("#1f5f8b", "#6fa8dc", "#e69138", "#999999", "#38761d")]


def _styles() -> dict[str, ParagraphStyle]:
    base = font_name(LATIN)
    bold = font_name(LATIN, True)
    return {
        "titel": ParagraphStyle("titel", fontName=bold, fontSize=17, leading=21, spaceAfter=6),
        "kop": ParagraphStyle("kop", fontName=bold, fontSize=13, leading=16, spaceBefore=10),
        "tabel": ParagraphStyle("tabel", fontName=bold, fontSize=10, leading=13, spaceBefore=6),
        "tekst": ParagraphStyle("tekst", fontName=base, fontSize=9.5, leading=13),
        "klein": ParagraphStyle("klein", fontName=base, fontSize=7.5, leading=9),
        "cel": ParagraphStyle("cel", fontName=base, fontSize=7.5, leading=9),
    }


def _chart_rows(pub: Gepubliceerd) -> list[int]:
    """Rows drawn in the chart: not the total row."""
    return [r for r, label in enumerate(pub.tabel.rijen) if label != "Totaal"]


def _bars(pub: Gepubliceerd, stacked: bool) -> Drawing | None:
    t = pub.tabel
    if pub.verborgen:
        return None
    rows = _chart_rows(pub)
    data_cols = [c for c, label in enumerate(t.kolommen) if label != "Totaal"]
    total_col = len(t.kolommen) - 1 if t.kolommen[-1] == "Totaal" else data_cols[0]
    cols = data_cols if stacked else [total_col]
    series = [[float(pub.getal((r, c)) or 0) for r in rows] for c in cols]
    if not rows or not any(any(s) for s in series):
        return None
    labels = []
    for r in rows:
        hidden = [pub.tekst((r, c)) for c in cols if pub.getal((r, c)) is None]
        mark = f" ({hidden[0]})" if hidden and not stacked else ""
        labels.append(f"{t.rijen[r][:38]}{mark}")
    height = 14 * len(rows) + 30 + (16 if stacked else 0)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 6.2 * cm, 22 if stacked else 8
    chart.width, chart.height = WIDTH - 7 * cm, 14 * len(rows)
    chart.data = [list(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font_name(LATIN)
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = font_name(LATIN)
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars.strokeColor = None
    for i in range(len(cols)):
        chart.bars[i].fillColor = PALET[i % len(PALET)]
    if stacked:
        chart.categoryAxis.style = "stacked"
        legend = Legend()
        legend.x, legend.y = 6.2 * cm, 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = font_name(LATIN)
        legend.fontSize = 7
        legend.dx = legend.dy = 7
        legend.deltax = 70
        legend.colorNamePairs = [(PALET[i % len(PALET)], t.kolommen[c]) for i, c in enumerate(cols)]
        drawing.add(legend)
    drawing.add(chart)
    return drawing


def _table(pub: Gepubliceerd, styles: dict[str, ParagraphStyle]) -> Table:
    t = pub.tabel
    cel = styles["cel"]
    head = [Paragraph(t.rij_kop, cel), *(Paragraph(k, cel) for k in t.kolommen)]
    body = [[Paragraph(t.rijen[r], cel), *row[1:]] for r, row in enumerate(pub.rijen())]
    first = 4.5 * cm
    rest = (WIDTH - first) / max(1, len(t.kolommen))
    table = Table([head, *body], colWidths=[first, *([rest] * len(t.kolommen))], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), font_name(LATIN), 7.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef3f8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if t.rijen and t.rijen[-1] == "Totaal":
        style.append(("FONT", (0, len(t.rijen)), (-1, len(t.rijen)), font_name(LATIN, True), 7.5))
    if t.kolommen[-1] == "Totaal":
        style.append(("FONT", (-1, 1), (-1, -1), font_name(LATIN, True), 7.5))
    table.setStyle(TableStyle(style))
    return table


def _section(sectie: Sectie, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(6 * cm), Paragraph(sectie.titel, styles["kop"])]
    story.append(Paragraph(sectie.uitleg, styles["tekst"]))
    for pub in sectie.tabellen:
        block: list[Flowable] = [Paragraph(pub.tabel.titel, styles["tabel"])]
        if pub.verborgen:
            block.append(
                Paragraph("Te weinig gegevens om deze tabel veilig te tonen.", styles["tekst"])
            )
            story.append(KeepTogether(block))
            continue
        chart = _bars(pub, sectie.grafiek == "gestapeld")
        if chart is not None:
            block.append(chart)
        else:
            block.append(Paragraph("Geen getallen om in een grafiek te tonen.", styles["klein"]))
        block.append(Spacer(1, 3))
        if pub.tabel.toelichting:
            block.append(Paragraph(pub.tabel.toelichting, styles["klein"]))
        block.append(_table(pub, styles))
        story.append(KeepTogether(block))
    return story


def rapport_pdf(rapport: Kwartaalrapport) -> bytes:
    register_fonts()
    styles = _styles()
    story: list[Flowable] = [Paragraph(rapport.titel, styles["titel"])]
    story.append(
        Paragraph(
            f"Voor de klankbordgroep en het beleid. Bron: {rapport.bron}; gemaakt op "
            f"{rapport.gemaakt_op.strftime('%d-%m-%Y')}. Zonder namen of BSN. "
            f"<b>{KLEIN}</b>: minder dan 5 personen. <b>{AANVULLEND}</b>: weggelaten zodat een "
            "kleine groep niet terug te rekenen is.",
            styles["tekst"],
        )
    )
    for sectie in rapport.secties:
        story += _section(sectie, styles)
    if rapport.citaten:
        story += [CondPageBreak(4 * cm), Paragraph("Tips van sleutelpersonen", styles["kop"])]
        story.append(
            Paragraph(
                "Alleen tips die de klantmanager als deelbaar heeft gemarkeerd.", styles["klein"]
            )
        )
        story += [Paragraph(f"“{_escape(q)}”", styles["tekst"]) for q in rapport.citaten]
    return render_a4(
        story,
        margin=2 * cm,
        title=rapport.titel,
        author="Wegwijs",
        subject="Geanonimiseerd kwartaalrapport",
        lang="nl",
        page=_footer,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _footer(canvas: Canvas, _doc: Any) -> None:
    canvas.setFont(font_name(LATIN), 8)
    canvas.setFillGray(0.35)
    canvas.drawString(
        2 * cm, 28, "Geanonimiseerd: geen namen, geen BSN, geen groepen kleiner dan 5."
    )
