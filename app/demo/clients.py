"""Fictional inburgeraars spread over the Achterhoek municipalities and every status."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import reference
from app.clients.model import Inburgeraar, Taal
from app.demo import DemoReport
from app.demo.names import KLANTMANAGERS, ORIGINS, STRATEN
from app.validation import bsn_is_valid

if TYPE_CHECKING:
    from app.session import Session

DEMO_CLIENTS = 60
DAYS_SINCE_MELDING = {
    "aangemeld": (3, 80),
    "intake": (20, 95),
    "pip_concept": (40, 110),
    "pip_vastgesteld": (90, 900),
    "afgerond": (1100, 1500),
}


def fictional_bsn(rng: random.Random, used: set[str]) -> str:
    """A number passing the elfproef in the 9999xxxxx range used for test persons."""
    while True:
        candidate = "9999" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        if bsn_is_valid(candidate) and candidate not in used:
            used.add(candidate)
            return candidate


def fictional_v_nummer(rng: random.Random, used: set[str]) -> str:
    while True:
        candidate = "99" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if candidate not in used:
            used.add(candidate)
            return candidate


def generate_clients(count: int, rng: random.Random, today: date) -> list[Inburgeraar]:
    weights = [o.weight for o in ORIGINS]
    used_bsn: set[str] = set()
    used_v: set[str] = set()
    statuses = list(reference.STATUSSEN)
    result = []
    for _ in range(count):
        origin = rng.choices(ORIGINS, weights)[0]
        female = rng.random() < 0.55
        asiel = rng.random() < 0.7
        doelgroep = "Asielstatushouder" if asiel else rng.choice(reference.DOELGROEPEN[1:5])
        status = rng.choice(statuses)
        # DUO's notification fits the stage: a new registration is recent (a few of them past the
        # 10-week PIP deadline), a vastgesteld PIP older, a finished trajectory over three years.
        low, high = DAYS_SINCE_MELDING[status]
        melding = max(today - timedelta(days=rng.randint(low, high)), date(2022, 1, 3))
        start = max(melding - timedelta(days=rng.randint(0, 20)), date(2022, 1, 1))
        age = rng.randint(18, 62)
        birth = today.replace(year=today.year - age, month=1, day=1) + timedelta(
            rng.randint(0, 364)
        )
        talen = [Taal(origin.talen[0], "moedertaal")]
        talen += [Taal(t, rng.choice(("goed", "redelijk", "beginner"))) for t in origin.talen[1:]]
        talen.append(Taal("nl", rng.choice(("beginner", "beginner", "redelijk"))))
        code, naam = rng.choice(reference.ACHTERHOEK)
        result.append(
            Inburgeraar(
                voornamen=rng.choice(origin.female if female else origin.male),
                achternaam=rng.choice(origin.family),
                geboortedatum=birth,
                geslacht="V" if female else "M",
                doelgroep=doelgroep,
                land_herkomst=origin.land,
                voorkeurstaal=origin.talen[0] if origin.talen[0] != "apc" else "ar",
                gemeentecode=code,
                status=status,
                bsn=fictional_bsn(rng, used_bsn) if rng.random() < 0.9 else None,
                v_nummer=fictional_v_nummer(rng, used_v) if asiel else None,
                datum_start_plicht=start,
                datum_vestiging=min(melding + timedelta(days=rng.randint(-30, 60)), today),
                datum_melding_duo=melding,
                klantmanager=rng.choice(KLANTMANAGERS),
                telefoon="06" + "".join(str(rng.randint(0, 9)) for _ in range(8)),
                straat=rng.choice(STRATEN),
                huisnummer=str(rng.randint(1, 180)),
                postcode=f"{rng.randint(7000, 7299)} {rng.choice('ABCDEFGHJKLMNPRTVWXZ')}"
                f"{rng.choice('ABCDEFGHJKLMNPRTVWXZ')}",
                woonplaats=naam,
                talen=tuple(talen),
            )
        )
    return result


def seed(session: Session, rng: random.Random, report: DemoReport) -> None:
    service = session.clients
    clients = generate_clients(DEMO_CLIENTS, rng, date.today())
    added = service.insert_many(clients)
    report.add(f"{added} fictieve inburgeraars toegevoegd")
