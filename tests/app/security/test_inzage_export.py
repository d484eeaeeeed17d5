"""The inzage as a newcomer reads it (PDF) and as a system reads it (JSON): the same content,
codes as Dutch labels, local Dutch time, no technical columns in the PDF, audit lines in both."""

from __future__ import annotations

import json
import re
from typing import Any

from app.matching.service import MatchService
from app.security.inzage_labels import lokale_tijd, tekst, uitgevouwen
from app.security.inzage_pdf import inzage_bytes
from tests.support.pdf import all_text
from tests.support.world import World


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pdf_text(world: World) -> str:
    data = inzage_bytes(world.inburgeraars.session, world.inburgeraar_id, ".pdf")
    return _flat(all_text(data))


def _json(world: World) -> dict[str, Any]:
    data = inzage_bytes(world.inburgeraars.session, world.inburgeraar_id, ".json")
    parsed: dict[str, Any] = json.loads(data)
    return parsed


def _fill(world: World) -> None:
    world.gesprekken.add_gesprek(
        world.inburgeraar_id,
        {
            "datum": "20-11-2026",
            "plaats": "azc",
            "sleutelpersoon_id": world.persoon_id,
            "sleutelpersoon_naam": "",
            "rollen": ["vertaler", "verbinder"],
            "zonder_partner_verteld": True,
            "notitie": "Kennismaking.",
        },
    )
    MatchService(world.inburgeraars.session).bevestig(
        world.inburgeraar_id, world.persoon_id, None, "Taal."
    )


def test_pdf_shows_labels_local_time_and_no_technical_columns(world: World) -> None:
    _fill(world)
    text = _pdf_text(world)
    person = world.inburgeraars.store.conn.execute(
        "SELECT created_at, zoeksleutel, sorteernaam FROM inburgeraar WHERE id = ?",
        (world.inburgeraar_id,),
    ).fetchone()
    for expected in (
        "Vrouw",  # geslacht V
        "Eritrea",  # land ER
        "Tigrinya",  # voorkeurstaal ti
        "Winterswijk",  # gemeentecode 0294
        "Status Intake",  # register status code, as its label
        "14-03-1995",  # a date, dd-mm-jjjj
        lokale_tijd(str(person[0])),  # a timestamp in Dutch local time
        "Europe/Amsterdam",  # the time zone, said once
        "AZC",  # gesprek plaats
        "Vertaler, Verbinder",  # key-person roles
        "Nog actief ja",  # yes/no as ja/nee
        "artikel 16",  # how to ask for a correction
    ):
        assert expected in text, expected
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO dates or UTC stamps
    for technical in ("Zoeksleutel", "Sorteernaam", "Version", person[1], person[2], "hash"):
        assert technical not in text, technical
    assert world.inburgeraar_id not in text


def test_json_has_what_the_pdf_shows_plus_raw_rows_and_audit(world: World) -> None:
    _fill(world)
    data = _json(world)
    assert list(data) == [
        "formaat",
        "formaatversie",
        "gemaakt_op",
        "tijdzone",
        "gemeente",
        "inburgeraar_id",
        "naam",
        "delen",
        "audit",
        "tabellen",
    ]
    assert (data["formaat"], data["formaatversie"]) == ("wegwijs-inzage", 1)
    assert (data["gemeente"], data["naam"]) == ("Winterswijk", "Selam Tesfamariam")
    assert data["gemaakt_op"].endswith("+00:00")
    text = _pdf_text(world)
    titles = [d["titel"] for d in data["delen"]]
    assert titles[0] == "Inschrijving" and titles[-1].startswith("Wie uw gegevens")
    for deel in data["delen"]:
        assert deel["titel"] in text
        for blok in deel["blokken"]:
            assert _flat(blok["titel"]) in text
            for regel in blok["regels"]:
                assert set(regel) == {"veld", "waarde"}
                assert _flat(regel["waarde"]) in text, regel
    audit = data["audit"]
    assert set(audit[0]) == {
        "volgnummer",
        "tijdstip",
        "tijdstip_lokaal",
        "actie",
        "object_type",
        "object_id",
        "resultaat",
        "actor",
        "herkomst",
    }
    actions = {(a["actie"], a["object_type"]) for a in audit}
    assert ("aangemaakt", "inburgeraar") in actions
    assert ("aangemaakt", "koppeling") in actions
    assert ("inzage geëxporteerd", "inburgeraar") in actions
    # the raw rows stay complete, technical columns included (documented in docs/cli.md)
    raw = data["tabellen"]["inburgeraar"][0]
    assert raw["bsn"] == "999990019" and "zoeksleutel" in raw and "version" in raw
    assert raw["geslacht"] == "V"
    assert {"koppeling", "intake_gesprek", "inburgeraar_taal"} <= set(data["tabellen"])


def test_value_labels() -> None:
    assert tekst("Z", "leerroute", "pip") == "Zelfredzaamheidsroute (Z-route)"
    assert tekst("vastgesteld", "status", "pip") == "Vastgesteld"
    assert tekst("pip_vastgesteld", "status", "inburgeraar") == "PIP vastgesteld"
    assert tekst("pip_gesprek", "soort", "inzet") == "PIP-gesprek"
    assert tekst(1, "actief") == "ja" and tekst("0", "afgerond") == "nee"
    assert tekst(650, "onkosten_cent") == "€ 6,50"
    assert tekst("onbekend", "leerroute") == "onbekend"  # unknown codes shown, never dropped
    assert tekst("2026-07-01T10:00:00+00:00") == "01-07-2026 12:00"  # summer time
    assert tekst("2026-01-01T10:00:00+00:00") == "01-01-2026 11:00"
    assert tekst("2026-01-01") == "01-01-2026"
    content = {"route": {"leerroute": "B", "mag_opleiding_afmaken": False}, "knm": "Les."}
    assert uitgevouwen(content) == [
        ("Route – leerroute", "B1-route"),
        ("Route – mag opleiding afmaken", "nee"),
        ("Knm", "Les."),
    ]
