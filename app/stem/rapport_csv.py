"""The quarterly report as CSV for Excel: ``;``-separated, UTF-8 with BOM, one line per cell
(sectie; tabel; rij; kolom; waarde) so a pivot table can be made of it. A cell that starts like
a formula gets a leading apostrophe, so Excel shows it as text (app.csv_export, as every CSV)."""

from __future__ import annotations

from collections.abc import Sequence

from app.csv_export import csv_bytes, safe_cell
from app.stem.rapport import Kwartaalrapport

veilig = safe_cell  # the name the report's tests know


def rapport_csv(rapport: Kwartaalrapport) -> bytes:
    rows: list[Sequence[object]] = [["sectie", "tabel", "rij", "kolom", "waarde"]]
    for sectie in rapport.secties:
        for pub in sectie.tabellen:
            t = pub.tabel
            for r, row in enumerate(t.rijen):
                for c, col in enumerate(t.kolommen):
                    cells = [sectie.titel, t.titel, row, col, pub.tekst((r, c))]
                    rows.append(cells)
    for quote in rapport.citaten:
        rows.append(["Tips (gedeeld)", "", "", "", quote])
    rows.append(["kwartaal", "", "", "", rapport.periode])
    rows.append(["bron", "", "", "", rapport.bron])
    return csv_bytes(rows)
