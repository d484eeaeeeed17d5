"""A complete, fictional PIP and handout: for tests, benchmarks and the demo preview."""

from __future__ import annotations

from datetime import date, timedelta

from app.pdf.document import (
    Afspraak,
    Contact,
    Dossier,
    Gemeente,
    HandoutAfspraak,
    HandoutDocument,
    Leerroute,
    Onderdeel,
    PipDocument,
    Sleutelpersoon,
    Voortgangsgesprek,
)


def sample_pip(dagtekening: date = date(2026, 12, 1), afspraken: int = 8) -> PipDocument:
    d = dagtekening
    return PipDocument(
        gemeente=Gemeente(
            "Winterswijk",
            "Postbus 101\n7100 AC Winterswijk",
            code="0294",
            bezoekadres="Stadhuisplein 1, 7101 BD Winterswijk",
            telefoon="14 0543",
            website="www.winterswijk.nl",
            bezwaar_online="www.winterswijk.nl/bezwaar",
            ondertekenaar="Anouk Jansen",
            ondertekenaar_functie="klantmanager inburgering",
        ),
        dossier=Dossier(
            "Selam",
            "Tesfamariam",
            "",
            date(1995, 3, 14),
            "999990019",
            "9912345678",
            "Asielstatushouder",
            ("Meddosestraat 12", "7101 AB  Winterswijk"),
        ),
        leerroute=Leerroute(
            "B",
            "B1-route",
            "B1",
            "De leerbaarheidstoets geeft 'B1-route haalbaar'. Selam heeft twaalf jaar onderwijs "
            "gevolgd en wil als doktersassistente werken.",
            (
                ("Onderwijsroute", "Selam is 31 en wil eerst werken, niet studeren."),
                ("Zelfredzaamheidsroute", "Haar leerbaarheid past bij een hoger niveau."),
            ),
        ),
        versie=2,
        status="vastgesteld",
        dagtekening=d,
        klantmanager="Anouk Jansen",
        klantmanager_contact="0543 123456 (ma–do 9–17 uur)",
        klantmanager_telefoon="0543 123456",
        klantmanager_email="a.jansen@winterswijk.nl",
        kenmerk="0294/PIP/2026/00017",
        sleuteldatums=(
            ("Einde inburgeringstermijn", date(d.year + 3, d.month, d.day)),
            ("Laatste dag routewissel", d + timedelta(days=547)),
        ),
        knm=Onderdeel(
            "KNM",
            "Cursus Kennis van de Nederlandse Maatschappij bij het Graafschap "
            "College, gecombineerd met de taallessen.",
            100,
        ),
        pvt=Onderdeel(
            "Participatieverklaringstraject (PVT)",
            "Vier workshops over kernwaarden in Winterswijk.",
            12,
            d + timedelta(days=70),
            "Ondertekening gepland",
        ),
        map=Onderdeel(
            "Module Arbeidsmarkt en Participatie (MAP)",
            "Oriëntatie op de zorg, snuffelstage bij de huisartsenpost.",
            64,
            d + timedelta(days=300),
            "Eindgesprek",
        ),
        ontzorgen=("Huur", "Gas, water en elektriciteit", "Zorgverzekering"),
        maatschappelijke_begeleiding="Zes maanden via VluchtelingenWerk Oost Nederland.",
        randvoorwaarden=("Kinderopvang voor dochter op dinsdag en donderdag",),
        participatie=("Vrijwilligerswerk bij de bibliotheek, 4 uur per week",),
        afspraken=tuple(
            Afspraak(
                ["Selam", "Gemeente", "Taalschool"][i % 3],
                f"Afspraak {i + 1}: inschrijven en voortgang bespreken bij de taalschool.",
                d + timedelta(days=14 * (i + 1)),
            )
            for i in range(afspraken)
        ),
        voortgangsgesprekken=tuple(
            Voortgangsgesprek(d + timedelta(days=91 * (i + 1)), "Voortgang taal en MAP")
            for i in range(4)
        ),
        sleutelpersoon=Sleutelpersoon(
            "Helen Berhane",
            "Verbinder: gaat mee naar de eerste les en legt uit hoe de school werkt.",
            "06 12345678 (werk, maandag 10–12 uur)",
        ),
    )


def sample_handout(taal: str = "ar") -> HandoutDocument:
    return HandoutDocument(
        voornaam="Selam",
        leerroute="B",
        taal=taal,
        gemeente="Winterswijk",
        datum=date(2026, 12, 1),
        plan_vastgesteld=True,
        afspraken=(
            HandoutAfspraak(
                "Eerste les bij de taalschool, Meddosestraat 10", date(2026, 12, 8), "Selam"
            ),
            HandoutAfspraak("Kinderopvang regelen", date(2026, 12, 4), "Klantmanager"),
            HandoutAfspraak("Gesprek op het gemeentehuis", date(2027, 1, 12), "Klantmanager"),
            HandoutAfspraak("Neem je paspoort mee naar de taalschool", None, "Selam"),
        ),
        klantmanager=Contact(
            "Anouk Jansen",
            "ma–do 9–17 uur",
            telefoon="0543 123456",
            email="a.jansen@winterswijk.nl",
            organisatie="Gemeente Winterswijk",
        ),
        sleutelpersoon=Contact(
            "Helen Berhane",
            "maandag 10–12 uur",
            telefoon="06 12345678",
            email="h.berhane@sleutelpersonen.nl",  # a work address, as the register keeps it
        ),
    )
