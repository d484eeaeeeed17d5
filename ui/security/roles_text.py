"""The roles as an officer reads them: a name and one sentence each (add-account dialog, Beheer)."""

from __future__ import annotations

from app.security.roles import Role
from ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "rol"
_NAMES = {
    Role.KLANTMANAGER: QT_TRANSLATE_NOOP("rol", "Klantmanager"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("rol", "Coördinator sleutelpersonen"),
    Role.BEHEERDER: QT_TRANSLATE_NOOP("rol", "Beheerder"),
}
_EXPLAINED = {
    Role.KLANTMANAGER: QT_TRANSLATE_NOOP(
        "rol", "Werkt met dossiers: inburgeraars, intake, het PIP, afdrukken en inzage."
    ),
    Role.COORDINATOR: QT_TRANSLATE_NOOP(
        "rol", "Beheert het register van sleutelpersonen, hun inzet en declaraties."
    ),
    Role.BEHEERDER: QT_TRANSLATE_NOOP(
        "rol", "Beheert accounts, instellingen, back-ups, bewaartermijnen en het auditlog."
    ),
}


def role_name(role: Role) -> str:
    return translate(CONTEXT, _NAMES[role])


def role_explained(role: Role) -> str:
    return translate(CONTEXT, _EXPLAINED[role])


def role_names(rollen: frozenset[Role]) -> str:
    return ", ".join(role_name(r) for r in Role if r in rollen)
