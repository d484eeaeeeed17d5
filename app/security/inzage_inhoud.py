"""What an inzage shows, grouped by part, as plain Dutch text (no reportlab here).

Everything :func:`app.security.retention.inzage` finds is shown: nothing is filtered on
relevance. Known tables get their own part with readable labels; intake answers are grouped by
domain with the question's text; any table this module does not know (a later part of the
product) still appears under "Overige gegevens". Audit lines about the newcomer's rows are added
(who looked at or changed the dossier, when): part of what a subject access request asks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.intake.definition import Definition, load_definition
from app.intake.values import display
from app.security.retention import inzage
from app.validation import format_date
from db.connection import Store

SKIP = {"id", "version", "inburgeraar_id", "intake_id", "gesprek_id", "hash", "vorige_hash"}
LABELS = {
    "created_at": "Vastgelegd",
    "updated_at": "Laatst gewijzigd",
    "sleutelpersoon_id": "Sleutelpersoon",
    "voorgesteld_id": "Voorgesteld",
    "bsn": "BSN",
    "v_nummer": "V-nummer",
    "vraag_id": "Vraag",
    "waarde": "Antwoord",
}
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Inschrijving", ("inburgeraar", "inburgeraar_taal")),
    ("Intake", ("intake",)),
    ("Gesprekken", ("intake_gesprek", "intake_notitie")),
    ("Signalen", ("intake_signaal",)),
    ("Correcties en concepten", ("intake_correctie", "intake_concept")),
    ("Sleutelpersoon", ("koppeling", "sleutelpersoon_uitsluiting", "inzet")),
)


@dataclass(frozen=True)
class Blok:
    titel: str
    regels: tuple[tuple[str, str], ...]


@dataclass
class Deel:
    titel: str
    blokken: list[Blok] = field(default_factory=list)


def label(column: str) -> str:
    return LABELS.get(column, column.replace("_", " ").capitalize())


def tekst(value: Any) -> str:
    """A stored value as plain text: dates in Dutch order, JSON lists joined."""
    if value is None:
        return ""
    text = str(value)
    if len(text) >= 19 and text[4] == "-" and text[10] in "T ":
        try:
            return datetime.fromisoformat(text).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            return text
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return format_date(text)
        except ValueError:
            return text
    if text.startswith(("[", "{")):
        try:
            parsed = json.loads(text)
        except ValueError:
            return text
        if isinstance(parsed, list):
            return ", ".join(map(str, parsed))
        if isinstance(parsed, dict):
            return "; ".join(f"{k}: {v}" for k, v in parsed.items() if v not in ("", None))
    return text


def rij(titel: str, row: dict[str, Any], names: dict[str, str]) -> Blok:
    regels: list[tuple[str, str]] = []
    for column, value in row.items():
        if column in SKIP or value in (None, "", "[]"):
            continue
        if column.endswith("_id"):  # a link: shown as the name it points at, else left out
            if str(value) in names:
                regels.append((label(column), names[str(value)]))
            continue
        regels.append((label(column), tekst(value)))
    return Blok(titel, tuple(regels))


def antwoorden(rows: list[dict[str, Any]], definition: Definition) -> list[Blok]:
    """Every stored intake answer, by domain in the definition's order; unknown ones last."""
    per_section: dict[str, list[tuple[str, str]]] = {s.id: [] for s in definition.sections}
    older: list[tuple[str, str]] = []
    for row in sorted(rows, key=lambda r: str(r["vraag_id"])):
        qid = str(row["vraag_id"])
        value = json.loads(row["waarde"])
        question = definition.question(qid)
        section = definition.section_of(qid)
        if question is None or section is None:
            older.append((qid, display(None, value)))
        else:
            per_section[section.id].append((question.label, display(question, value)))
    blokken = [
        Blok(f"Antwoorden: {s.title}", tuple(per_section[s.id]))
        for s in definition.sections
        if per_section[s.id]
    ]
    if older:
        blokken.append(Blok("Antwoorden uit een eerdere vragenlijst", tuple(older)))
    return blokken


def _names(store: Store, tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Key persons named in the rows, by id (their name is what the newcomer knows them by)."""
    ids = {
        str(v)
        for rows in tables.values()
        for row in rows
        for k, v in row.items()
        if k in ("sleutelpersoon_id", "voorgesteld_id") and v
    }
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    found = store.conn.execute(
        f"SELECT id, voornaam || ' ' || achternaam FROM sleutelpersoon WHERE id IN ({marks})",
        tuple(ids),
    ).fetchall()
    return {str(i): str(n) for i, n in found}


def audit_regels(store: Store, ids: set[str]) -> list[Blok]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = store.conn.execute(
        "SELECT volgnummer, tijdstip, actie, object_type, resultaat, actor, herkomst "
        f"FROM audit_regel WHERE object_id IN ({marks}) ORDER BY volgnummer",
        tuple(ids),
    ).fetchall()
    regels = tuple(
        (
            tekst(t),
            f"{a} {o} · door {actor} (computer {herkomst})" + ("" if r == "ok" else f" · {r}"),
        )
        for _n, t, a, o, r, actor, herkomst in rows
    )
    return [Blok("Tijdstip (UTC) en wat er gebeurde", regels)] if regels else []


def inzage_delen(
    store: Store, client_id: str, definition: Definition | None = None
) -> tuple[str, list[Deel]]:
    """(name, parts) for one newcomer; needs dossier exporteren and logs the inzage."""
    tables = inzage(store, client_id)["tabellen"]
    names = _names(store, tables)
    definition = definition or load_definition()
    person = tables["inburgeraar"][0]
    naam = " ".join(
        str(person.get(k) or "") for k in ("voornamen", "voorvoegsel", "achternaam")
    ).split()
    delen: list[Deel] = []
    done: set[str] = set()
    for titel, part_tables in PARTS:
        deel = Deel(titel)
        for table in part_tables:
            for row in tables.get(table, []):
                deel.blokken.append(rij(label(table), row, names))
            done.add(table)
            if table == "intake":
                deel.blokken += antwoorden(tables.get("intake_antwoord", []), definition)
                done.add("intake_antwoord")
        delen.append(deel)
    pip = Deel("PIP")
    rest = Deel("Overige gegevens")
    for table, rows in sorted(tables.items()):
        if table in done:
            continue
        target = pip if table.startswith(("pip", "duo_", "termijn")) else rest
        target.blokken += [rij(label(table), row, names) for row in rows]
    delen += [pip, rest]
    ids = {str(r["id"]) for rows in tables.values() for r in rows if r.get("id")}
    delen.append(Deel("Wie uw dossier bekeek of wijzigde", audit_regels(store, ids)))
    return " ".join(naam), delen
