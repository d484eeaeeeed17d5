"""The register's fields in words, as the list and the detail pane show them (no Qt here):
both walk the catalogue (velden.py)."""

from __future__ import annotations

from app import reference
from app.inburgeraars import velden
from app.inburgeraars.model import Inburgeraar, waarde
from app.inburgeraars.veld import Bron, Veld

Rij = tuple[str, str]  # (label, value in words); both Dutch, ui/ translates them


def _talen(inburgeraar: Inburgeraar, veld: Veld) -> list[Rij]:
    rows = [(reference.language_name(t.code) or t.code, t.niveau) for t in inburgeraar.talen]
    return rows or [(veld.detail_label, "")]


def detail_groepen(inburgeraar: Inburgeraar, bron: Bron) -> list[tuple[str, list[Rij]]]:
    """The detail pane's groups in order, each with its rows. Fields that share a label in a
    group share a row (the address)."""
    groups: dict[str, list[tuple[int, int, Veld]]] = {}
    for index, veld in enumerate(velden.alle()):
        if veld.detail is not None:
            groups.setdefault(veld.detail.groep, []).append((veld.detail.volgorde, index, veld))
    result: list[tuple[str, list[Rij]]] = []
    for groep, members in groups.items():
        rows: list[tuple[str, str | None]] = []  # value None: the label's parts, joined
        parts: dict[str, list[list[str]]] = {}  # label → parts → words
        for _order, _index, veld in sorted(members, key=lambda m: (m[0], m[1])):
            if veld.soort == "talen":
                rows += _talen(inburgeraar, veld)
                continue
            label = veld.detail_label
            text = veld.tekst(waarde(inburgeraar, veld.key), bron)
            if label in parts:
                assert veld.detail is not None
                if veld.detail.nieuw_deel:
                    parts[label].append([])
                parts[label][-1].append(text)
                continue
            parts[label] = [[text]]
            rows.append((label, None))
        result.append(
            (groep, [(label, _joined(parts[label]) if v is None else v) for label, v in rows])
        )
    return result


def _joined(parts: list[list[str]]) -> str:
    words = (" ".join(w for w in part if w) for part in parts)
    return ", ".join(w for w in words if w)


def lijst_tekst(veld: Veld, value: str, bron: Bron) -> str:
    """One cell of the register list."""
    return veld.tekst(value, bron)
