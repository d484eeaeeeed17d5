""" "Nieuw van DUO": releasing an aanmelding taken up but never saved (server migration 0108).
Two laptops of one gemeente against real PostgreSQL with the real gateway: the officer who has
it releases it at once, a colleague only after one working day (told who has it and since
when), a beheerder of the gemeente likewise; another gemeente, the coördinator, a wrong id and
an offline laptop change nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli import run
from app.duo.aanmelding_tijd import werkdag_later
from app.duo.aanmeldingen import (
    AanmeldingOnbekendError,
    DuoAanmeldingError,
    DuoAanmeldingService,
)
from app.server.cluster import Cluster
from tests.app.duo.test_aanmelding import ANDERE_GEMEENTE, BSN, _notify
from tests.app.duo.test_notifications import DOELGROEP, PLICHT
from tests.support.duo.fixtures import GEMEENTE, RunningGateway
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows
from tests.support.duo.pki import Pki
from tests.support.laptops import STORE_PASSPHRASE, Laptop, Server

STATE = "SELECT status, door, vrijgegeven_door, vrijgegeven_van FROM wegwijs.duo_aanmelding"


@pytest.fixture
def region(pg_cluster: Cluster, pg_database: str, duo_db: DuoDb, tmp_path: Path) -> Any:
    server = Server(pg_cluster, pg_database)
    server.add_user("km.a", gemeente=GEMEENTE)
    server.add_user("km.b", gemeente=GEMEENTE)
    server.add_user("km.elders", gemeente=ANDERE_GEMEENTE)
    server.add_user("coord", gemeente=GEMEENTE, rol="coordinator")
    server.add_user("beheer", gemeente=GEMEENTE, rol="beheerder")
    laptops = {name: Laptop(tmp_path / name, server, name) for name in ("km.a", "km.b")}
    yield server, laptops
    for lap in laptops.values():
        lap.close()


def _held_for(db: DuoDb, days: int) -> None:
    """Pretend the aanmelding was taken up *days* ago (the server's clock decides)."""
    with psycopg.connect(db.owner_dsn, autocommit=True) as conn:
        conn.execute(
            "UPDATE wegwijs.duo_aanmelding SET afgehandeld_op = now() - %s * interval '1 day'",
            (days,),
        )


def _release_as(server: Server, user: str, aanmelding_id: str) -> Any:
    with server.connect_as(user) as conn:
        row = conn.execute("SELECT wegwijs.duo_aanmelding_vrijgeven(%s)", (aanmelding_id,))
        answer = row.fetchone()
        assert answer is not None
        return answer[0]


def test_own_release_at_once_a_colleagues_after_one_working_day(
    region: Any, duo_db: DuoDb, gateway: RunningGateway, pki: Pki, mock_duo: tuple[MockDuo, str]
) -> None:
    server, laptops = region
    a, b = laptops["km.a"], laptops["km.b"]
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    _notify(gateway, pki, duo_db, "SS101", str(uuid.uuid4()))
    a.sync()
    b.sync()
    service_a, service_b = DuoAanmeldingService(a.session), DuoAanmeldingService(b.session)
    (entry,) = service_a.lijst()
    assert not service_a.mag_vrijgeven(entry)  # nobody has it: nothing to release
    service_a.opnemen_starten(entry.id)  # ... and the register dialog is cancelled
    b.sync()
    (held,) = service_b.lijst()
    assert held.in_behandeling_door == "km.a" and held.in_behandeling_sinds is not None
    assert abs(held.in_behandeling_sinds - datetime.now(UTC)) < timedelta(minutes=5)

    # B, the colleague: not yet (told who has it, since when, from when); nothing changes
    assert not service_b.mag_vrijgeven(held)
    with pytest.raises(DuoAanmeldingError) as early:
        service_b.vrijgeven(entry.id)
    text = str(early.value)
    assert "in behandeling bij km.a sinds " in text and "vrijgeven vanaf " in text
    assert "niets veranderd" in text
    assert rows(duo_db, STATE) == [("opgenomen", "km.a", None, None)]
    # the beheerder of the gemeente likewise; another gemeente's klantmanager is told nothing;
    # the coördinator may not
    assert _release_as(server, "beheer", entry.id)["status"] == "te_vroeg"
    assert _release_as(server, "km.elders", entry.id) == {"status": "onbekend"}
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _release_as(server, "coord", entry.id)
    assert rows(duo_db, STATE) == [("opgenomen", "km.a", None, None)]

    # A releases their own at once: open again on A's laptop now, on B's after the sync
    a.sync()
    (own,) = service_a.lijst()
    assert own.in_behandeling_door == "km.a" and service_a.mag_vrijgeven(own)
    assert str(service_a.vrijgeven(entry.id)).startswith("Vrijgegeven: elke klantmanager")
    assert rows(duo_db, STATE) == [("open", None, "km.a", "km.a")]
    assert service_a.lijst()[0].in_behandeling_door == ""
    # asked again (a lost answer): still fine, nothing more happens
    assert "niet in behandeling" in str(service_a.vrijgeven(entry.id))
    b.sync()
    (released,) = service_b.lijst()
    assert released.in_behandeling_door == "" and released.in_behandeling_sinds is None

    # B takes it up and leaves it; after more than a working day A may release it
    service_b.opnemen_starten(entry.id)
    a.sync()
    assert not service_a.mag_vrijgeven(service_a.lijst()[0])
    _held_for(duo_db, 4)
    a.sync()
    (stale,) = service_a.lijst()
    assert service_a.mag_vrijgeven(stale)
    said = str(service_a.vrijgeven(entry.id))
    assert said.startswith("Vrijgegeven: deze aanmelding was in behandeling bij km.b sinds ")
    assert rows(duo_db, STATE) == [("open", None, "km.a", "km.b")]
    # now A takes it in for real; the beheerder can release that one only after a day too
    service_a.opnemen_starten(entry.id)
    _held_for(duo_db, 4)
    assert _release_as(server, "beheer", entry.id)["van"] == "km.a"
    assert rows(duo_db, STATE) == [("open", None, "beheer", "km.a")]


def test_bad_input_and_offline_change_nothing(
    region: Any,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
    pg_cluster: Cluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _server, laptops = region
    a, b = laptops["km.a"], laptops["km.b"]
    mock_duo[0].person(BSN, plicht=PLICHT, doelgroep=DOELGROEP)
    _notify(gateway, pki, duo_db, "SS128", str(uuid.uuid4()))
    a.sync()
    service_a = DuoAanmeldingService(a.session)
    (entry,) = service_a.lijst()
    service_a.opnemen_starten(entry.id)
    for bad in ("", "   ", "bestaat-niet"):
        with pytest.raises(AanmeldingOnbekendError):
            service_a.vrijgeven(bad)
    assert rows(duo_db, STATE) == [("opgenomen", "km.a", None, None)]

    # the CLI: exit 2 on a wrong id, 1 when a colleague's is not free yet, 0 when released
    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")

    def cli(name: str, *args: str) -> int:
        base = ["--data-dir", str(tmp_path / name), "--passphrase-file", str(pw), "duo"]
        return run([*base, "vrijgeven", *args])

    assert cli("km.a", "bestaat-niet") == 2
    assert "kent deze aanmelding niet" in capsys.readouterr().err
    assert cli("km.b", entry.id) == 1
    assert "in behandeling bij km.a" in capsys.readouterr().err
    assert rows(duo_db, STATE) == [("opgenomen", "km.a", None, None)]

    # offline: a Dutch message, nothing changed at the server nor on the laptop
    a.store.conn.execute(
        "UPDATE sync_instelling SET server = replace(server, 'port=' || ?, 'port=1')",
        (str(pg_cluster.port),),
    )
    with pytest.raises(DuoAanmeldingError, match=r"regionale server.*niets veranderd"):
        service_a.vrijgeven(entry.id)
    assert cli("km.a", entry.id) == 1
    assert "Offline" in capsys.readouterr().err
    assert rows(duo_db, STATE) == [("opgenomen", "km.a", None, None)]
    a.store.conn.execute(
        "UPDATE sync_instelling SET server = replace(server, 'port=1', 'port=' || ?)",
        (str(pg_cluster.port),),
    )
    assert cli("km.a", entry.id) == 0
    assert "Vrijgegeven" in capsys.readouterr().out
    assert rows(duo_db, STATE) == [("open", None, "km.a", "km.a")]
    assert b  # B's laptop took part only through the CLI


@given(st.datetimes(timezones=st.just(UTC)))
def test_one_working_day_later_skips_the_weekend(moment: datetime) -> None:
    later = werkdag_later(moment)
    assert later.isoweekday() <= 5
    assert timedelta(days=1) <= later - moment <= timedelta(days=3)
    if moment.astimezone().isoweekday() in (1, 2, 3, 4):  # Monday-Thursday: the next day
        assert later - moment == timedelta(days=1)


def test_the_server_counts_working_days_the_same(duo_db: DuoDb) -> None:
    with psycopg.connect(duo_db.owner_dsn) as conn:
        for given_at, expected in (
            ("2026-12-04 15:00+01", "2026-12-07 15:00+01"),  # Friday → Monday
            ("2026-12-05 10:00+01", "2026-12-07 10:00+01"),  # Saturday → Monday
            ("2026-12-01 09:00+01", "2026-12-02 09:00+01"),  # Tuesday → Wednesday
        ):
            row = conn.execute(
                "SELECT wegwijs.duo_werkdag_later(%s::timestamptz) = %s::timestamptz",
                (given_at, expected),
            ).fetchone()
            assert row == (True,), given_at
