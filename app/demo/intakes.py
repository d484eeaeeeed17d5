"""Fictional intakes: in progress for inburgeraars in the intake phase, complete (and closed)
for those further on, so a new user sees every state. No real persons."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import reference
from app.demo import DemoReport
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import ListFilter
from app.intake.definition import Definition, Question
from app.intake.gesprekken import PLAATSEN, GesprekService
from app.intake.progress import InburgeraarFacts, context, visible_questions
from app.sleutelpersonen.model import Sleutelpersoon

if TYPE_CHECKING:
    from app.session import Session

TEXTS: dict[str, tuple[str, ...]] = {
    "lbt.reden_niet_afgenomen": ("Zintuiglijke beperking: slechtziend",),
    "gezondheid.lichamelijk": (
        "Goed.",
        "Rugklachten, kan niet lang staan.",
        "Diabetes, onder controle.",
    ),
    "gezondheid.psychisch": ("Geen bijzonderheden.", "Slaapt slecht, zorgen om familie."),
    "gezin.kinderen_leeftijden": ("3 en 7 jaar", "1, 4 en 10 jaar", "14 jaar"),
    "netwerk.contacten": (
        "Broer woont in Arnhem.",
        "Kent nog weinig mensen.",
        "Contact met buren.",
    ),
    "wensen.korte_termijn": ("Taal leren en vrijwilligerswerk.", "Een eigen woning en werk."),
}
# Work experience and ambition belong together: a chauffeur does not want to be a hairdresser
# "again". One profile per person.
PROFIELEN: tuple[tuple[str, str], ...] = (
    ("Tien jaar kapper met eigen zaak.", "Weer als kapper werken, later een eigen salon."),
    ("Boer op het familiebedrijf, vee en graan.", "Werken in de groenvoorziening of de tuinbouw."),
    ("Lerares basisschool, zes jaar.", "Onderwijsassistent worden."),
    ("Vrachtwagenchauffeur, vijftien jaar.", "Chauffeur worden met een Nederlands rijbewijs."),
    ("Geen betaald werk; zorgde voor het gezin.", "Werken in de zorg."),
)
PROFIEL_VRAGEN = ("werk.ervaring", "werk.ambitie")
SCHOOLJAREN = "opleiding.jaren_onderwijs"
SCHOOL_START = 6  # nobody has more years of schooling than years since the age of six
GENERIC = ("Besproken; zie notitie.", "Geen bijzonderheden.", "Nog uitzoeken.")
SLEUTELPERSONEN = ("Amina Yusuf", "Tesfay Gebre", "Rasha Haddad", "Jan Wolters")


def _value(
    question: Question,
    rng: random.Random,
    today: date,
    facts: InburgeraarFacts | None = None,
    profiel: tuple[str, str] | None = None,
) -> object:
    if question.id in PROFIEL_VRAGEN and profiel is not None:
        return profiel[PROFIEL_VRAGEN.index(question.id)]
    if question.id == SCHOOLJAREN:
        leeftijd = facts.leeftijd if facts is not None and facts.leeftijd is not None else 30
        return rng.randint(0, max(0, min(16, leeftijd - SCHOOL_START)))
    if question.type == "bool":
        return rng.random() < 0.5
    if question.type == "choice":
        return rng.choice(question.choices).value
    if question.type == "multichoice":
        options = [o.value for o in question.choices]
        return sorted(rng.sample(options, rng.randint(1, min(3, len(options)))), key=options.index)
    if question.type == "int":
        low, high = question.min or 0, min(question.max or 100, 400)
        return rng.randint(low, high)
    if question.type == "date":
        return (today - timedelta(days=rng.randint(10, 200))).isoformat()
    return rng.choice(TEXTS.get(question.id, GENERIC))


def demo_answers(
    definition: Definition,
    facts: InburgeraarFacts,
    rng: random.Random,
    today: date,
    sections: int | None = None,
) -> dict[str, object]:
    """Answers for the first *sections* domains (all when None), following the conditions."""
    answers: dict[str, object] = {}
    profiel = rng.choice(PROFIELEN)
    for section in definition.sections[:sections]:
        for question in section.questions:
            if question in visible_questions(section, context(answers, facts)):
                answers[question.id] = _value(question, rng, today, facts, profiel)
    return answers


def _speaker(pool: list[Sleutelpersoon], taal: str, rng: random.Random) -> Sleutelpersoon | None:
    """An active key person from the registry who speaks the newcomer's language."""
    fits = [p for p in pool if p.actief and p.id and any(t.code == taal for t in p.talen)]
    return rng.choice(fits) if fits else None


