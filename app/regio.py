"""Regional settings as the pure engines' parameters: the onderwijsroute's age limit for the
route advice and the months for a route change for the deadlines (defaults 28 and 18)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.deadlines.engine import STANDAARD_REGELS as TERMIJN_STANDAARD
from app.deadlines.engine import TermijnRegels
from app.routes.advice import STANDAARD_REGELS as ADVIES_STANDAARD
from app.routes.advice import AdviesRegels
from app.settings import Settings, settings_path


def _settings(store: Any) -> Settings:
    path = getattr(store, "path", None)
    return Settings.load(settings_path(path.parent)) if path is not None else Settings()


def advies_regels(store: Any) -> AdviesRegels:
    s = _settings(store)
    return replace(ADVIES_STANDAARD, max_leeftijd_onderwijsroute=s.onderwijsroute_max_leeftijd)


def termijn_regels(store: Any) -> TermijnRegels:
    return replace(TERMIJN_STANDAARD, routewissel_maanden=_settings(store).routewissel_maanden)
