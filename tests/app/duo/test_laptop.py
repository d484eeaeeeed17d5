# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""DUO's changes reach the officer's laptop by the normal sync, marked "bron: DUO"."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from app.inburgeraars.service import InburgeraarService
from app.server.cluster import Cluster
from tests.app.duo.test_notifications import _wait
from tests.conftest import valid_form
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
    notify,
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows
from tests.support.duo.pki import Pki
from tests.support.laptops import Laptop, Server

BSN = "999990019"


def test_lbt_notification_reaches_the_laptop_as_duos_fact(
    pg_cluster: Cluster,
    pg_database: str,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:
    server = Server(pg_cluster, pg_database)
    server.add_user("km.doetinchem", gemeente=GEMEENTE)
    laptop = Laptop(tmp_path / "laptop", server, "km.doetinchem")
    try:
        client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
        laptop.sync()
        mock_duo[0].person(
            BSN,
            lbt=[
                {
                    "resultaat": "B1-route haalbaar",
                    "behaaldeScore": "61,50",
                    "benodigdeScore": "55,00",
                    "datumAfname": "2026-02-20",
                }
            ],
        )
        bericht_id = str(uuid.uuid4())
        body = {
            "registratieDatumTijd": "2026-02-21T08:00:00+01:00",
            "gebeurtenisId": "SS131",
            "bsn": BSN,
        }
        assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
        assert _wait(duo_db, bericht_id) == "verwerkt"
        on_server = rows(duo_db, "SELECT dossier_id FROM wegwijs.duo_feit WHERE soort = 'lbt'")
        assert on_server == [(client.id,)]

        laptop.sync()
        seen = laptop.store.conn.execute(
            "SELECT soort, omschrijving, gegevens, bericht_id FROM duo_feit"
            " WHERE inburgeraar_id = ? ORDER BY soort",
            (client.id,),
        ).fetchall()
        assert [r[0] for r in seen] == ["gebeurtenis", "lbt"]
        lbt = seen[1]
        assert lbt[1].startswith("Leerbaarheidstoets op 20-02-2026: B1-route haalbaar")
        assert lbt[1].endswith("(bron: DUO)")
        assert json.loads(lbt[2])["behaalde_score"] == "61,50"
        assert lbt[3] == bericht_id

        # the same notification again: nothing new on the server, nothing new on the laptop
        assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
        laptop.sync()
        count = laptop.store.conn.execute("SELECT count(*) FROM duo_feit").fetchone()[0]
        assert count == 2
    finally:
        laptop.close()


def test_death_reported_by_duo_flags_the_dossier_and_starts_retention(
    pg_cluster: Cluster,
    pg_database: str,
    duo_db: DuoDb,
    gateway: RunningGateway,
    pki: Pki,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:
    from datetime import date, timedelta

    server = Server(pg_cluster, pg_database)
    server.add_user("km.doetinchem", gemeente=GEMEENTE)
    laptop = Laptop(tmp_path / "laptop", server, "km.doetinchem")
    try:
        client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
        laptop.sync()
        retention = laptop.session.retention
        # start of the plicht 01-03-2025: computed end 2028, five years on: due in 2033
        assert not retention.candidates(date(2033, 2, 28), jaren=5)
        mock_duo[0].person(
            BSN,
            plicht={
                "indicatorInburgeringsplicht": False,
                "redenGeenInburgeringsplicht": "Overlijden",
            },
        )
        bericht_id = str(uuid.uuid4())
        body = {
            "registratieDatumTijd": "2026-02-21T08:00:00+01:00",
            "gebeurtenisId": "SS111",
            "bsn": BSN,
        }
        assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
        assert _wait(duo_db, bericht_id) == "verwerkt"
        laptop.sync()
        (text,) = laptop.store.conn.execute(
            "SELECT omschrijving FROM duo_feit WHERE soort = 'einde'"
        ).fetchone()
        assert text == (
            "Dossier gemarkeerd: overleden (Overlijden); de bewaartermijn loopt (bron: DUO)"
        )
        # the retention term now runs from DUO's report (today), not from the computed end
        from app.security.retention import add_years

        due = retention.candidates(add_years(date.today(), 5) + timedelta(days=1), jaren=5)
        assert [c.id for c in due] == [client.id]
    finally:
        laptop.close()
