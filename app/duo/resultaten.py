"""On the laptop: the results the gemeente reports to DUO that an officer marks done — the
gevolgde uren (per kind, DUO's total so far) and the contactpersoon — and what became of each:
sent (waiting for the regional server and DUO), confirmed or rejected by DUO (bron: DUO).

Marking writes one `duo_melding` row; the sync takes it to the regional server, whose gateway
sends it to DUO once (melding–bevestiging, server migration 0106) and writes DUO's answer back
as a DUO fact "<soort>_antwoord", which the next sync brings here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.duo.feiten import DuoFeitService
from app.duo.messages.outgoing import Contactpersoongegevens, Uren, UrenSoort
from app.errors import ValidationError
from app.security.audit import audit
from app.security.roles import Permission, actor_of, require
from app.validation import FieldError, format_date, parse_date, parse_email, parse_phone
from db import duo_melding

if TYPE_CHECKING:
    from app.session import Session

UREN_LABEL = {
    UrenSoort.TAALLES_KNM: "Taalles en KNM in de brede intake",
    UrenSoort.PARTICIPATIEACTIVITEITEN: "Participatieactiviteiten",
    UrenSoort.PARTICIPATIE_ALS_TAALLES: "Taalles Nederlands en KNM (participatie)",
}
# DUO's pattern for a contactpersoon's name: letters, spaces, apostrophes, dots, dashes
NAAM = re.compile(r"[\s'‘.\w\-‐-―]{1,100}")


# DUO's answers (duo_feit "<soort>_antwoord") to what duo_melding sends
ANTWOORDEN = frozenset(
    f"{s}_antwoord"
    for s in (
        "uren",
        "contactpersoon",
        "zroute",
        "contactpersoon_wijzigen",
        "contactpersoon_verwijderen",
        "contactpersoon_koppelen",  # the gateway's follow-up of a confirmed contactpersoon
        "pip_verwijderen",
    )
)


class Stand(StrEnum):
    VERZONDEN = "verzonden"  # marked, not yet answered by DUO (sync, gateway, DUO)
    BEVESTIGD = "bevestigd"
    AFGEWEZEN = "afgewezen"


STAND_LABEL = {
    Stand.VERZONDEN: "verzonden, wacht op DUO",
    Stand.BEVESTIGD: "bevestigd door DUO",
    Stand.AFGEWEZEN: "afgewezen door DUO",
}


@dataclass(frozen=True)
class Melding:
    id: str
    soort: str
    omschrijving: str  # what was marked, in Dutch
    gemarkeerd_op: str
    gemarkeerd_door: str
    stand: Stand
    antwoord: str  # DUO's answer line (bron: DUO), "" while none
    duo_id: int | None = None  # a confirmed contactpersoon: DUO's number (to change/remove)


def _omschrijving(soort: str, g: dict[str, Any]) -> str:
    if soort == "contactpersoon_wijzigen":
        return f"Contactpersoon gewijzigd: {g.get('naam')}"
    if soort == "contactpersoon_verwijderen":
        return f"Contactpersoon verwijderd: {g.get('naam') or g.get('duo_id')}"
    if soort == "pip_verwijderen":
        return "PIP bij DUO verwijderen"
    if soort == "zroute":
        return f"Afronding Z-route: {format_date(str(g.get('datum_afronding') or '')) or '?'}"
    if soort == "uren":
        try:
            label = UREN_LABEL[UrenSoort(str(g.get("soort")))]
        except ValueError:
            label = str(g.get("soort"))
        return f"Gevolgde uren {label.lower()}: {g.get('uren')}"
    return f"Contactpersoon: {g.get('naam')}"


class DuoResultaatService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def _mark(self, inburgeraar_id: str, soort: str, gegevens: dict[str, Any]) -> str:
        if self.session.inburgeraars.lookup(inburgeraar_id) is None:
            raise ValidationError({"client": "Deze inburgeraar bestaat niet (meer)."})
        actor = actor_of(self.session)
        with self.store.transaction():
            row_id = duo_melding.add(
                self.store.conn, inburgeraar_id, soort, gegevens, actor.naam if actor else ""
            )
            audit(self.session, f"gemarkeerd voor DUO ({soort})", "inburgeraar", inburgeraar_id)
        return row_id

    def uren_gereed(self, inburgeraar_id: str, soort: str, uren: object) -> str:
        """Mark the total of gevolgde uren of one kind done; DUO gets that total."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        errors: dict[str, str] = {}
        try:
            kind = UrenSoort(soort)
        except ValueError:
            errors["soort"] = "Kies welke uren het zijn."
        try:
            aantal = int(str(uren).strip())
            Uren(UrenSoort.TAALLES_KNM, aantal)  # DUO's bounds: 0 to 9999
        except ValueError:
            errors["uren"] = "Het aantal uren is een heel getal van 0 tot en met 9999."
        if errors:
            raise ValidationError(errors)
        return self._mark(inburgeraar_id, "uren", {"soort": kind.value, "uren": aantal})

    @staticmethod
    def _contactpersoon(naam: str, email: str, telefoon: str) -> dict[str, Any]:
        """DUO's Contactpersoongegevens from what was typed; ValidationError per field."""
        errors: dict[str, str] = {}
        naam = " ".join(naam.split())
        if not NAAM.fullmatch(naam) or any(c.isdigit() for c in naam):
            errors["naam"] = "Schrijf de naam met letters (hoogstens 100 tekens)."
        try:
            email = parse_email(email) or ""
            if not 4 <= len(email) <= 241:
                raise FieldError("Vul een e-mailadres in.")
        except FieldError as exc:
            errors["email"] = str(exc)
        try:
            telefoon = parse_phone(telefoon) or ""
            if not telefoon:
                raise FieldError("Vul een telefoonnummer in.")
        except FieldError as exc:
            errors["telefoon"] = str(exc)
        if errors:
            raise ValidationError(errors)
        return Contactpersoongegevens(naam, email, telefoon).to_json()

    def contactpersoon_gereed(
        self, inburgeraar_id: str, naam: str, email: str, telefoon: str
    ) -> str:
        """Mark the contactpersoon for questions about this inburgeraar done (DUO's fields)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        gegevens = self._contactpersoon(naam, email, telefoon)
        return self._mark(inburgeraar_id, "contactpersoon", gegevens)

    def _registered(self, inburgeraar_id: str, melding_id: str) -> Melding:
        """The contactpersoon DUO confirmed (with its number) and not removed since."""
        marked = self.for_inburgeraar(inburgeraar_id)
        found = next((m for m in marked if m.id == melding_id), None)
        if found is None or found.soort not in ("contactpersoon", "contactpersoon_wijzigen"):
            raise ValidationError({"contactpersoon": "Kies een contactpersoon uit de lijst."})
        duo_id = found.duo_id
        if duo_id is None:
            raise ValidationError(
                {
                    "contactpersoon": "DUO heeft deze contactpersoon nog niet bevestigd; "
                    "wijzigen of verwijderen kan pas daarna."
                }
            )
        for m in marked:
            if m.soort == "contactpersoon_verwijderen" and m.duo_id == duo_id:
                raise ValidationError(
                    {"contactpersoon": "Deze contactpersoon is al bij DUO verwijderd."}
                )
        return found

    def contactpersoon_wijzigen(
        self, inburgeraar_id: str, melding_id: str, naam: str, email: str, telefoon: str
    ) -> str:
        """Change a contactpersoon DUO registered (PUT /contactpersonen/{id})."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        found = self._registered(inburgeraar_id, melding_id)
        gegevens = self._contactpersoon(naam, email, telefoon)
        return self._mark(
            inburgeraar_id, "contactpersoon_wijzigen", {**gegevens, "duo_id": found.duo_id}
        )

    def contactpersoon_verwijderen(self, inburgeraar_id: str, melding_id: str) -> str:
        """Remove a contactpersoon at DUO (DELETE /contactpersonen/{id})."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        found = self._registered(inburgeraar_id, melding_id)
        naam = found.omschrijving.split(": ", 1)[-1]
        return self._mark(
            inburgeraar_id, "contactpersoon_verwijderen", {"duo_id": found.duo_id, "naam": naam}
        )

    def zroute_gereed(self, inburgeraar_id: str, datum: str, today: date | None = None) -> str:
        """Mark the Z-route afgerond on *datum* (dd-mm-jjjj); DUO gets that date. Not in the
        future (DUO refuses it) and not before the start of the plicht."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        try:
            dag = parse_date(datum)
        except ValueError as exc:
            raise ValidationError({"datum": str(exc)}) from None
        if dag > (today or date.today()):
            raise ValidationError({"datum": "De datum van afronding ligt niet in de toekomst."})
        inburgeraar = self.session.inburgeraars.lookup(inburgeraar_id)
        start = inburgeraar.datum_start_plicht if inburgeraar else None
        if start is not None and dag < start:
            raise ValidationError(
                {
                    "datum": f"De Z-route kan niet zijn afgerond voor de start van de plicht "
                    f"({format_date(start)})."
                }
            )
        return self._mark(inburgeraar_id, "zroute", {"datum_afronding": dag.isoformat()})

    def pip_verwijderen_refusal(self, inburgeraar_id: str) -> str | None:
        """Why the officer cannot ask DUO to delete its PIP now (Dutch), or None when they can:
        DUO must have confirmed a PIP, have no inburgeringstermijn yet, and no deletion may be
        on its way. Asked before the officer is asked "are you sure?"; pip_verwijderen checks
        it again when it stores."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        refused = self._pip_verwijderen_refused(inburgeraar_id)
        return None if refused is None else "\n".join(refused.errors.values())

    def _pip_verwijderen_refused(self, inburgeraar_id: str) -> ValidationError | None:
        """Why the deletion is refused (made, not raised), or None."""
        if self.session.inburgeraars.lookup(inburgeraar_id) is None:
            return ValidationError({"client": "Deze inburgeraar bestaat niet (meer)."})
        feiten = DuoFeitService(self.session).for_inburgeraar(inburgeraar_id)
        if any(f.soort == "termijn" for f in feiten):
            return ValidationError(
                {
                    "pip": "DUO heeft de inburgeringstermijn al vastgesteld; "
                    "het PIP kan niet meer bij DUO worden verwijderd."
                }
            )
        registered = False  # the newest confirmed PIP or deletion decides (oldest first)
        for f in feiten:
            if f.gegevens.get("status") == "bevestigd":
                if f.soort == "pip_antwoord":
                    registered = True
                elif f.soort == "pip_verwijderen_antwoord":
                    registered = False
        if not registered:
            return ValidationError(
                {"pip": "DUO heeft geen PIP van deze inburgeraar geregistreerd."}
            )
        if any(
            m.soort == "pip_verwijderen" and m.stand is Stand.VERZONDEN
            for m in self.for_inburgeraar(inburgeraar_id)
        ):
            return ValidationError(
                {"pip": "Het verwijderen van het PIP is al naar DUO verzonden; wacht op DUO."}
            )
        return None

    def pip_verwijderen(self, inburgeraar_id: str) -> str:
        """Ask DUO to delete the PIP it registered (DELETE /personen/{bsn}/PIP). DUO allows it
        only while it has no inburgeringstermijn for the person; refused here before that
        (ValidationError with pip_verwijderen_refusal's reason, nothing stored)."""
        require(self.session, Permission.DOSSIER_WIJZIGEN)
        refused = self._pip_verwijderen_refused(inburgeraar_id)
        if refused is not None:
            raise refused
        return self._mark(inburgeraar_id, "pip_verwijderen", {})

    def for_inburgeraar(self, inburgeraar_id: str) -> list[Melding]:
        """Every marked result, oldest first, with what DUO answered (the newest answer)."""
        require(self.session, Permission.DOSSIER_LEZEN)
        answers: dict[str, tuple[Stand, str]] = {}
        duo_ids: dict[str, int] = {}
        for f in DuoFeitService(self.session).for_inburgeraar(inburgeraar_id):
            if f.soort in ANTWOORDEN:
                onderwerp = str(f.gegevens.get("onderwerp_id") or "")
                stand = (
                    Stand.BEVESTIGD
                    if f.gegevens.get("status") == "bevestigd"
                    else (Stand.AFGEWEZEN)
                )
                # the link to the inburgeraar (a later fact, same onderwerp) has the last word
                answers[onderwerp] = (stand, f.omschrijving)
                if isinstance(f.gegevens.get("duo_id"), int):
                    duo_ids[onderwerp] = int(f.gegevens["duo_id"])
        out = []
        for row in duo_melding.for_inburgeraar(self.store.conn, inburgeraar_id):
            try:
                g = json.loads(row["gegevens"] or "{}")
            except ValueError:
                g = {}
            g = g if isinstance(g, dict) else {}
            soort = str(row["soort"])
            stand, antwoord = answers.get(str(row["id"]), (Stand.VERZONDEN, ""))
            duo_id = duo_ids.get(str(row["id"]))  # only DUO's confirmation carries it
            if soort in ("contactpersoon_wijzigen", "contactpersoon_verwijderen"):
                duo_id = g.get("duo_id") if isinstance(g.get("duo_id"), int) else None
            out.append(
                Melding(
                    str(row["id"]),
                    soort,
                    _omschrijving(soort, g),
                    str(row["gemarkeerd_op"]),
                    str(row["gemarkeerd_door"]),
                    stand,
                    antwoord,
                    duo_id,
                )
            )
        return out
