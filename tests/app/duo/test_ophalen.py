# ruff: noqa: F811  (fixtures are imported by name from tests/support)
"""'Gegevens DUO ophalen': the laptop asks DUO through the regional server (real PostgreSQL, the
gateway running, the mock DUO checking every exchange against DUO's OpenAPI files)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.duo.ophalen import DuoOphalenError, DuoOphalenService, Ophaling
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.server.cluster import Cluster
from tests.conftest import valid_form
from tests.support.duo.fixtures import (
    GEMEENTE,
    RunningGateway,
    laptop,  # noqa: F401  (fixtures)
)
from tests.support.duo.mock_duo import MockDuo
from tests.support.duo.pg import DuoDb, rows
from tests.support.laptops import Laptop

BSN = "999990019"

DUO_PERSON = {
    "plicht": {
        "indicatorInburgeringsplicht": True,
        "begindatum": "2025-04-01",
        "datumKennisgevingInburgeringsplicht": "2025-04-03",
    },
    "doelgroep": {
        "indeling": "Gezinsmigrant en overige migrant",
        "gedetailleerdeDoelgroep": "Gezinsvormer met Asielstatushouder",
        "asielrechtenWijzigingVerblijfsdoel": "Behoud asielrechten",
        "begindatum": "2025-04-01",
    },
    "lbt": [
        {
            "resultaat": "B1-route haalbaar",
            "behaaldeScore": "61,50",
            "benodigdeScore": "55,00",
            "datumAfname": "2025-05-20",
        }
    ],
    "termijn": {
        "startdatum": "2025-06-01",
        "einddatum": "2028-06-01",
        "verlengingsgrondcode": "ZW",
        "verlengingsgrondomschrijving": "Zwangerschap",
    },
    "ontheffingen": [
        {
            "GedeeltelijkeOntheffing": {
                "oordeel": "Toekenning",
                "datumOordeel": "2025-09-01",
                "grond": "MED",
                "examenonderdeel": "SC",
            }
        }
    ],
    "vrijstellingen": [
        {
            "TijdelijkeVrijstelling": {
                "oordeel": "Toekenning",
                "reden": "INS",
                "startdatum": "2025-07-01",
                "einddatum": "2025-12-31",
            }
        }
    ],
}


def _inburgeraar(laptop: Laptop) -> Inburgeraar:
    return InburgeraarService(laptop.session).save(
        valid_form(gemeentecode=GEMEENTE, bsn=BSN, doelgroep="Gezinsvormer")
    )


def _ophalen(laptop: Laptop, inburgeraar_id: str, timeout: float = 10.0) -> Ophaling:
    return DuoOphalenService(laptop.session).ophalen(inburgeraar_id, timeout=timeout)


def _line(ophaling: Ophaling, label: str) -> tuple[str, str, bool]:
    r = next(r for r in ophaling.regels if r.label == label)
    return r.dossier, r.duo, r.overneembaar


def test_duo_facts_shown_next_to_the_dossier_and_taken_over_as_duos(
    laptop: Laptop, duo_db: DuoDb, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)

    ophaling = _ophalen(laptop, client.id)

    assert _line(ophaling, "Doelgroep") == (
        "Gezinsvormer",
        "Gezinsvormer met Asielstatushouder",
        True,
    )
    assert _line(ophaling, "Indeling (DUO)") == ("—", "Gezinsmigrant en overige migrant", True)
    assert _line(ophaling, "Asielrechten bij wijziging verblijfsdoel") == (
        "—",
        "Behoud asielrechten",
        True,
    )
    assert _line(ophaling, "Start inburgeringsplicht") == ("01-03-2025", "01-04-2025", True)
    assert _line(ophaling, "Leerbaarheidstoets")[1] == (
        "B1-route haalbaar, score 62 (nodig 55) op 20-05-2025"
    )
    assert _line(ophaling, "Einde inburgeringstermijn")[1] == "31-05-2028"  # exclusive end
    assert _line(ophaling, "Verlenging termijn")[1] == "Zwangerschap"
    ontheffing = _line(ophaling, "Ontheffing")[1]
    assert "gedeeltelijke toegekend" in ontheffing and "Schrijfvaardigheid" in ontheffing
    assert "01-07-2025 t/m 31-12-2025" in _line(ophaling, "Vrijstelling")[1]
    # DUO's answer does not stay on the server once the laptop read it
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_raadpleging") == [(0,)]
    consulted = {e.path.rsplit("/", 1)[-1] for e in mock_duo[0].exchanges}
    assert {"ontheffingen", "vrijstellingen", "inburgeringsplicht", "doelgroep"} <= consulted

    taken = DuoOphalenService(laptop.session).overnemen(
        ophaling, ["doelgroep", "indeling", "datum_start_plicht", "lbt"]
    )
    assert taken == [
        "Start inburgeringsplicht",
        "Doelgroep",
        "Indeling (DUO)",
        "Leerbaarheidstoets",
    ]
    now = InburgeraarService(laptop.session).get(client.id)
    assert now is not None
    assert now.doelgroep == "Gezinsvormer met Asielstatushouder"
    assert now.indeling == "Gezinsmigrant en overige migrant"
    assert now.asielrechten == ""  # not chosen: not taken
    assert now.datum_start_plicht == date(2025, 4, 1)
    answers = laptop.session.intake.stored_answers(client.id)
    assert answers["lbt.resultaat"] == "B1-route haalbaar"
    assert answers["lbt.score_behaald"] == 62
    history = laptop.store.conn.execute(
        "SELECT soort, omschrijving FROM duo_feit WHERE inburgeraar_id = ?", (client.id,)
    ).fetchall()
    assert len(history) == 1 and history[0][0] == "overgenomen"
    assert "Doelgroep: Gezinsvormer → Gezinsvormer met Asielstatushouder" in history[0][1]
    assert history[0][1].endswith("(bron: DUO)")

    # the taken values and their history line reach the server by the normal sync
    result = laptop.sync()
    assert not laptop.pending(), result
    on_server = rows(
        duo_db,
        "SELECT waarde FROM wegwijs.sync_field WHERE tabel = 'duo_feit' AND veld = 'omschrijving'",
    )
    assert [json.loads(json.dumps(r[0])) for r in on_server] == [history[0][1]]


def test_duo_down_gives_a_dutch_message_and_changes_nothing(
    laptop: Laptop, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)
    mock_duo[0].down = True
    with pytest.raises(DuoOphalenError, match=r"DUO is nu niet bereikbaar.*niets veranderd"):
        _ophalen(laptop, client.id)
    after = InburgeraarService(laptop.session).get(client.id)
    assert after is not None and after.version == client.version
    assert laptop.store.conn.execute("SELECT count(*) FROM duo_feit").fetchone()[0] == 0


def test_a_person_duo_does_not_know_is_said_so(
    laptop: Laptop, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    with pytest.raises(DuoOphalenError, match="DUO kent deze persoon niet"):
        _ophalen(laptop, client.id)


def test_a_dossier_not_yet_on_the_server_asks_to_sync_first(
    laptop: Laptop, gateway: RunningGateway
) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    with pytest.raises(DuoOphalenError, match="synchroniseer eerst"):
        _ophalen(laptop, client.id)


def test_no_gateway_running_times_out_and_withdraws_the_request(
    laptop: Laptop, duo_db: DuoDb
) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    with pytest.raises(DuoOphalenError, match="Geen antwoord van DUO binnen 2 seconden"):
        _ophalen(laptop, client.id, timeout=2)
    assert rows(duo_db, "SELECT count(*) FROM wegwijs.duo_raadpleging") == [(0,)]


def test_server_unreachable_says_so(laptop: Laptop, pg_cluster: Cluster) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.store.conn.execute(
        "UPDATE sync_instelling SET server = replace(server, 'port=' || ?, 'port=1')",
        (str(pg_cluster.port),),
    )
    with pytest.raises(DuoOphalenError, match=r"verbinding met de regionale server.*Offline"):
        _ophalen(laptop, client.id)


def test_taking_over_refused_when_the_dossier_changed_meanwhile(
    laptop: Laptop, gateway: RunningGateway, mock_duo: tuple[MockDuo, str]
) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)
    ophaling = _ophalen(laptop, client.id)
    InburgeraarService(laptop.session).save(
        valid_form(
            gemeentecode=GEMEENTE, bsn=BSN, doelgroep="Overig", id=client.id, version=client.version
        )
    )
    with pytest.raises(DuoOphalenError, match="intussen gewijzigd"):
        DuoOphalenService(laptop.session).overnemen(ophaling, ["doelgroep"])
    after = InburgeraarService(laptop.session).get(client.id)
    assert after is not None and after.doelgroep == "Overig"
    assert laptop.store.conn.execute("SELECT count(*) FROM duo_feit").fetchone()[0] == 0


def test_only_an_officer_who_may_see_the_dossier_can_ask(laptop: Laptop, duo_db: DuoDb) -> None:
    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    laptop.server.add_user("km.elders", gemeente="0294")
    with laptop.server.connect_as("km.elders") as other:
        row = other.execute("SELECT wegwijs.duo_raadpleeg(%s)", (client.id,)).fetchone()
        assert row == (None,)
    with laptop.server.connect_as("km.ophalen") as own:
        request_id = own.execute("SELECT wegwijs.duo_raadpleeg(%s)", (client.id,)).fetchone()[0]
    assert request_id is not None
    with laptop.server.connect_as("km.elders") as other:
        assert (
            other.execute(
                "SELECT * FROM wegwijs.duo_raadpleging_antwoord(%s)", (request_id,)
            ).fetchall()
            == []
        )
        with pytest.raises(Exception, match="permission denied"):
            other.execute("SELECT * FROM wegwijs.duo_raadpleging")


def test_cli_shows_the_comparison_as_json_and_takes_a_field_over(
    laptop: Laptop,
    gateway: RunningGateway,
    mock_duo: tuple[MockDuo, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli import run
    from tests.support.laptops import STORE_PASSPHRASE

    client = _inburgeraar(laptop)
    assert client.id is not None
    laptop.sync()
    mock_duo[0].person(BSN, **DUO_PERSON)
    pw = tmp_path / "pw.txt"
    pw.write_text(STORE_PASSPHRASE + "\n", "utf-8")
    base = ["--data-dir", str(laptop.location.data_dir), "--passphrase-file", str(pw)]

    assert run([*base, "duo", "ophalen", BSN, "--overnemen", "bestaat_niet"]) == 2
    assert "Onbekend veld: bestaat_niet" in capsys.readouterr().err
    assert run([*base, "duo", "ophalen", BSN, "--json", "--overnemen", "indeling"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["overgenomen"] == ["Indeling (DUO)"]
    lines = {r["label"]: r for r in out["regels"]}
    assert lines["Doelgroep"]["duo"] == "Gezinsvormer met Asielstatushouder"
    assert lines["Doelgroep"]["overneembaar"] is True
    now = InburgeraarService(laptop.session).get(client.id)
    assert now is not None and now.indeling == "Gezinsmigrant en overige migrant"
    assert now.doelgroep == "Gezinsvormer"  # only what was asked for

    mock_duo[0].down = True
    assert run([*base, "duo", "ophalen", BSN]) == 1
    assert "DUO is nu niet bereikbaar" in capsys.readouterr().err
