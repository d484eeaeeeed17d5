"""Roles and permissions, checked in the services (not only in the UI).

A service calls ``require(self.session, Permission.X)`` at the top of each public method. The
signed-in actor sits on the :class:`app.session.Session` (set by the unlock step), never on the
db object; without one every check refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.errors import UserError

if TYPE_CHECKING:
    from app.session import Session


class Role(StrEnum):
    KLANTMANAGER = "klantmanager"
    COORDINATOR = "coordinator"  # coördinator sleutelpersonen
    BEHEERDER = "beheerder"


ROLE_LABELS = {
    Role.KLANTMANAGER: "Klantmanager",
    Role.COORDINATOR: "Coördinator sleutelpersonen",
    Role.BEHEERDER: "Beheerder",
}


class Permission(StrEnum):
    REGISTER_LEZEN = "register lezen"  # list and search names (no dossier contents)
    DOSSIER_LEZEN = "dossier lezen"  # personal data, intake answers (health), PIP
    DOSSIER_WIJZIGEN = "dossier wijzigen"
    DOSSIER_EXPORTEREN = "dossier exporteren"  # export, print, inzage
    SLEUTELPERSONEN_LEZEN = "sleutelpersonen lezen"
    SLEUTELPERSONEN_BEHEREN = "sleutelpersonen beheren"  # registry, engagements, expenses
    GEMEENTEN_BEHEREN = "gemeenten beheren"
    GEBRUIKERS_BEHEREN = "gebruikers beheren"
    INSTELLINGEN_BEHEREN = "instellingen beheren"
    BACKUPS_BEHEREN = "back-ups beheren"
    BEWAARTERMIJN_BEHEREN = "bewaartermijn beheren"
    AUDIT_LEZEN = "audit lezen"
    RAPPORT_MAKEN = "rapport maken"  # anonymised quarterly report (no personal data in it)


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.KLANTMANAGER: frozenset(
        {
            P.REGISTER_LEZEN,
            P.DOSSIER_LEZEN,
            P.DOSSIER_WIJZIGEN,
            P.DOSSIER_EXPORTEREN,
            P.SLEUTELPERSONEN_LEZEN,
            P.RAPPORT_MAKEN,
        }
    ),
    Role.COORDINATOR: frozenset(
        {P.REGISTER_LEZEN, P.SLEUTELPERSONEN_LEZEN, P.SLEUTELPERSONEN_BEHEREN, P.RAPPORT_MAKEN}
    ),
    Role.BEHEERDER: frozenset(
        {
            P.GEMEENTEN_BEHEREN,
            P.GEBRUIKERS_BEHEREN,
            P.INSTELLINGEN_BEHEREN,
            P.BACKUPS_BEHEREN,
            P.BEWAARTERMIJN_BEHEREN,
            P.AUDIT_LEZEN,
        }
    ),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in officer: an account name and roles. No password, no key."""

    naam: str
    rollen: frozenset[Role]

    def may(self, permission: Permission) -> bool:
        return any(permission in ROLE_PERMISSIONS[r] for r in self.rollen)

    @property
    def role_labels(self) -> str:
        return ", ".join(ROLE_LABELS[r] for r in Role if r in self.rollen)


class PermissionDeniedError(UserError):
    def __init__(self, permission: Permission, actor: Actor | None) -> None:
        who = f"Account {actor.naam}" if actor else "Niemand is aangemeld en"
        super().__init__(f"{who} mag dit niet ({permission.value}). Er is niets veranderd.")
        self.permission = permission


def actor_of(session: Session) -> Actor | None:
    actor = session.actor
    return actor if isinstance(actor, Actor) else None


def may(session: Session, permission: Permission) -> bool:
    actor = actor_of(session)
    return actor is not None and actor.may(permission)


def require(session: Session, permission: Permission) -> Actor:
    """Refuse (PermissionDeniedError, logged in the audit trail) unless the actor may."""
    actor = actor_of(session)
    if actor is None or not actor.may(permission):
        from app.security.audit import audit

        audit(session, "toegang", "recht", permission.value, result="geweigerd")
        raise PermissionDeniedError(permission, actor)
    return actor


def require_any(session: Session, *permissions: Permission) -> Actor:
    """Like :func:`require`, for an action either of two roles may take; refuses (and logs)
    with the first permission named."""
    actor = actor_of(session)
    if actor is not None and any(actor.may(p) for p in permissions):
        return actor
    return require(session, permissions[0])


@contextmanager
def acting_as(session: Session, naam: str, *rollen: Role) -> Iterator[Actor]:
    """Temporarily act with other roles, e.g. the demo seeder filling every part of the product
    (its lines in the audit trail carry *naam*). Restores the signed-in actor afterwards."""
    previous = session.actor
    actor = Actor(naam, frozenset(rollen))
    session.actor = actor
    try:
        yield actor
    finally:
        session.actor = previous
