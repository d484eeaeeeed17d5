"""DUO's facts on a laptop, written as the sync's pull writes them (no server needed)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping

from db import sync_apply
from db.connection import Store

STAMP = "2026-05-02T08:00:00Z"


def pulled_duo_fact(
    store: Store,
    inburgeraar_id: str,
    soort: str,
    gegevens: Mapping[str, object],
    omschrijving: str,
    stamp: str = STAMP,
) -> None:
    """One `duo_feit` row exactly as the sync's pull writes a server row into the laptop's table
    (DUO's answer to a melding: soort "<melding>_antwoord", gegevens with its onderwerp_id)."""
    row = {
        "created_at": stamp,
        "inburgeraar_id": inburgeraar_id,
        "soort": soort,
        "gegevens": json.dumps(dict(gegevens)),
        "omschrijving": omschrijving,
        "bericht_id": str(uuid.uuid4()),
        "vastgelegd_op": stamp,
        "afgehandeld": 0,
    }
    with store.transaction() as conn:
        sync_apply.upsert_rows(conn, "duo_feit", {str(uuid.uuid4()): row}, set())
