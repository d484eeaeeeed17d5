"""Row-level security, tried by connecting as each server role with psycopg: PostgreSQL itself
refuses what the role may not read or write."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from app.inburgeraars.service import InburgeraarService
from db.records import insert_row
from tests.conftest import valid_form
from tests.support.laptops import Laptop, Server


def _pool_and_dossier(lap: Laptop) -> tuple[str, str, str]:
    """A dossier with an intake answer, a key person and an hour booked with that dossier."""
    inburgeraar = InburgeraarService(lap.session).save(valid_form())
    with lap.store.transaction() as conn:
        intake = insert_row(
            conn, "intake", {"inburgeraar_id": inburgeraar.id, "definitie_versie": 1}
        )
        insert_row(
            conn,
            "intake_antwoord",
            {
                "intake_id": intake,
                "vraag_id": "gezondheid.psychisch",
                "waarde": '"zwaar"',
                "definitie_versie": 1,
            },
        )
        sp = insert_row(
            conn,
            "sleutelpersoon",
            {
                "voornaam": "Yonas",
                "achternaam": "Haile",
                "soort": "sleutelpersoon",
                "geslacht": "M",
                "gemeentecode": "0294",
                "status": "actief",
                "status_datum": "2026-01-01",
                "zoeksleutel": "yonas haile",
                "sorteernaam": "haile yonas",
                "werk_telefoon": "06 1234 5678",
            },
        )
        inzet = insert_row(
            conn,
            "inzet",
            {
                "sleutelpersoon_id": sp,
                "datum": "2026-11-02",
                "soort": "gesprek",
                "inburgeraar_id": inburgeraar.id,
                "minuten": 90,
            },
        )
    lap.sync()
    return inburgeraar.id, sp, inzet


def _visible(conn: psycopg.Connection[Any]) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for t, r, v in conn.execute("SELECT tabel, row_id, veld FROM wegwijs.sync_field"):
        out.setdefault((t, r), set()).add(v)
    return out


def test_klantmanager_of_another_gemeente_sees_pool_and_hours_not_the_dossier(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    a = laptop("anouk", "0294")
    inburgeraar_id, sp, inzet = _pool_and_dossier(a)
    server.add_user("eva", "0197")
    with server.connect_as("eva") as eva:
        seen = _visible(eva)
        assert ("inburgeraar", inburgeraar_id) not in seen
        assert not [k for k in seen if k[0] == "intake_antwoord"]
        assert "werk_telefoon" in seen[("sleutelpersoon", sp)]
        assert "minuten" in seen[("inzet", inzet)]
        assert "inburgeraar_id" not in seen[("inzet", inzet)]  # who was helped: not hers
        # writing directly is refused by PostgreSQL
        for sql in (
            "INSERT INTO wegwijs.sync_field (tabel, row_id, veld, seq, change_id, apparaat,"
            " officer, scope) VALUES ('x', 'y', 'z', 1, gen_random_uuid(), 'a', 'eva', 'pool')",
            "UPDATE wegwijs.sync_field SET waarde = '1'",
            "DELETE FROM wegwijs.sync_row",
            "SELECT * FROM wegwijs.sync_change",
            "SELECT * FROM wegwijs.audit_regel",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                eva.execute(sql)
        # and through the push function: refused per change, nothing written
        answer = eva.execute(
            "SELECT wegwijs.sync_push(%s, %s::jsonb)",
            (
                str(uuid.uuid4()),
                json.dumps(
                    [
                        {
                            "id": str(uuid.uuid4()),
                            "tabel": "inburgeraar",
                            "rij": inburgeraar_id,
                            "op": "set",
                            "veld": "telefoon",
                            "waarde": "1",
                            "basis": 99,
                            "gemaakt_op": "x",
                        }
                    ]
                ),
            ),
        ).fetchone()[0]
        assert answer[0]["status"] == "geweigerd"
    assert server.fields()[("inburgeraar", inburgeraar_id)]["telefoon"] != "1"


def test_a_colleague_of_the_same_gemeente_reads_the_dossier(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    a = laptop("anouk", "0294")
    inburgeraar_id, _sp, _inzet = _pool_and_dossier(a)
    server.add_user("bram", "0294")
    with server.connect_as("bram") as bram:
        seen = _visible(bram)
        assert "bsn" in seen[("inburgeraar", inburgeraar_id)]
        assert [k for k in seen if k[0] == "intake_antwoord"]


def test_coordinator_gets_what_matching_needs_and_no_bsn_contact_or_health(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    a = laptop("anouk", "0294")
    inburgeraar_id, _sp, inzet = _pool_and_dossier(a)
    server.add_user("cora", "0294", "coordinator")
    with server.connect_as("cora") as cora:
        seen = _visible(cora)
        fields = seen[("inburgeraar", inburgeraar_id)]
        assert {"voornamen", "voorkeurstaal", "gemeentecode", "geslacht"} <= fields
        assert not fields & {"bsn", "v_nummer", "telefoon", "email", "straat", "zoeksleutel"}
        assert not [k for k in seen if k[0] in ("intake", "intake_antwoord", "pip")]
        assert "inburgeraar_id" in seen[("inzet", inzet)]
    # her laptop holds the dossier without those fields
    c = laptop("cora", "0294", "coordinator")
    c.sync()
    row = c.store.conn.execute(
        "SELECT voornamen, bsn, telefoon, zoeksleutel FROM inburgeraar WHERE id = ?",
        (inburgeraar_id,),
    ).fetchone()
    assert row == ("Selam", None, "", "")
    assert c.store.conn.execute("SELECT count(*) FROM intake_antwoord").fetchone() == (0,)
    assert c.store.conn.execute("SELECT minuten FROM inzet").fetchall() == [(90,)]


def test_beheerder_gets_no_dossiers_and_a_shared_dossier_reaches_the_colleague(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    a = laptop("anouk", "0294")
    inburgeraar_id, _sp, _inzet = _pool_and_dossier(a)
    server.add_user("bea", "0294", "beheerder")
    with server.connect_as("bea") as bea:
        assert not [k for k in _visible(bea) if k[0] == "inburgeraar"]
    e = laptop("eva", "0197")
    e.sync()
    assert InburgeraarService(e.session).total() == 0
    with server.connect_as("eva") as eva, pytest.raises(psycopg.errors.InsufficientPrivilege):
        eva.execute("SELECT wegwijs.deel_dossier(%s, 'eva')", (inburgeraar_id,))
    with server.connect_as("anouk") as anouk:  # vervanging: anouk shares with eva
        anouk.execute("SELECT wegwijs.deel_dossier(%s, 'eva')", (inburgeraar_id,))
    e.sync()
    assert InburgeraarService(e.session).get(inburgeraar_id) is not None
    assert e.store.conn.execute("SELECT count(*) FROM intake_antwoord").fetchone() == (1,)
