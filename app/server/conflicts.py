"""Conflicts: two edits of one field made apart (first value on the server stands, the other is
kept), two concept PIP versions with one number, or an edit of a PIP vastgesteld elsewhere.

Resolving is a change like any other: it is written locally at once and reaches the server and
the other laptops with the next sync.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from app.security.audit import audit
from db import sync_apply, sync_capture
from db import sync_local as local

if TYPE_CHECKING:
    from app.session import Session

SOORT_LABEL = {
    "veld": "Twee wijzigingen van hetzelfde veld",
    "pip_concept": "Twee conceptversies van het PIP met hetzelfde nummer",
    "vastgesteld": "Wijziging van een vastgesteld PIP geweigerd",
}


class ConflictInputError(Exception):
    """Invalid choice; nothing changed (Dutch message)."""


def _value(text: str | None) -> Any:
    return json.loads(text) if text is not None else None


def listing(session: Session, *, open_only: bool = True) -> list[dict[str, Any]]:
    """The conflicts this laptop knows of, newest last, in the shape of `conflicts list`."""
    store = session.store
    cfg = local.settings(store.conn)
    me = cfg["apparaat"] if cfg else None
    out = []
    for c in local.conflicts(store.conn, open_only=open_only):
        out.append(
            {
                "id": c["id"],
                "soort": c["soort"],
                "omschrijving": SOORT_LABEL.get(str(c["soort"]), str(c["soort"])),
                "tabel": c["tabel"],
                "rij": c["rij"],
                "veld": c["veld"],
                "status": c["status"],
                "server": {
                    "waarde": _value(c["server_waarde"]),
                    "door": c["server_door"],
                    "op": c["server_op"],
                    "van_deze_laptop": c["server_apparaat"] == me,
                },
                "ander": {
                    "waarde": _value(c["ander_waarde"]),
                    "door": c["ander_door"],
                    "op": c["ander_op"],
                    "van_deze_laptop": c["ander_apparaat"] == me,
                },
                "opgelost_door": c["opgelost_door"],
            }
        )
    return out


def for_row(session: Session, tabel: str, rij: str) -> list[dict[str, Any]]:
    """Open conflicts of one row (the dossier shows "Conflict")."""
    return [c for c in listing(session) if c["tabel"] == tabel and c["rij"] == rij]


def resolve(
    session: Session, conflict_id: str, *, kies: str | None = None, waarde: str | None = None
) -> None:
    """Resolve by choosing ``mijn`` (the value made on this laptop) or ``server`` (the value that
    stands), or by typing a new value. Raises ConflictInputError (nothing changed)."""
    store = session.store
    if (kies is None) == (waarde is None):
        raise ConflictInputError("Kies precies één: --kies mijn|server of --waarde TEKST.")
    if kies is not None and kies not in ("mijn", "server"):
        raise ConflictInputError("--kies moet 'mijn' of 'server' zijn.")
    found = [c for c in listing(session, open_only=False) if c["id"] == conflict_id]
    if not found:
        raise ConflictInputError(f"Er is geen conflict met id {conflict_id}.")
    c = found[0]
    if c["status"] != "open":
        raise ConflictInputError("Dit conflict is al opgelost.")
    actor = str(getattr(session.actor, "naam", "") or "onbekend")
    with store.transaction() as conn:
        sync_apply.defer_foreign_keys(conn)
        if c["soort"] == "pip_concept":
            _resolve_pip(conn, c, kies)
        elif c["soort"] == "vastgesteld":
            if kies != "server":
                raise ConflictInputError(
                    "Een vastgesteld PIP verandert niet; kies 'server' en maak zo nodig een "
                    "nieuwe versie."
                )
            local.add_change(
                conn, str(uuid.uuid4()), c["tabel"], c["rij"], "oplossen", conflict_id=conflict_id
            )
        else:
            new = _chosen_value(c, kies, waarde)
            present = sync_apply.existing_ids(conn, c["tabel"], [c["rij"]])
            if not present:
                raise ConflictInputError("De rij van dit conflict bestaat hier niet meer.")
            sync_capture.quiet(conn, True)
            sync_apply.upsert_rows(conn, c["tabel"], {c["rij"]: {c["veld"]: new}}, present)
            sync_capture.quiet(conn, False)
            local.add_change(
                conn,
                str(uuid.uuid4()),
                c["tabel"],
                c["rij"],
                "set",
                veld=c["veld"],
                waarde=new,
                conflict_id=conflict_id,
            )
        local.set_conflict_status(conn, conflict_id, "opgelost", actor)
        audit(session, "conflict opgelost", str(c["tabel"]), str(c["rij"]))


def _chosen_value(c: dict[str, Any], kies: str | None, waarde: str | None) -> Any:
    if waarde is not None:
        current = c["server"]["waarde"]
        if isinstance(current, int) and not isinstance(current, bool):
            try:
                return int(waarde)
            except ValueError:
                raise ConflictInputError("Dit veld is een getal; geef een getal.") from None
        return waarde
    if kies == "server":
        return c["server"]["waarde"]
    if c["ander"]["van_deze_laptop"]:
        return c["ander"]["waarde"]
    if c["server"]["van_deze_laptop"]:
        return c["server"]["waarde"]
    raise ConflictInputError(
        "Geen van beide waarden is op deze laptop gemaakt; kies 'server' of geef --waarde."
    )


def _resolve_pip(conn: Any, c: dict[str, Any], kies: str | None) -> None:
    """Two concept versions: the one chosen stays, the other is removed (everywhere)."""
    if kies is None:
        raise ConflictInputError("Kies bij twee PIP-versies 'mijn' of 'server'.")
    first = str(c["server"]["waarde"])  # the version that reached the server first
    second = str(c["rij"])  # the one renumbered on arrival
    keep_second = kies == "mijn" and c["ander"]["van_deze_laptop"]
    drop = first if keep_second else second
    for rid in (first, second):
        row = sync_apply.row_values(conn, "pip", rid)
        if row and rid == drop and row["status"] != "concept":
            raise ConflictInputError("Alleen een conceptversie kan vervallen.")
    sync_apply.delete_concept_pip(conn, drop)
    local.add_change(conn, str(uuid.uuid4()), "pip", second, "oplossen", conflict_id=str(c["id"]))
