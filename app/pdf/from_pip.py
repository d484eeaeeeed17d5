"""The adapter from the PIP model to the paper view-models: what goes on the formal PIP and,
from that, the few things the handout may carry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import reference
from app.inburgeraars.model import Inburgeraar
from app.pdf.document import (
    Afspraak,
    Dossier,
    Gemeente,
    Leerroute,
    Onderdeel,
    PipDocument,
    Sleutelpersoon,
    Voortgangsgesprek,
)
from app.pip.model import (
    ALFABETISERING_DRUK,
    ONTZORG_POSTEN,
    PipInhoud,
    PipVersie,
    niveau_tekst,
)
from app.validation import format_date


@dataclass(frozen=True)
class Context:
    """What the PIP model does not hold: the municipality, the officer's work contact and the
    key person's work contact (from the registry, when the officer may read it)."""

    gemeente: Gemeente
    klantmanager_contact: str = ""
    sleutelpersoon_contact: str = ""
    klantmanager_telefoon: str = ""
    klantmanager_email: str = ""
    sleuteldatums: tuple[tuple[str, date | None], ...] = ()  # from the deadline engine
    aangewezen_dagen: tuple[date, ...] = ()
    sleutelpersoon_telefoon: str = ""  # work phone from the registry
    sleutelpersoon_email: str = ""
    sleutelpersoon_tijden: str = ""  # fixed hours, e.g. "maandag 10–12 uur"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t"))


def _leerroute(inhoud: PipInhoud) -> Leerroute:
    r = inhoud.route
    if not r.leerroute:
        return Leerroute(code="", naam="")
    motivering = r.motivering
    if r.advies and r.advies != r.leerroute:
        advies = reference.LEERROUTES.get(r.advies, r.advies)
        motivering += (
            f"\n\nDe app adviseerde de {advies}. Reden om af te wijken: {r.reden_afwijking}"
        )
    extra = []
    if ALFABETISERING_DRUK.get(r.alfabetisering):
        extra.append(ALFABETISERING_DRUK[r.alfabetisering])
    if r.mag_opleiding_afmaken:
        extra.append("De inburgeraar mag de huidige opleiding eerst afmaken.")
    if r.intensiteit_uren:
        extra.append(f"Geschatte intensiteit: {r.intensiteit_uren} uur.")
    if extra:
        motivering = (motivering + "\n\n" + " ".join(extra)).strip()
    waarom_niet = (("Andere leerroutes", r.waarom_niet_andere),) if r.waarom_niet_andere else ()
    return Leerroute(
        code=r.leerroute,
        naam=reference.LEERROUTES.get(r.leerroute, r.leerroute),
        niveau=niveau_tekst(r.leerroute, r.niveau),
        motivering=motivering,
        waarom_niet=waarom_niet,
    )


def _onderdelen(inhoud: PipInhoud) -> dict[str, Onderdeel | None]:
    pvt, mp = inhoud.pvt, inhoud.map
    return {
        "taalschakeltraject": Onderdeel("Taalschakeltraject", inhoud.taalschakeltraject)
        if inhoud.taalschakeltraject
        else None,
        "knm": Onderdeel("Kennis van de Nederlandse Maatschappij (KNM)", inhoud.knm)
        if inhoud.knm
        else None,
        "pvt": Onderdeel(
            "Participatieverklaringstraject (PVT)",
            pvt.inhoud,
            pvt.uren,
            pvt.datum_ondertekening,
            "Ondertekening gepland",
        )
        if pvt.inhoud or pvt.uren
        else None,
        "map": Onderdeel(
            "Module Arbeidsmarkt en Participatie (MAP)",
            mp.inhoud,
            mp.uren,
            mp.datum_eindgesprek,
            "Eindgesprek",
        )
        if mp.inhoud or mp.uren
        else None,
    }


def _ontzorgen(inhoud: PipInhoud) -> tuple[str, ...]:
    oz = inhoud.ontzorgen
    if not oz.posten:
        return ()
    items = [ONTZORG_POSTEN.get(p, p) for p in oz.posten]
    if oz.startdatum:
        items.append(f"Vanaf {format_date(oz.startdatum)}, zes maanden")
    items.append(
        "Machtiging getekend" if oz.machtiging_getekend else "Machtiging nog niet getekend"
    )
    return tuple(items)


def _sleutelpersoon(inhoud: PipInhoud, contact: str) -> Sleutelpersoon | None:
    sp = inhoud.sleutelpersoon
    if not (sp.naam or sp.sleutelpersoon_id):
        return None
    rollen = ", ".join(reference.SLEUTELPERSOON_ROLLEN.get(r, r) for r in sp.rollen)
    rol = "; ".join(p for p in (rollen, sp.toelichting) if p)
    return Sleutelpersoon(naam=sp.naam or "Nog niet gekozen", rol=rol, werkcontact=contact)


def _adres(inburgeraar: Inburgeraar) -> tuple[str, ...]:
    """The window-envelope lines: street and number, postcode and woonplaats (two spaces)."""
    straat = " ".join(p for p in (inburgeraar.straat, inburgeraar.huisnummer) if p)
    plaats = "  ".join(p for p in (inburgeraar.postcode, inburgeraar.woonplaats) if p)
    return tuple(line for line in (straat, plaats) if line)


def pip_document(inburgeraar: Inburgeraar, pip: PipVersie | None, ctx: Context) -> PipDocument:
    """The formal PIP of *client*; without a PIP yet, an empty concept."""
    inhoud = pip.inhoud if pip else PipInhoud()
    parts = _onderdelen(inhoud)
    return PipDocument(
        gemeente=ctx.gemeente,
        dossier=Dossier(
            voornamen=inburgeraar.voornamen,
            voorvoegsel=inburgeraar.voorvoegsel,
            achternaam=inburgeraar.achternaam,
            geboortedatum=inburgeraar.geboortedatum,
            bsn=inburgeraar.bsn or "",
            v_nummer=inburgeraar.v_nummer or "",
            doelgroep=inburgeraar.doelgroep,
            adres=_adres(inburgeraar),
        ),
        leerroute=_leerroute(inhoud),
        versie=pip.versie if pip else 1,
        status=pip.status if pip else "concept",
        dagtekening=pip.dagtekening if pip else None,
        klantmanager=inburgeraar.klantmanager,
        klantmanager_contact=ctx.klantmanager_contact,
        begeleiding=inhoud.begeleiding,
        taalschakeltraject=parts["taalschakeltraject"],
        knm=parts["knm"],
        pvt=parts["pvt"],
        map=parts["map"],
        ontzorgen=_ontzorgen(inhoud),
        maatschappelijke_begeleiding=inhoud.maatschappelijke_begeleiding,
        randvoorwaarden=_lines(inhoud.randvoorwaarden),
        participatie=_lines(inhoud.participatie),
        afspraken=tuple(Afspraak(a.wie, a.wat, a.datum) for a in inhoud.afspraken),
        voortgangsgesprekken=tuple(
            Voortgangsgesprek(v.datum, v.onderwerp) for v in inhoud.voortgangsgesprekken
        ),
        sleutelpersoon=_sleutelpersoon(inhoud, ctx.sleutelpersoon_contact),
        kenmerk=pip.kenmerk if pip else "",
        klantmanager_telefoon=ctx.klantmanager_telefoon,
        klantmanager_email=ctx.klantmanager_email,
        sleuteldatums=ctx.sleuteldatums,
        aangewezen_dagen=ctx.aangewezen_dagen,
    )
