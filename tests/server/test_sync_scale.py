"""The pull at national scale (server migration 0005): what each officer's pull reads through
the zicht indexes is exactly what the row-level policies of 0003 allowed, the plans use those
indexes, and a big first pull reports its progress in dossiers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from app.inburgeraars.service import InburgeraarService
from app.server import sync as client_sync
from db.records import insert_row
from db.server import remote
from tests.conftest import valid_form
from tests.support.laptops import Laptop, Server

Key = tuple[str, str, str]


def _dossier(lap: Laptop, answers: int = 2, gemeente: str = "0294") -> str:
    form = valid_form(bsn=None, v_nummer=None, gemeentecode=gemeente)
    inburgeraar = InburgeraarService(lap.session).save(form)
    with lap.store.transaction() as conn:
        intake = insert_row(
            conn, "intake", {"inburgeraar_id": inburgeraar.id, "definitie_versie": 1}
        )
        for i in range(answers):
            insert_row(
                conn,
                "intake_antwoord",
                {
                    "intake_id": intake,
                    "vraag_id": f"v.{i}",
                    "waarde": '"ja"',
                    "definitie_versie": 1,
                },
            )
    assert inburgeraar.id
    return inburgeraar.id


def _allowed_by_0003(server: Server, naam: str) -> set[Key]:
    """The fields the policies of migration 0003 let *naam* read (scope <> 'dossier' OR
    mag_dossier(dossier_id); the coördinator: OR coord; the beheerder: no dossier field),
    computed as the owner from the tables themselves, without zicht."""
    with psycopg.connect(server.admin_dsn) as conn:
        rows = conn.execute(
            "SELECT f.tabel, f.row_id, f.veld FROM wegwijs.sync_field f"
            " JOIN wegwijs.officer o ON o.naam = %s"
            " WHERE f.scope <> 'dossier'"
            " OR (o.rol = 'coordinator' AND f.coord)"
            " OR (o.rol = 'klantmanager' AND (EXISTS (SELECT 1 FROM wegwijs.sync_dossier d"
            "     WHERE d.id = f.dossier_id AND d.gemeentecode = o.gemeentecode)"
            "   OR EXISTS (SELECT 1 FROM wegwijs.dossier_deling g"
            "     WHERE g.dossier_id = f.dossier_id AND g.officer = o.naam)))",
            (naam,),
        ).fetchall()
    return {(str(t), str(r), str(v)) for t, r, v in rows}


def _pulled(conn: psycopg.Connection[Any], limit: int) -> set[Key]:
    """Every field a pull in pages of *limit* hands this officer, from cursor 0."""
    out: set[Key] = set()
    cursor, more = 0, True
    while more:
        page = remote.pull_page(conn, cursor, limit)
        out |= {(t, r, v) for t, r, v, _w, _s in page.fields}
        cursor, more = page.cursor, page.more
    return out


def test_each_officers_pull_is_exactly_what_the_old_policies_allowed(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    a, e = laptop("anouk", "0294"), laptop("eva", "0197")
    own = [_dossier(a) for _ in range(3)]
    theirs = [_dossier(e, gemeente="0197") for _ in range(2)]
    a.sync(), e.sync()
    with server.connect_as("eva") as eva:  # vervanging: one of eva's dossiers goes to anouk
        eva.execute("SELECT wegwijs.deel_dossier(%s, 'anouk')", (theirs[0],))
    server.add_user("cora", "0294", "coordinator")
    server.add_user("bea", "0294", "beheerder")
    server.add_user("bram", "0294")
    for naam in ("anouk", "eva", "cora", "bea", "bram"):
        allowed = _allowed_by_0003(server, naam)
        with server.connect_as(naam) as conn:
            assert _pulled(conn, 7) == allowed, naam
            assert _pulled(conn, 100_000) == allowed, naam
            # and the policies themselves still let through the same, no more
            direct = {
                (str(t), str(r), str(v))
                for t, r, v in conn.execute("SELECT tabel, row_id, veld FROM wegwijs.sync_field")
            }
            assert direct == allowed, naam
    anouk = _allowed_by_0003(server, "anouk")
    assert {r for t, r, _v in anouk if t == "inburgeraar"} == {*own, theirs[0]}
    assert not {r for t, r, _v in _allowed_by_0003(server, "bea") if t == "inburgeraar"}


def test_a_dossier_gets_its_gemeente_when_that_field_arrives_after_the_others(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    """The push stores a new row's fields one by one; those before gemeentecode (and the
    intake, pushed in the same batch) must still end up visible to the gemeente."""
    a = laptop("anouk", "0294")
    inburgeraar_id = _dossier(a)
    a.sync()
    with psycopg.connect(server.admin_dsn) as conn:
        unset = conn.execute(
            "SELECT count(*) FROM wegwijs.sync_field WHERE dossier_id = %s"
            " AND zicht IS DISTINCT FROM '0294'",
            (inburgeraar_id,),
        ).fetchone()
        assert unset == (0,)
    b = laptop("bram", "0294")
    b.sync()
    assert InburgeraarService(b.session).get(inburgeraar_id) is not None
    assert b.store.conn.execute("SELECT count(*) FROM intake_antwoord").fetchone() == (2,)


def test_the_pull_reads_its_index_range_never_the_whole_table(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    laptop("anouk", "0294")
    server.add_user("cora", "0294", "coordinator")
    for naam, index in (("anouk", "sync_field_zicht"), ("cora", "sync_field_coord")):
        with server.connect_as(naam) as conn:
            conn.execute("SET enable_seqscan = off")  # a tiny table: the plan of a big one
            plan = "\n".join(remote.explain_pull(conn, 100, 20_000))
        assert index in plan, plan
        assert "Seq Scan on sync_field" not in plan, plan
        assert "mag_dossier" not in plan, plan


def test_a_first_sync_in_pages_reports_dossiers_received(
    server: Server, laptop: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = laptop("anouk", "0294")
    for _ in range(6):
        _dossier(a, answers=3)
    a.sync()
    monkeypatch.setattr(client_sync, "PULL_PAGE", 25)
    b = laptop("bram", "0294")
    said: list[str] = []
    client_sync.run(b.session, said.append)
    counts = [s for s in said if s.endswith("dossiers ontvangen")]
    assert len(counts) >= 3
    assert counts[-1] == "6 van 6 dossiers ontvangen"
    held = [int(s.split()[0]) for s in counts]
    assert held == sorted(held) and held[0] < 6
    assert said[-1].endswith("ontvangen, 0 conflicten")  # the summary closes it


def test_counts_are_written_the_dutch_way() -> None:
    assert client_sync._getal(5000) == "5.000"
    assert client_sync._getal(1200) == "1.200"
    assert client_sync._getal(999) == "999"
    assert client_sync._getal(1_234_567) == "1.234.567"


def test_migration_0005_runs_again_without_harm(
    server: Server, laptop: Callable[..., Laptop]
) -> None:
    """Idempotent like the other server migrations: applied a second time by hand (a restore
    of an old schema_versie, an admin's mistake) it changes nothing and the pull still works."""
    from db.server.migrate import load_server_migrations

    a = laptop("anouk", "0294")
    inburgeraar_id = _dossier(a)
    a.sync()
    sql = next(m.sql for m in load_server_migrations() if m.name.startswith("0005_"))
    with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
        conn.execute(sql)
    b = laptop("bram", "0294")
    b.sync()
    assert InburgeraarService(b.session).get(inburgeraar_id) is not None
    with server.connect_as("bram") as conn:
        assert _pulled(conn, 1000) == _allowed_by_0003(server, "bram")
