from __future__ import annotations

from app.security.roles import Actor, Role
from db.connection import Store


def act_as(store: Store, *roles: Role, naam: str = "tester") -> Store:
    store.actor = Actor(naam, frozenset(roles))
    return store
