"""Every DUO rejection rule with a passing and a failing case, and the export message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.pip.duo_check import DuoExportError, DuoInput, check, duo_message, waarschuwingen

OK = DuoInput(
    dagtekening=date(2025, 5, 1),
    leerroute="B",
    niveau="B1",
    intensiteit=None,
    mag_opleiding_afmaken=False,
    alfabetisering="NVT",
    asielstatushouder=True,
    eerste_pip=True,
    start_plicht=date(2025, 3, 1),
    vestiging=date(2025, 2, 15),
    gemeentecode="0294",
    bsn="999990019",
)
AMENDED = replace(
    OK,
    eerste_pip=False,
    eerste_dagtekening=date(2025, 5, 1),
    huidige_dagtekening=date(2025, 9, 1),
    dagtekening=date(2025, 10, 1),
)

RULES = [
    # (code, passing input, failing input)
    (
        "voor_plicht",
        replace(OK, dagtekening=date(2025, 3, 1)),
        replace(OK, dagtekening=date(2025, 2, 28)),
    ),
    (
        "voor_vestiging",
        replace(OK, start_plicht=None, dagtekening=date(2025, 2, 15)),
        replace(OK, start_plicht=None, dagtekening=date(2025, 2, 14)),
    ),
    (
        "voor_eerste_pip",
        replace(AMENDED, huidige_dagtekening=None, dagtekening=date(2025, 5, 1)),
        replace(AMENDED, huidige_dagtekening=None, dagtekening=date(2025, 4, 30)),
    ),
    (
        "voor_huidige_pip",
        replace(AMENDED, dagtekening=date(2025, 9, 1)),
        replace(AMENDED, dagtekening=date(2025, 8, 31)),
    ),
    (
        "a2_onderwijs",
        replace(OK, leerroute="O", niveau="B1"),
        replace(OK, leerroute="O", niveau="A2"),
    ),
    ("b1_z", replace(OK, leerroute="Z", niveau=""), replace(OK, leerroute="Z", niveau="B1")),
    ("a2_eerste_pip", replace(AMENDED, niveau="A2"), replace(OK, niveau="A2")),
    (
        "intensiteit_niet_toegestaan",
        replace(OK, intensiteit=600),
        replace(OK, intensiteit=600, asielstatushouder=False),
    ),
    (
        "intensiteit_niet_toegestaan",
        replace(OK, intensiteit=1),
        replace(OK, intensiteit=600, leerroute="Z", niveau=""),
    ),
    ("intensiteit_bereik", replace(OK, intensiteit=9999), replace(OK, intensiteit=10000)),
    ("intensiteit_bereik", replace(OK, intensiteit=1), replace(OK, intensiteit=0)),
    ("dagtekening", OK, replace(OK, dagtekening=None)),
    ("leerroute", OK, replace(OK, leerroute="")),
]


@pytest.mark.parametrize(("code", "passing", "failing"), RULES, ids=[r[0] for r in RULES])
def test_rule(code: str, passing: DuoInput, failing: DuoInput) -> None:
    assert check(passing) == []
    found = check(failing)
    assert [v.code for v in found] == [code]
    assert found[0].tekst.endswith(".")


def test_every_violation_is_listed() -> None:
    bad = replace(OK, dagtekening=date(2025, 1, 1), leerroute="Z", niveau="B1", intensiteit=5)
    codes = {v.code for v in check(bad)}
    assert codes == {"voor_plicht", "voor_vestiging", "b1_z", "intensiteit_niet_toegestaan"}


def test_missing_register_dates_are_warned_not_blocked() -> None:
    p = replace(OK, start_plicht=None, vestiging=None)
    assert check(p) == []
    assert len(waarschuwingen(p)) == 2


def test_duo_message_fields() -> None:
    msg = duo_message(replace(OK, intensiteit=600, mag_opleiding_afmaken=True))
    assert msg["gemeentecode"] == "0294" and set(msg) == {"gemeentecode", "pip"}
    assert msg["pip"] == {
        "dagtekeningPip": "2025-05-01",
        "leerroute": "B",
        "niveau": "B1",
        "geschatteIntensiteitB1Route": 600,
        "indicatorMagOpleidingAfmaken": True,
        "indicatorAlfabetiseringsonderwijs": "NVT",
    }
    assert "niveau" not in duo_message(replace(OK, leerroute="Z", niveau=""))


@pytest.mark.parametrize(
    "bad",
    [
        replace(OK, niveau="A2"),
        replace(OK, bsn=None),
        replace(OK, bsn="123456789"),
        replace(OK, gemeentecode=""),
    ],
)
def test_export_refuses_a_failing_pip(bad: DuoInput) -> None:
    with pytest.raises(DuoExportError) as info:
        duo_message(bad)
    assert info.value.problems
