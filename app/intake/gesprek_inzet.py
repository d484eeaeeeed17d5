"""Booking a key person's engagement (inzet) together with the gesprek they took part in.

Decision (docs/security.md): booking engagements is the coordinator's work, but the
klantmanager who records a gesprek with a key person from the registry may book *that*
engagement with it: type intakegesprek, this newcomer, the gesprek's date and roles, with hours,
km and expenses. It needs dossier wijzigen (the gesprek) and sleutelpersonen lezen (the key
person), is refused when the month's claim was already approved, and is written in the same
transaction as the gesprek with its own audit line. The coordinator keeps control: every booking
shows in the workload and claim of the month, and can be removed until the claim is approved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from app.security.audit import audit
from app.security.roles import Permission, require
from app.sleutelpersonen.inzet import inzet_from_form, inzet_values
from app.validation import ValidationError, format_date
from db.intake_gesprek import GesprekExtraRepository
from db.sleutelpersonen import SleutelpersoonRepository

if TYPE_CHECKING:
    from app.session import Session

PREFIX = "inzet_"


def inzet_row(
    session: Session,
    inburgeraar_id: str,
    gesprek: Mapping[str, Any],
    form: Mapping[str, Any],
    today: date,
) -> dict[str, Any]:
    """Validate the engagement typed with a gesprek; the row to insert, or ValidationError with
    fields named ``inzet_uren``, ``inzet_km`` … (the gesprek's own fields are already valid)."""
    require(session, Permission.SLEUTELPERSONEN_LEZEN)
    person_id = str(gesprek.get("sleutelpersoon_id") or "")
    if not person_id:
        raise ValidationError(
            {"inzet": "Kies de sleutelpersoon uit het register om inzet te registreren."}
        )
    repo = SleutelpersoonRepository(session.store.conn)
    if repo.get(person_id) is None:
        raise ValidationError({"inzet": "Deze sleutelpersoon staat niet (meer) in het register."})
    datum = date.fromisoformat(str(gesprek["datum"]))
    try:
        inzet = inzet_from_form(
            {
                "sleutelpersoon_id": person_id,
                "datum": format_date(datum),
                "soort": "intakegesprek",
                "inburgeraar_id": inburgeraar_id,
                "rollen": list(gesprek.get("rollen") or []),
                "uren": form.get("uren"),
                "km": form.get("km"),
                "onkosten": form.get("onkosten"),
                "onkosten_omschrijving": form.get("onkosten_omschrijving"),
            },
            today,
        )
    except ValidationError as exc:
        raise ValidationError({PREFIX + k: v for k, v in exc.errors.items()}) from exc
    if repo.declaratie(person_id, datum.isoformat()[:7]):
        raise ValidationError(
            {
                "inzet": "De declaratie van deze maand is al goedgekeurd; "
                "vraag de coördinator om de inzet te boeken."
            }
        )
    return inzet_values(inzet)


def book_with(session: Session, row: dict[str, Any]) -> Callable[[str], None]:
    """A hook for the gesprek's transaction: insert the engagement and link it to the gesprek."""
    store = session.store

    def hook(gesprek_id: str) -> None:
        inzet_id = SleutelpersoonRepository(store.conn).insert_inzet(row)
        GesprekExtraRepository(store).link_inzet(gesprek_id, inzet_id)
        audit(session, "aangemaakt", "inzet", inzet_id)

    return hook


def note_with(session: Session, tekst: str, logged: Callable[[str], None]) -> Callable[[str], None]:
    """A hook for the gesprek's transaction: its first note, with the note's audit line."""
    store = session.store

    def hook(gesprek_id: str) -> None:
        logged(GesprekExtraRepository(store).add_notitie(gesprek_id, tekst))

    return hook
