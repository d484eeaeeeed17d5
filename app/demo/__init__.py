"""Fictional demo data so a new user sees a working app at once. No real persons.

Each part of the product adds a seeder module here; :func:`seed_all` runs them in order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.session import Session


@dataclass
class DemoReport:
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)


Seeder = Callable[["Session", random.Random, DemoReport], None]


def seeders() -> list[Seeder]:
    from app.demo import inburgeraars, intakes, pip, sleutelpersonen, stem

    return [inburgeraars.seed, sleutelpersonen.seed, intakes.seed, pip.seed, stem.seed]


def seed_all(session: Session, seed: int = 2026) -> DemoReport:
    report = DemoReport()
    if session.inburgeraars.total():
        report.add("Dit gegevensbestand bevat al inburgeraars; er is niets toegevoegd.")
        return report
    from app.security.roles import Permission, Role, acting_as, require

    require(session, Permission.DOSSIER_WIJZIGEN)  # only someone who may add dossiers seeds
    rng = random.Random(seed)
    with acting_as(session, "demo", Role.KLANTMANAGER, Role.COORDINATOR):  # fills every part
        for seeder in seeders():
            seeder(session, rng, report)
    return report