def _gesprek(
    service: GesprekService,
    inburgeraar: Inburgeraar,
    pool: list[Sleutelpersoon],
    rng: random.Random,
    today: date,
) -> None:
    """Most gesprekken with a key person: from the registry with their roles and the booked
    engagement when one speaks the language, else a name written down (as before the registry)."""
    assert inburgeraar.id is not None
    key = rng.random() < 0.6
    person = _speaker(pool, inburgeraar.voorkeurstaal or "", rng) if key else None
    form: dict[str, object] = {
        "datum": today - timedelta(days=rng.randint(1, 60)),
        "plaats": rng.choice(list(PLAATSEN)),
        "klantmanager": "Anouk Jansen",
        "sleutelpersoon_naam": rng.choice(SLEUTELPERSONEN) if key else "",
        "rollen": rng.sample(list(reference.SLEUTELPERSOON_ROLLEN), 2) if key else [],
        "tolk": "" if key else rng.choice(("", "telefonisch (Tolk- en Vertaalcentrum)")),
        "zonder_partner_verteld": rng.random() < 0.8,
        "notitie": "Kennismaking en uitleg over de inburgering.",
    }
    if person is not None:
        form["sleutelpersoon_id"] = person.id
        form["sleutelpersoon_naam"] = person.naam
        form["rollen"] = rng.sample(list(person.rollen), min(2, len(person.rollen)))
        form["inzet"] = {
            "registreren": True,
            "uren": rng.choice(("1", "1,5", "2")),
            "km": str(rng.randint(0, 30)),
        }
    service.add_gesprek(inburgeraar.id, form)
    if person is not None and person.id and rng.random() < 0.7:
        service.intake.session.matching.bevestig(
            inburgeraar.id, person.id, None, "Kent de inburgeraar van het intakegesprek.", "demo"
        )


def seed(session: Session, rng: random.Random, report: DemoReport) -> None:
    today = date.today()
    inburgeraars = session.inburgeraars
    intake = session.intake
    gesprekken = GesprekService(intake)
    rows = inburgeraars.page(ListFilter(), 0, 10_000)
    pool = session.sleutelpersonen.lijst()
    busy = closed = 0
    for row in rows:
        inburgeraar = inburgeraars.get(row.id)
        if inburgeraar is None or inburgeraar.status == "aangemeld" or inburgeraar.id is None:
            continue
        facts = intake.facts(inburgeraar.id)
        partial = inburgeraar.status == "intake"
        count = rng.randint(2, len(intake.definition.sections) - 2) if partial else None
        answers = demo_answers(intake.definition, facts, rng, today, count)
        if not partial and rng.random() < 0.15:  # closed by override, health left open
            answers = {k: v for k, v in answers.items() if not k.startswith("gezondheid.")}
        intake.save_answers(inburgeraar.id, answers)
        _gesprek(gesprekken, inburgeraar, pool, rng, today)
        if rng.random() < 0.3:
            gesprekken.add_signaal(
                inburgeraar.id,
                {
                    "datum": today,
                    "gemeld_door": "sleutelpersoon",
                    "tekst": "Maakt zich zorgen om geld.",
                    "thema": "financien",
                },
            )
        if partial:
            busy += 1
            continue
        missing = intake.assessment(inburgeraar.id).missing
        reason = "Gezondheid besproken bij vervolggesprek; afgesproken met de inburgeraar."
        intake.close(inburgeraar.id, reason if missing else "")
        closed += 1
    report.add(f"{busy} intakes in uitvoering en {closed} afgeronde intakes aangemaakt.")
