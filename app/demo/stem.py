"""Demo data for the newcomers' voice: key persons' feedback on intake gesprekken, signals with
themes and follow-up, and experiences with the offer, so the quarterly report has content."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.demo import DemoReport
from app.inburgeraars.service import ListFilter
from app.intake.gesprekken import GesprekService
from app.stem.ervaring import ErvaringService
from app.stem.feedback import FeedbackService
from app.stem.model import FEEDBACK_THEMAS
from app.stem.signalen import SignaalOpvolging

if TYPE_CHECKING:
    from app.session import Session

# Weighted as key persons in the research report meet them most.
THEMAS = ("financien",) * 4 + ("gezondheid",) * 4 + ("wonen",) * 3 + (
    "opvoeding", "onderwijs", "werk_inkomen", "werk_inkomen", "gezinshereniging", "sociaal",
)  # fmt: skip
SIGNAAL_TEKSTEN = {
    "financien": "Post van de zorgverzekeraar niet begrepen; een achterstand dreigt.",
    "gezondheid": "Slaapt slecht sinds de verhuizing; wil met iemand praten.",
    "wonen": "Schimmel in de badkamer; weet niet hoe dit te melden.",
    "opvoeding": "Vragen over de regels op de basisschool van de kinderen.",
    "onderwijs": "Wil graag een opleiding in de zorg; weet niet hoe te beginnen.",
    "werk_inkomen": "Heeft een baan aangeboden gekregen; vragen over de bijstand.",
    "gezinshereniging": "Wacht op nieuws over de aanvraag voor het gezin.",
    "sociaal": "Komt weinig buiten en kent nog niemand in het dorp.",
}
AANBIEDERS = {
    "taalschool": ("Taalschool De Brug", "NT2 Achterhoek"),
    "pvt": ("VluchtelingenWerk Oost Nederland",),
    "map": ("Werkplein Achterhoek",),
    "ontzorgen": ("Gemeente, team Ontzorgen",),
}
TIPS = (
    "Leg aan het begin uit waarom we naar gezondheid vragen.",
    "Plan het gesprek niet op vrijdagmiddag; dan is het gebed.",
    "Vraag of de vrouw ook alleen wil praten.",
    "Gebruik minder moeilijke woorden; laat een tekening zien van de leerroutes.",
)


def _answer(rng: random.Random) -> str:
    return rng.choices(("ja", "beetje", "nee", "weet_niet"), (70, 18, 8, 4))[0]


def seed(session: Session, rng: random.Random, report: DemoReport) -> None:
    today = date.today()
    inburgeraars = session.inburgeraars
    gesprekken = GesprekService(session.intake)
    feedback = FeedbackService(session)
    opvolging = SignaalOpvolging(session)
    ervaring = ErvaringService(session)
    counts = {"feedback": 0, "signalen": 0, "ervaringen": 0}
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    for row in inburgeraars.page(ListFilter(), 0, 10_000):
        inburgeraar = inburgeraars.get(row.id)
        if inburgeraar is None or inburgeraar.id is None or inburgeraar.status == "aangemeld":
            continue
        for g in gesprekken.gesprekken(inburgeraar.id):
            if (g.sleutelpersoon_id or g.sleutelpersoon_naam) and rng.random() < 0.8:
                feedback.save(
                    g.id,
                    {
                        "datum": min(today, g.datum + timedelta(days=rng.choice((0, 0, 3, 7)))),
                        "doel_begrepen": rng.choices(("ja", "deels", "nee"), (7, 2, 1))[0],
                        "vrij_gesproken": rng.choices(("ja", "deels", "nee"), (6, 3, 1))[0],
                        "themas": rng.sample(list(FEEDBACK_THEMAS), rng.randint(0, 2)),
                        "tips": rng.choice(TIPS) if rng.random() < 0.4 else "",
                        "deelbaar": rng.random() < 0.5,
                    },
                )
                counts["feedback"] += 1
        for _ in range(rng.choice((0, 1, 1, 2))):
            thema = rng.choice(THEMAS)
            datum = max(quarter_start, today - timedelta(days=rng.randint(0, 50)))
            sid = gesprekken.add_signaal(
                inburgeraar.id,
                {
                    "datum": datum,
                    "gemeld_door": rng.choice(("sleutelpersoon", "klantmanager")),
                    "tekst": SIGNAAL_TEKSTEN[thema],
                    "thema": thema,
                    "urgentie": rng.choices(("hoog", "normaal", "laag"), (1, 5, 2))[0],
                    "actie": "Samen met de sleutelpersoon bellen en uitleggen.",
                },
            )
            counts["signalen"] += 1
            step = rng.random()
            if step < 0.3:
                opvolging.in_behandeling(sid)
            elif step < 0.55:
                opvolging.afronden(sid, "Uitgelegd en doorverwezen naar het sociaal team.")
        for onderdeel, providers in AANBIEDERS.items():
            if onderdeel == "ontzorgen" and inburgeraar.doelgroep != "Asielstatushouder":
                continue
            if rng.random() < 0.25:
                continue
            vragen = ervaring.definition.vragen_voor(onderdeel)
            ervaring.save(
                inburgeraar.id,
                {
                    "onderdeel": onderdeel,
                    "aanbieder": rng.choice(providers),
                    "datum": max(quarter_start, today - timedelta(days=rng.randint(0, 40))),
                    "ingevuld_door": rng.choice(("sleutelpersoon", "klantmanager")),
                    "taal": inburgeraar.voorkeurstaal or "nl",
                    "antwoorden": {v.id: _answer(rng) for v in vragen},
                },
            )
            counts["ervaringen"] += 1
    report.add(
        f"{counts['feedback']} feedbacks van sleutelpersonen, {counts['signalen']} signalen en "
        f"{counts['ervaringen']} ervaringen met het aanbod aangemaakt."
    )
