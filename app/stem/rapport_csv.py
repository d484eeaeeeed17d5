"""The quarterly report as CSV for Excel: ``;``-separated, UTF-8 with BOM, one line per cell
(sectie; tabel; rij; kolom; waarde) so a pivot table can be made of it. A cell that starts like
a formula (= + - @, tab, return) gets a leading apostrophe, so Excel shows it as text."""

from __future__ import annotations

import csv
import io

from app.stem.rapport import Kwartaalrapport

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def veilig(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA) else cell


def rapport_csv(rapport: Kwartaalrapport) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["sectie", "tabel", "rij", "kolom", "waarde"])
    for sectie in rapport.secties:
        for pub in sectie.tabellen:
            t = pub.tabel
            for r, row in enumerate(t.rijen):
                for c, col in enumerate(t.kolommen):
                    cells = [sectie.titel, t.titel, row, col, pub.tekst((r, c))]
                    writer.writerow([veilig(x) for x in cells])
    for quote in rapport.citaten:
        writer.writerow([veilig(x) for x in ["Tips (gedeeld)", "", "", "", quote]])
    writer.writerow(["kwartaal", "", "", "", rapport.periode])
    writer.writerow(["bron", "", "", "", rapport.bron])
    return buffer.getvalue().encode("utf-8-sig")
