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
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.inburgeraars import velden
from app.intake.definition import Definition, load_definition
from app.intake.values import display
from app.security.inzage_labels import (
    KOPIE,
    TECHNISCH,
    TECHNISCHE_TABELLEN,
    TIJDZONE,
    lokale_tijd,
    tekst,
    uitgevouwen,
)
from app.security.retention import inzage
from db.audit import AuditRepository
from db.inburgeraars import GemeenteRepository
from db.sleutelpersonen import SleutelpersoonRepository

if TYPE_CHECKING:
    from app.session import Session

FORMAAT = "wegwijs-inzage"
FORMAATVERSIE = 1
# The register's fields are labelled by their catalogue (app/inburgeraars/velden.py); these
# are the other tables' columns.
_LABELS = {
    "created_at": "Vastgelegd",
    "updated_at": "Laatst gewijzigd",
    "sleutelpersoon_id": "Sleutelpersoon",
    "voorgesteld_id": "Voorgesteld",
    "vraag_id": "Vraag",
    "waarde": "Antwoord",
    "sleutelpersoon_rollen": "Rollen van de sleutelpersoon",
    "onkosten_cent": "Onkosten",
    "minuten": "Tijd",
    "afwijking_reden": "Reden van de keuze",
    "besloten_door": "Besloten door",
    "actief": "Nog actief",
    "ontbrak_bij_afronden": "Ontbrak bij afronden",
    "object_type": "Over",
}
# What an audit line's object is, in words (the line itself stores only the table name).
AUDIT_OBJECTEN = {
    "inburgeraar": "inschrijving",
    "intake_antwoord": "intake-antwoord",
    "intake_gesprek": "gesprek",
    "intake_notitie": "notitie",
    "intake_signaal": "signaal",
    "intake_feedback": "feedback op een gesprek",
    "ervaring": "ervaring met het aanbod",
    "sleutelpersoon_uitsluiting": "uitsluiting sleutelpersoon",
    "pip": "PIP",
    "pip_verlenging": "uitstel PIP",
    "duo_verlenging": "verlenging DUO",
}
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Inschrijving", ("inburgeraar", "inburgeraar_taal")),
    ("Intake", ("intake",)),
    ("Gesprekken", ("intake_gesprek", "intake_notitie", "intake_feedback")),
    ("Signalen", ("intake_signaal",)),
    ("Ervaringen met het aanbod", ("ervaring",)),
    ("Correcties en concepten", ("intake_correctie", "intake_concept", "stem_concept")),
    ("Sleutelpersoon", ("koppeling", "sleutelpersoon_uitsluiting", "inzet")),
)
TITELS = {
    "inburgeraar": "Uw inschrijving",
    "inburgeraar_taal": "Taal die u spreekt",
    "intake_gesprek": "Gesprek",
    "intake_notitie": "Notitie bij een gesprek",
    "intake_signaal": "Signaal",
    "intake_feedback": "Feedback van de sleutelpersoon op het gesprek",
    "ervaring": "Uw ervaring met het aanbod",
    "intake_correctie": "Correctie of verwijdering (alleen de reden is bewaard)",
    "intake_concept": "Concept (formulier dat nog niet was opgeslagen)",
    "stem_concept": "Concept van feedback of een vragenlijst (nog niet opgeslagen)",
    "koppeling": "Koppeling met een sleutelpersoon",
    "sleutelpersoon_uitsluiting": "Sleutelpersoon die niet bij u past",
    "inzet": "Inzet van een sleutelpersoon voor u",
    "pip": "Plan Inburgering en Participatie (PIP)",
    "pip_verlenging": "Uitstel van het PIP",
    "duo_verlenging": "Verlenging van de inburgeringstermijn door DUO",
    "duo_feit": "Gegeven van DUO",
    "duo_melding": "Resultaat gemeld aan DUO",
    "termijn": "Termijn",
}


@dataclass(frozen=True)
class Blok:
    titel: str
    regels: tuple[tuple[str, str], ...]


@dataclass
class Deel:
    titel: str
    blokken: list[Blok] = field(default_factory=list)


def labels() -> dict[str, str]:
    """Column → label: the register's catalogue, then the other tables' columns."""
    return {**velden.inzage_labels(), **_LABELS}


# as loaded (read labels() where a test may add a field to the catalogue)
LABELS = labels()


def label(column: str) -> str:
    return labels().get(column, column.replace("_", " ").capitalize())


def titel(table: str) -> str:
    return TITELS.get(table, label(table))


def rij(table: str, row: dict[str, Any], names: dict[str, str]) -> Blok:
    """One stored row as readable lines: technical columns and copies left out, links shown
    as the name they point at (or left out), codes as their labels."""
    regels: list[tuple[str, str]] = []
    skip = TECHNISCH | KOPIE.get(table, frozenset())
    for column, value in row.items():
        if column in skip or value in (None, "", "[]"):
            continue
        if column.endswith("_id") or column == "gemeentecode":  # a link: shown as its name
            if str(value) in names:
                regels.append((label(column), names[str(value)]))
            continue
        if table == "stem_concept" and column == "sleutel":
            continue  # the gesprek's id: the gesprek itself is listed under Gesprekken
        if (table == "pip" and column == "inhoud") or (
            table == "stem_concept" and column == "waarde"
        ):
            try:
                regels += uitgevouwen(json.loads(str(value)))
            except ValueError:
                regels.append((label(column), str(value)))
            continue
        regels.append((label(column), tekst(value, column, table)))
    return Blok(titel(table), tuple(regels))


