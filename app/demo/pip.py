"""Fictional PIPs at every stage (concept, ter ondertekening, vastgesteld on each route,
amended) and deadlines that are overdue or near, so the Termijnen view is never empty."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.demo import DemoReport
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import ListFilter
from app.intake.gesprekken import GesprekService
from app.pip.model import (
    Afspraak,
    Map,
    Ontzorgen,
    PipInhoud,
    Pvt,
    Routekeuze,
    SleutelpersoonRol,
    Voortgangsgesprek,
)

if TYPE_CHECKING:
    from app.session import Session

MOTIVERING = {
    "B": (
        "De leerbaarheidstoets wijst uit dat B1 haalbaar is; werkervaring als kok.",
        "Onderwijsroute: wil niet studeren. Z-route: vraagt te weinig.",
    ),
    "O": (
        "Jong, B1 haalbaar volgens de toets en wil verpleegkunde studeren.",
        "B1-route: sluit minder goed aan bij de wens om te studeren. Z-route: vraagt te weinig.",
    ),
    "Z": (
        "De toets wijst uit dat B1 niet haalbaar is; nog niet gealfabetiseerd.",
        "B1-route en onderwijsroute: B1 is volgens de toets niet haalbaar.",
    ),
}


def _age(inburgeraar: Inburgeraar, today: date) -> int:
    b = inburgeraar.geboortedatum
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def demo_inhoud(
    inburgeraar: Inburgeraar,
    route: str,
    today: date,
    rng: random.Random,
    sleutelpersoon: SleutelpersoonRol | None = None,
) -> PipInhoud:
    why, why_not = MOTIVERING[route]
    asiel = inburgeraar.is_asielstatushouder
    soon = [today + timedelta(days=rng.randint(-25, 90)) for _ in range(6)]
    return PipInhoud(
        route=Routekeuze(
            leerroute=route,
            niveau="" if route == "Z" else "B1",
            alfabetisering="A" if route == "Z" else "NVT",
            intensiteit_uren=rng.choice((None, 400, 600)) if asiel and route == "B" else None,
            advies=route,
            motivering=why,
            waarom_niet_andere=why_not,
        ),
        begeleiding="Maandelijks gesprek met de klantmanager.",
        taalschakeltraject="Taalschakeltraject bij het ROC, 1,5 jaar." if route == "O" else "",
        knm="KNM-lessen bij de taalschool.",
        pvt=Pvt("Vier bijeenkomsten over kernwaarden.", 12, rng.choice(soon)),
        map=Map() if route == "O" else Map("Praktijkdeel bij de kringloopwinkel.", 40),
        ontzorgen=Ontzorgen(
            ("huur", "gas", "water", "elektriciteit", "zorgverzekering"),
            today - timedelta(days=rng.randint(150, 200)),
            True,
        )
        if asiel
        else Ontzorgen(),
        maatschappelijke_begeleiding="Via VluchtelingenWerk, eerste jaar." if asiel else "",
        randvoorwaarden=rng.choice(("", "Kinderopvang voor twee kinderen.")),
        participatie="Vrijwilligerswerk bij de voedselbank." if route != "O" else "",
        afspraken=(
            Afspraak(inburgeraar.voornamen, "Inschrijven bij de bibliotheek", rng.choice(soon)),
            Afspraak("Klantmanager", "Kinderopvang aanvragen", rng.choice(soon)),
        ),
        voortgangsgesprekken=(Voortgangsgesprek(rng.choice(soon), "Voortgang taal"),),
        sleutelpersoon=sleutelpersoon
        or SleutelpersoonRol(("verbinder", "voorlichter"), "", "", "Eerste maanden."),
    )


def _from_gesprek(gesprekken: GesprekService, inburgeraar_id: str, step: str) -> SleutelpersoonRol:
    """The registry key person of the intake gesprek, with their roles, for a finalised PIP.
    A concept is left empty: the editor fills it from the confirmed match when opened."""
    if step in ("concept", "ondertekening"):
        return SleutelpersoonRol(("verbinder",), "", "", "")
    for g in gesprekken.gesprekken(inburgeraar_id):
        if g.sleutelpersoon_id:
            return SleutelpersoonRol(
                g.rollen or ("verbinder",),
                g.sleutelpersoon_id,
                g.sleutelpersoon_naam,
                "Gaat mee naar het eerste voortgangsgesprek.",
            )
    return SleutelpersoonRol(("verbinder", "voorlichter"), "", "", "Eerste maanden.")


def _signable(inburgeraar: Inburgeraar, today: date) -> date | None:
    known = [d for d in (inburgeraar.datum_start_plicht, inburgeraar.datum_vestiging) if d]
    if not known or not inburgeraar.bsn:
        return None
    first = max(known) + timedelta(days=30)
    return first if first < today - timedelta(days=40) else None


def _plan(people: list[Inburgeraar], today: date) -> list[tuple[Inburgeraar, str]]:
    """Which person gets which stage: follows the register status, every route at least once."""
    signable = [c for c in people if c.id and _signable(c, today)]
    done = [c for c in signable if c.status in ("pip_vastgesteld", "afgerond")]
    concept = [c for c in signable if c.status == "pip_concept"]
    plan: list[tuple[Inburgeraar, str]] = []
    young = [c for c in done if _age(c, today) < 28]
    if young:
        plan.append((young[0], "O"))
    rest = [c for c in done if not plan or c is not plan[0][0]]
    steps = ["B", "Z", "wijzig", "B", "wijzig", "Z"]
    plan += [(c, steps[i % len(steps)]) for i, c in enumerate(rest)]
    plan += [(c, "ondertekening" if i == 0 else "concept") for i, c in enumerate(concept)]
    return plan


def seed(session: Session, rng: random.Random, report: DemoReport) -> None:
    today = date.today()
    inburgeraars = session.inburgeraars
    service = session.pip
    found = [inburgeraars.get(r.id) for r in inburgeraars.page(ListFilter(), 0, 1000)]
    people = [c for c in found if c is not None]
    counts: dict[str, int] = {}
    gesprekken = GesprekService(session.intake)
    for inburgeraar, step in _plan(people, today):
        assert inburgeraar.id is not None
        route = step if step in "BOZ" else rng.choice("BZ")
        sp = _from_gesprek(gesprekken, inburgeraar.id, step)
        pip = service.create(inburgeraar.id, demo_inhoud(inburgeraar, route, today, rng, sp))
        dag = _signable(inburgeraar, today)
        assert dag is not None
        if step == "ondertekening":
            service.ter_ondertekening(str(pip.id))
        elif step != "concept":
            service.vaststellen(str(pip.id), dag)
        if step == "wijzig":
            soort = "afschalen" if route == "B" else "overig"
            new = service.wijzigen(inburgeraar.id, soort, "Na het voortgangsgesprek bijgesteld.")
            new = service.save(new, replace(new.inhoud, knm="KNM in kleinere groep."))
            service.vaststellen(str(new.id), min(dag + timedelta(days=30), today))
        counts[step] = counts.get(step, 0) + 1
    waiting = next((c for c in people if c.status == "intake" and c.id), None)
    if waiting and waiting.id:
        session.termijnen.set_pip_verlenging(waiting.id, "Medisch advies", "GGD", None)
    session.termijnen.rebuild_all()
    report.add(f"{sum(counts.values())} fictieve PIP's in alle stadia toegevoegd")
