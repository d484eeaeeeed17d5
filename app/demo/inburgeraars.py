"""Fictional inburgeraars spread over the Achterhoek municipalities and every status."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import reference
from app.demo import DemoReport
from app.demo.names import KLANTMANAGERS, ORIGINS, STRATEN
from app.inburgeraars.model import Inburgeraar, Taal

if TYPE_CHECKING:
    from app.session import Session

DEMO_INBURGERAARS = 60
DAYS_SINCE_MELDING = {
    "aangemeld": (3, 80),
    "intake": (20, 95),
    "pip_concept": (40, 110),
    "pip_vastgesteld": (90, 900),
    "afgerond": (1100, 1500),
}


_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
# RvIG's range for test persons (999900000-999999999) holds 9,091 numbers that pass the elfproef.
# A larger benchmark store continues in 980000000-999899999: numbers that pass the same check,
# handed out only to generated stores that never hold real people. Together 1,818,182 numbers.
TEST_RANGE = (99_990_000, 100_000_000)  # the first eight digits
EXTRA_RANGE = (98_000_000, 99_990_000)
CAPACITY = 1_818_182


def _with_check_digit(first8: int) -> str | None:
    """The one BSN starting with these eight digits, or None if the elfproef allows none."""
    digits = f"{first8:08d}"
    check = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    return digits + str(check) if check <= 9 else None


class FictionalNumbers:
    """Unique fictional BSNs (elfproef) and V-nummers, as many as asked, in random order.

    The test range comes first, so a small set (the demo data) holds only test BSNs; past the
    1,818,182 numbers of both ranges `bsn()` raises ValueError with a plain message.
    """

    def __init__(
        self, rng: random.Random, ranges: tuple[tuple[int, int], ...] = (TEST_RANGE, EXTRA_RANGE)
    ) -> None:
        self.rng = rng
        self._ranges = list(ranges)  # ranges of the first eight digits, used in this order
        self._bsns: list[str] = []
        self._v_used: set[str] = set()

    def bsn(self) -> str:
        while not self._bsns and self._ranges:
            numbers = [n for n in map(_with_check_digit, range(*self._ranges.pop(0))) if n]
            self.rng.shuffle(numbers)
            self._bsns = numbers  # handed out from the end
        if not self._bsns:
            raise ValueError("Er zijn geen fictieve BSN's meer: alle reeksen zijn gebruikt.")
        return self._bsns.pop()

    def v_nummer(self) -> str:
        while True:
            candidate = "99" + f"{self.rng.randrange(100_000_000):08d}"
            if candidate not in self._v_used:
                self._v_used.add(candidate)
                return candidate


def generate_inburgeraars(
    count: int, rng: random.Random, today: date, numbers: FictionalNumbers | None = None
) -> list[Inburgeraar]:
    """*count* fictional inburgeraars; pass the same *numbers* to keep BSNs and V-nummers
    unique over several calls."""
    weights = [o.weight for o in ORIGINS]
    numbers = numbers or FictionalNumbers(rng)
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
                bsn=numbers.bsn() if rng.random() < 0.9 else None,
                v_nummer=numbers.v_nummer() if asiel else None,
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
    service = session.inburgeraars
    inburgeraars = generate_inburgeraars(DEMO_INBURGERAARS, rng, date.today())
    added = service.insert_many(inburgeraars)
    report.add(f"{added} fictieve inburgeraars toegevoegd")