def talen(rows: list[dict[str, Any]]) -> list[Blok]:
    """The languages the person speaks as one block: language and level per line."""
    regels = tuple(
        (tekst(r.get("taal"), "taal"), tekst(r.get("niveau"), "niveau"))
        for r in sorted(rows, key=lambda r: str(r.get("taal")))
    )
    return [Blok("Talen die u spreekt", regels)] if regels else []


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


def _names(session: Session, tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Key persons and municipalities named in the rows, by id or code."""
    store = session.store
    ids = {
        str(v)
        for rows in tables.values()
        for row in rows
        for k, v in row.items()
        if k in ("sleutelpersoon_id", "voorgesteld_id") and v
    }
    found = {str(r["code"]): str(r["naam"]) for r in GemeenteRepository(store.conn).all()}
    found.update(SleutelpersoonRepository(store.conn).namen(ids))
    return found


AUDIT_KOLOMMEN = (
    "volgnummer",
    "tijdstip",
    "actie",
    "object_type",
    "object_id",
    "resultaat",
    "actor",
    "herkomst",
)


def audit_rijen(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    """The audit lines about any of *ids* (the person's rows), oldest first."""
    return AuditRepository(session.store.conn).about(ids, AUDIT_KOLOMMEN)


def _object(object_type: str) -> str:
    return AUDIT_OBJECTEN.get(object_type, object_type.replace("_", " "))


def audit_blok(rows: list[dict[str, Any]]) -> list[Blok]:
    regels = tuple(
        (
            lokale_tijd(str(r["tijdstip"])),
            f"{r['actie']} {_object(str(r['object_type']))} · door {r['actor']} "
            f"(computer {r['herkomst']})"
            + ("" if r["resultaat"] == "ok" else f" · {r['resultaat']}"),
        )
        for r in rows
    )
    return [Blok("Wanneer en wat er gebeurde", regels)] if regels else []


@dataclass
class Inzage:
    """Everything the export holds; the PDF shows ``delen``, the JSON holds all of it."""

    inburgeraar_id: str
    naam: str
    gemeente: str
    gemaakt_op: datetime
    delen: list[Deel]
    tabellen: dict[str, list[dict[str, Any]]]
    audit: list[dict[str, Any]]


def _delen(
    tables: dict[str, list[dict[str, Any]]], names: dict[str, str], definition: Definition
) -> list[Deel]:
    delen: list[Deel] = []
    done: set[str] = set(TECHNISCHE_TABELLEN)
    for deel_titel, part_tables in PARTS:
        deel = Deel(deel_titel)
        for table in part_tables:
            if table == "inburgeraar_taal":
                deel.blokken += talen(tables.get(table, []))
                done.add(table)
                continue
            deel.blokken += [rij(table, row, names) for row in tables.get(table, [])]
            done.add(table)
            if table == "intake":
                deel.blokken += antwoorden(tables.get("intake_antwoord", []), definition)
                done.add("intake_antwoord")
        delen.append(deel)
    pip = Deel("PIP en termijnen")
    rest = Deel("Overige gegevens")
    for table, rows in sorted(tables.items()):
        if table in done:
            continue
        target = pip if table.startswith(("pip", "duo_", "termijn")) else rest
        target.blokken += [rij(table, row, names) for row in rows]
    return [*delen, pip, rest]


def verzamel(
    session: Session,
    inburgeraar_id: str,
    definition: Definition | None = None,
    now: datetime | None = None,
) -> Inzage:
    """The inzage of one newcomer; needs dossier exporteren and logs the inzage (KeyError when
    there is no such newcomer)."""
    tables = inzage(session, inburgeraar_id)["tabellen"]
    names = _names(session, tables)
    person = tables["inburgeraar"][0]
    naam = " ".join(
        str(person.get(k) or "") for k in ("voornamen", "voorvoegsel", "achternaam")
    ).split()
    delen = _delen(tables, names, definition or load_definition())
    ids = {str(r["id"]) for rows in tables.values() for r in rows if r.get("id")}
    audit = audit_rijen(session, ids)
    delen.append(Deel("Wie uw gegevens bekeek, wijzigde of afdrukte", audit_blok(audit)))
    gemeente = names.get(str(person.get("gemeentecode")), str(person.get("gemeentecode")))
    moment = now or datetime.now(UTC)
    return Inzage(inburgeraar_id, " ".join(naam), gemeente, moment, delen, tables, audit)


def inzage_delen(
    session: Session, inburgeraar_id: str, definition: Definition | None = None
) -> tuple[str, list[Deel]]:
    """(name, parts) for one newcomer; needs dossier exporteren and logs the inzage."""
    found = verzamel(session, inburgeraar_id, definition)
    return found.naam, found.delen


def als_json(found: Inzage) -> str:
    """The export as JSON, shape documented in docs/cli.md ("wegwijs inzage")."""
    data = {
        "formaat": FORMAAT,
        "formaatversie": FORMAATVERSIE,
        "gemaakt_op": found.gemaakt_op.astimezone(UTC).isoformat(timespec="seconds"),
        "tijdzone": TIJDZONE,
        "gemeente": found.gemeente,
        "inburgeraar_id": found.inburgeraar_id,
        "naam": found.naam,
        "delen": [
            {
                "titel": deel.titel,
                "blokken": [
                    {"titel": b.titel, "regels": [{"veld": k, "waarde": v} for k, v in b.regels]}
                    for b in deel.blokken
                ],
            }
            for deel in found.delen
        ],
        "audit": [{**r, "tijdstip_lokaal": lokale_tijd(str(r["tijdstip"]))} for r in found.audit],
        "tabellen": found.tabellen,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
