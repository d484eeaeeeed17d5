"""DUO's facts in Termijnen (pure): DUO's inburgeringstermijn replaces the computed one, with a
warning where they differ, and a PIP DUO rejected is a deadline of its own until handled."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.deadlines.engine import Termijn
from app.validation import format_date

AFWIJZING = "duo_afwijzing"


def _gegevens(row: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(row.get("gegevens") or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def met_duo(
    inburgeraar_id: str, items: list[Termijn], facts: list[dict[str, Any]]
) -> list[Termijn]:
    """*items* as computed, with DUO's facts (oldest first) applied."""
    out = list(items)
    termijn = [f for f in facts if f["soort"] == "termijn"]
    if termijn:
        duo_end = _day(_gegevens(termijn[-1]).get("laatste_dag"))
        if duo_end is not None:
            computed = next((t for t in out if t.soort == "inburgeringstermijn"), None)
            reden = "Volgens DUO (bron: DUO)."
            if computed is not None and computed.datum is not None and computed.datum != duo_end:
                reden = (
                    f"Volgens DUO (bron: DUO). Let op: berekend was {format_date(computed.datum)}; "
                    "de datum van DUO geldt."
                )
            replaced = Termijn(
                inburgeraar_id,
                "inburgeringstermijn",
                duo_end,
                reden,
                computed.afgerond if computed else False,
            )
            out = [t for t in out if t.soort != "inburgeringstermijn"] + [replaced]
    for f in facts:
        g = _gegevens(f)
        if (
            f["soort"].endswith("_antwoord")
            and g.get("status") != "bevestigd"
            and not int(f.get("afgehandeld") or 0)
        ):
            out.append(
                Termijn(
                    inburgeraar_id,
                    AFWIJZING,
                    _day(g.get("datum")) or _day(f.get("vastgelegd_op")),
                    str(f.get("omschrijving") or "Afgewezen door DUO (bron: DUO)."),
                )
            )
    return out
