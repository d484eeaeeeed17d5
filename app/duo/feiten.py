"""On the laptop: what DUO changed in a dossier, as the sync brought it (read, mark handled).

The regional server's gateway writes these facts; the laptop never talks to DUO itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.security.audit import audit
from app.security.roles import Permission, require
from db import duo_feit

if TYPE_CHECKING:
    from app.session import Session


@dataclass(frozen=True)
class DuoFeit:
    id: str
    soort: str
    gegevens: dict[str, Any]
    omschrijving: str
    waarschuwing: str
    vastgelegd_op: str
    afgehandeld: bool
    version: int


def _feit(row: dict[str, Any]) -> DuoFeit:
    try:
        gegevens = json.loads(row["gegevens"] or "{}")
    except ValueError:
        gegevens = {}
    return DuoFeit(
        str(row["id"]),
        str(row["soort"]),
        gegevens if isinstance(gegevens, dict) else {},
        str(row["omschrijving"]),
        str(row["waarschuwing"] or ""),
        str(row["vastgelegd_op"]),
        bool(row["afgehandeld"]),
        int(row["version"]),
    )


class DuoFeitService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def for_inburgeraar(self, inburgeraar_id: str) -> list[DuoFeit]:
        require(self.session, Permission.DOSSIER_LEZEN)
        return [_feit(r) for r in duo_feit.for_inburgeraar(self.store.conn, inburgeraar_id)]

    def pip_status(self, inburgeraar_id: str, pip_id: str) -> DuoFeit | None:
        """DUO's latest answer to this PIP version, None when none arrived (yet)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        answers = duo_feit.pip_answers(self.store.conn, inburgeraar_id, pip_id)
        return _feit(answers[-1]) if answers else None

    def afhandelen(self, feit: DuoFeit) -> bool:
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        with self.store.transaction():
            done = duo_feit.mark_handled(self.store.conn, feit.id, feit.version)
            if done:
                audit(self.session, "afgehandeld (DUO)", "duo_feit", feit.id)
        return done
