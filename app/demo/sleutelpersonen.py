"""A fictional regional pool of about 25 key persons across the eight Achterhoek municipalities,
with engagements over the last months: some people busy (one overloaded), some never asked."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import reference
from app.demo import DemoReport
from app.sleutelpersonen.beschikbaarheid import Tijdvak
from app.sleutelpersonen.inzet import SOORTEN_INZET, Inzet
from app.sleutelpersonen.model import Sleutelpersoon, TaalKennis
from db.inburgeraars import InburgeraarRepository

if TYPE_CHECKING:
    from app.session import Session

# (first name, family name, gender, languages, countries, themes)
_POOL: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Rasha", "Haddad", "V", "apc:moedertaal nl:goed en:redelijk", "SY", "gezondheid opvoeding"),
    ("Lina", "Darwish", "V", "apc:moedertaal nl:vloeiend", "SY", "onderwijs opvoeding"),
    ("Samer", "Khalil", "M", "apc:moedertaal kmr:goed nl:goed", "SY", "werk_inkomen financien"),
    ("Huda", "Al-Najjar", "V", "apc:moedertaal nl:redelijk", "SY", "gezondheid gezinshereniging"),
    ("Omar", "Hamdan", "M", "apc:moedertaal en:goed nl:goed", "SY", "werk_inkomen belasting_huur"),
    ("Dima", "Sabbagh", "V", "apc:moedertaal nl:goed", "SY", "normen_waarden wegwijs_nl"),
    ("Selam", "Tesfay", "V", "ti:moedertaal am:goed nl:goed", "ER", "gezondheid opvoeding"),
    ("Yonas", "Ghebre", "M", "ti:moedertaal ar:redelijk nl:goed", "ER", "werk_inkomen financien"),
    ("Luwam", "Berhane", "V", "ti:moedertaal nl:vloeiend", "ER", "onderwijs gezinshereniging"),
    ("Filmon", "Kidane", "M", "ti:moedertaal am:vloeiend nl:redelijk", "ER ET", "wegwijs_nl"),
    ("Saba", "Haile", "V", "ti:moedertaal nl:goed en:goed", "ER", "gezondheid normen_waarden"),
    ("Mariam", "Ahmadi", "V", "prs:moedertaal fa:vloeiend nl:goed", "AF", "opvoeding gezondheid"),
    ("Farid", "Karimi", "M", "prs:moedertaal ps:goed nl:goed", "AF", "werk_inkomen financien"),
    ("Zahra", "Hosseini", "V", "fa:moedertaal nl:vloeiend en:goed", "IR", "onderwijs"),
    ("Fadumo", "Warsame", "V", "so:moedertaal ar:goed nl:goed", "SO", "gezondheid opvoeding"),
    ("Abdi", "Farah", "M", "so:moedertaal en:goed nl:redelijk", "SO", "werk_inkomen"),
    ("Ayse", "Yilmaz", "V", "tr:moedertaal kmr:goed nl:vloeiend", "TR", "gezinshereniging"),
    ("Mehmet", "Demir", "M", "tr:moedertaal nl:goed", "TR", "financien belasting_huur"),
    ("Amal", "Osman", "V", "apd:moedertaal en:redelijk nl:goed", "SD", "gezondheid opvoeding"),
    ("Hassan", "Idris", "M", "apd:moedertaal nl:redelijk", "SD", "werk_inkomen"),
    ("Nadia", "Al-Saqqaf", "V", "ar:moedertaal nl:goed", "YE", "normen_waarden onderwijs"),
    ("Olena", "Kovalenko", "V", "uk:moedertaal ru:vloeiend nl:redelijk en:goed", "UA", "onderwijs"),
    ("Dmytro", "Shevchenko", "M", "uk:moedertaal ru:vloeiend en:goed", "UA", "werk_inkomen"),
    ("Rojda", "Aslan", "V", "kmr:moedertaal tr:vloeiend apc:goed nl:goed", "SY TR", "gezondheid"),
    ("Ahmad", "Aziz", "M", "apc:moedertaal nl:goed", "SY", "wegwijs_nl belasting_huur"),
)
_ROLLEN = tuple(reference.SLEUTELPERSOON_ROLLEN)
_SLOTS = ((10, 12), (13, 15), (9, 11), (19, 21))


def build_pool(rng: random.Random, today: date) -> list[Sleutelpersoon]:
    codes = [code for code, _ in reference.ACHTERHOEK]
    result = []
    for n, (voornaam, achternaam, geslacht, talen, landen, themas) in enumerate(_POOL):
        auto = rng.random() < 0.45
        slots = tuple(
            sorted(
                Tijdvak(dag, h[0] * 60, h[1] * 60)
                for dag, h in {rng.randint(0, 4): rng.choice(_SLOTS) for _ in range(2)}.items()
            )
        )
        status = "actief" if n not in (9, 22) else ("gepauzeerd" if n == 9 else "gestopt")
        result.append(
            Sleutelpersoon(
                voornaam=voornaam,
                achternaam=achternaam,
                soort=rng.choice(("sleutelpersoon", "sleutelpersoon", "cultuurverbinder", "beide")),
                geslacht=geslacht,
                gemeentecode=codes[n % len(codes)],
                status=status,
                status_datum=today - timedelta(days=rng.randint(20, 500)),
                talen=tuple(TaalKennis(*t.split(":")) for t in talen.split()),
                landen=tuple(landen.split()),
                themas=tuple(themas.split()),
                rollen=tuple(rng.sample(_ROLLEN, rng.randint(2, 4))),
                beschikbaarheid=slots if rng.random() < 0.8 else (),
                training="Pharos training sleutelpersonen",
                training_datum=today - timedelta(days=rng.randint(200, 1200)),
                geboortejaar=today.year - rng.randint(24, 60),
                rijbewijs=auto or rng.random() < 0.2,
                auto=auto,
                alleen_ov=not auto and rng.random() < 0.5,
                max_reisafstand_km=rng.choice((10, 20, 30, 50))
                if auto
                else rng.choice((10, 15, 25)),
                capaciteit_uren=rng.choice((8, 12, 16, 20)),
                gezinsmigrant=rng.random() < 0.2,
                betaald=n in (0, 14),
                werk_email=f"{voornaam.lower()}@sleutelpersonen.example",
            )
        )
    return result


def build_inzet(
    pool: list[Sleutelpersoon], inburgeraar_ids: list[str], rng: random.Random, today: date
) -> list[Inzet]:
    items: list[Inzet] = []
    busy = {pool[0].id, pool[6].id}  # two people everyone asks: the overload the research saw
    never = {pool[20].id, pool[21].id, pool[15].id}
    for p in pool:
        if p.status == "gestopt" or p.id in never or p.id is None:
            continue
        count = rng.randint(10, 14) if p.id in busy else rng.randint(0, 5)
        for _ in range(count):
            # the busy ones this month (workload view), the others spread over four months
            days_back = rng.randint(0, today.day - 1) if p.id in busy else rng.randint(0, 120)
            with_inburgeraar = inburgeraar_ids and rng.random() < 0.7
            items.append(
                Inzet(
                    sleutelpersoon_id=p.id,
                    datum=today - timedelta(days=days_back),
                    soort=rng.choice(tuple(SOORTEN_INZET)),
                    minuten=rng.choice((60, 90, 120, 150, 180)),
                    inburgeraar_id=rng.choice(inburgeraar_ids) if with_inburgeraar else None,
                    activiteit="" if with_inburgeraar else "Voorlichtingsbijeenkomst",
                    rollen=tuple(rng.sample(p.rollen, 1)) if p.rollen else (),
                    km=0 if rng.random() < 0.3 else rng.randint(3, 40),
                    onkosten_cent=rng.choice((0, 0, 0, 350, 500)),
                    onkosten_omschrijving="parkeren",
                )
            )
    return [i if i.onkosten_cent else _no_costs(i) for i in items]


def _no_costs(i: Inzet) -> Inzet:
    return replace(i, onkosten_omschrijving="")


def seed(session: Session, rng: random.Random, report: DemoReport) -> None:
    store = session.store
    from app.sleutelpersonen.transfer import ImportPlan, voer_uit

    today = date.today()
    service = session.sleutelpersonen
    pool = [
        replace(p, id=f"00000000-0000-4000-8000-{n:012d}")
        for n, p in enumerate(build_pool(rng, today), start=1)
    ]
    voer_uit(service, ImportPlan(personen=pool))
    inburgeraar_ids = InburgeraarRepository(store.conn).ids_by_name(40)
    items = build_inzet(pool, inburgeraar_ids, rng, today)
    session.inzet.add_many(items)
    report.add(f"{len(pool)} fictieve sleutelpersonen en {len(items)} inzetten toegevoegd.")
