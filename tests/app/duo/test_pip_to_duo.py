# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""Vaststellen sends the PIP: laptop → sync → server → gateway → DUO → answer → laptop."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.duo.feiten import DuoFeitService
from app.inburgeraars.service import InburgeraarService
from app.pip.model import Pvt
from app.pip.service import PipService
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
from tests.support.duo.pg import DuoDb, rows, until
from tests.support.duo.pki import Pki
from tests.support.laptops import Laptop, Server
from tests.support.pip import complete_inhoud

BSN = "999990019"


def test_vastgestelde_pip_goes_to_duo_and_duos_answer_comes_back_to_the_laptop(
    pg_cluster: Cluster,
    pg_database: str,
    duo_db: DuoDb,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:
    mock, _ = mock_duo
    mock.person(BSN, plicht={"indicatorInburgeringsplicht": True, "begindatum": "2025-03-01"})
    server = Server(pg_cluster, pg_database)
    server.add_user("km.doetinchem", gemeente=GEMEENTE)
    laptop = Laptop(tmp_path / "laptop", server, "km.doetinchem")
    try:
        client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
        assert client.id
        pips = PipService(laptop.session)
        inhoud = replace(
            complete_inhoud(), pvt=Pvt("Workshops over kernwaarden", 12, date(2025, 4, 20), True)
        )
        pip = pips.create(client.id, inhoud)
        pips.ter_ondertekening(str(pip.id))
        pip = pips.vaststellen(str(pip.id), date(2025, 5, 1))
        laptop.sync()

        until(lambda: mock.persons[BSN].pip is not None and mock.persons[BSN].results)
        assert mock.persons[BSN].pip == {
            "dagtekeningPip": "2025-05-01",
            "leerroute": "B",
            "niveau": "B1",
            "indicatorMagOpleidingAfmaken": False,
            "indicatorAlfabetiseringsonderwijs": "NVT",
        }
        assert mock.persons[BSN].results["/personen/{bsn}/pvt"] == {
            "datumOndertekeningPvt": "2025-04-20"
        }
        until(lambda: len(rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit")) == 2)

        laptop.sync()
        seen = dict(
            laptop.store.conn.execute(
                "SELECT soort, omschrijving FROM duo_feit WHERE inburgeraar_id = ?", (client.id,)
            ).fetchall()
        )
        assert seen["pip_antwoord"].startswith("PIP: door DUO geregistreerd op ")
        assert seen["pvt_antwoord"].startswith("Ondertekening PVT: door DUO geregistreerd op ")

        # a later sync of the same PIP queues nothing new
        laptop.sync()
        time.sleep(0.5)
        assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_uitgaand") == [(2,)]
        assert sum(mock.effects.values()) == 2
    finally:
        laptop.close()


def test_duos_rejection_of_the_pip_reaches_the_laptop_with_the_reason(
    pg_cluster: Cluster,
    pg_database: str,
    duo_db: DuoDb,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
) -> None:
    mock, _ = mock_duo
    # DUO knows a later start of the plicht than the register: DUO refuses the dagtekening
    mock.person(BSN, plicht={"indicatorInburgeringsplicht": True, "begindatum": "2025-06-01"})
    server = Server(pg_cluster, pg_database)
    server.add_user("km.doetinchem", gemeente=GEMEENTE)
    laptop = Laptop(tmp_path / "laptop", server, "km.doetinchem")
    try:
        client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
        assert client.id
        pips = PipService(laptop.session)
        pip = pips.create(client.id, complete_inhoud())
        pips.ter_ondertekening(str(pip.id))
        pips.vaststellen(str(pip.id), date(2025, 5, 1))
        laptop.sync()
        until(lambda: rows(duo_db, "SELECT 1 FROM wegwijs.duo_feit"))
        laptop.sync()
        (text,) = laptop.store.conn.execute("SELECT omschrijving FROM duo_feit").fetchone()
        assert text.startswith("PIP: door DUO afgewezen.")
        assert "De datum dagtekening ligt voor de start van de inburgeringsplicht." in text
        assert mock.persons[BSN].pip is None

        # Termijnen shows the rejection, with DUO's reason, until an officer handles it
        termijnen = laptop.session.termijnen
        termijnen.sync()
        open_rows = [r for r in termijnen.overview(date(2030, 1, 1)) if r.soort == "duo_afwijzing"]
        assert [r.inburgeraar_id for r in open_rows] == [client.id]
        assert "De datum dagtekening ligt voor" in open_rows[0].reden
        (answer,) = DuoFeitService(laptop.session).for_inburgeraar(client.id)
        assert DuoFeitService(laptop.session).afhandelen(answer)
        termijnen.sync()
        assert not [r for r in termijnen.overview(date(2030, 1, 1)) if r.soort == "duo_afwijzing"]
    finally:
        laptop.close()


def test_duos_termijn_replaces_the_computed_one_with_a_warning_where_they_differ(
    pg_cluster: Cluster,
    pg_database: str,
    duo_db: DuoDb,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    pki: Pki,
    tmp_path: Path,
) -> None:
    mock, _ = mock_duo
    mock.person(BSN, plicht={"indicatorInburgeringsplicht": True, "begindatum": "2025-03-01"})
    server = Server(pg_cluster, pg_database)
    server.add_user("km.doetinchem", gemeente=GEMEENTE)
    laptop = Laptop(tmp_path / "laptop", server, "km.doetinchem")
    try:
        client = InburgeraarService(laptop.session).save(valid_form(gemeentecode=GEMEENTE, bsn=BSN))
        assert client.id
        pips = PipService(laptop.session)
        pip = pips.create(client.id, complete_inhoud())
        pips.ter_ondertekening(str(pip.id))
        pips.vaststellen(str(pip.id), date(2025, 5, 1))  # computed: up to and including 01-05-2028
        laptop.sync()
        warnings = []
        for einde in ("2028-05-02", "2028-06-02"):  # DUO's einddatum is exclusive
            mock.person(BSN, termijn={"startdatum": "2025-05-02", "einddatum": einde})
            bericht_id = str(uuid.uuid4())
            body = {
                "registratieDatumTijd": "2025-05-03T08:00:00+02:00",
                "gebeurtenisId": "SS102",
                "bsn": BSN,
            }
            assert notify(gateway, pki, body, bericht_id=bericht_id).status_code == 201
            assert _wait(duo_db, bericht_id) == "verwerkt"
            warnings += rows(
                duo_db,
                "SELECT waarschuwing FROM wegwijs.duo_feit"
                " WHERE bericht_id = %s AND soort = 'termijn'",
                bericht_id,
            )
        assert warnings[0] == ("",)  # the same last day: no warning
        assert warnings[1] == (
            "DUO's termijn eindigt op 01-06-2028, berekend was 01-05-2028: DUO's datum geldt.",
        )
        laptop.sync()
        seen = laptop.store.conn.execute(
            "SELECT waarschuwing FROM duo_feit WHERE soort = 'termijn' ORDER BY vastgelegd_op"
        ).fetchall()
        assert seen[-1][0].startswith("DUO's termijn eindigt op 01-06-2028")
        # in Termijnen DUO's last day replaces the computed one, with the warning
        (eind,) = [
            t
            for t in laptop.session.termijnen.for_inburgeraar(client.id)
            if t.soort == "inburgeringstermijn"
        ]
        assert eind.datum == date(2028, 6, 1)
        assert "bron: DUO" in eind.reden and "berekend was 01-05-2028" in eind.reden
        laptop.session.termijnen.sync()
        listed = [
            r
            for r in laptop.session.termijnen.overview(date(2028, 5, 20))
            if r.soort == "inburgeringstermijn"
        ]
        assert [r.datum for r in listed] == [date(2028, 6, 1)]
    finally:
        laptop.close()
