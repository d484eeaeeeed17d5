"""PIP content to and from JSON-able dicts (storage and the version diff)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from app.pip.model import (
    Afspraak,
    Map,
    Ontzorgen,
    PipInhoud,
    Pvt,
    Routekeuze,
    SleutelpersoonRol,
    Voortgangsgesprek,
)


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def inhoud_to_dict(inhoud: PipInhoud) -> dict[str, Any]:
    result = _plain(inhoud)
    assert isinstance(result, dict)
    return result


def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _m(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


def _i(value: Any) -> int | None:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None


def inhoud_from_dict(data: Mapping[str, Any]) -> PipInhoud:
    r, pvt, mp = _m(data, "route"), _m(data, "pvt"), _m(data, "map")
    oz, sp = _m(data, "ontzorgen"), _m(data, "sleutelpersoon")
    return PipInhoud(
        route=Routekeuze(
            leerroute=str(r.get("leerroute", "")),
            niveau=str(r.get("niveau", "")),
            alfabetisering=str(r.get("alfabetisering", "NVT")),
            mag_opleiding_afmaken=bool(r.get("mag_opleiding_afmaken", False)),
            intensiteit_uren=_i(r.get("intensiteit_uren")),
            advies=str(r.get("advies", "")),
            advies_redenen=tuple(str(x) for x in r.get("advies_redenen", ())),
            motivering=str(r.get("motivering", "")),
            waarom_niet_andere=str(r.get("waarom_niet_andere", "")),
            reden_afwijking=str(r.get("reden_afwijking", "")),
        ),
        begeleiding=str(data.get("begeleiding", "")),
        taalschakeltraject=str(data.get("taalschakeltraject", "")),
        knm=str(data.get("knm", "")),
        pvt=Pvt(
            str(pvt.get("inhoud", "")),
            _i(pvt.get("uren")),
            _d(pvt.get("datum_ondertekening")),
            bool(pvt.get("afgerond", False)),
        ),
        map=Map(
            str(mp.get("inhoud", "")),
            _i(mp.get("uren")),
            _d(mp.get("datum_eindgesprek")),
            bool(mp.get("afgerond", False)),
        ),
        ontzorgen=Ontzorgen(
            tuple(str(x) for x in oz.get("posten", ())),
            _d(oz.get("startdatum")),
            bool(oz.get("machtiging_getekend", False)),
        ),
        maatschappelijke_begeleiding=str(data.get("maatschappelijke_begeleiding", "")),
        randvoorwaarden=str(data.get("randvoorwaarden", "")),
        participatie=str(data.get("participatie", "")),
        afspraken=tuple(
            Afspraak(str(a["wie"]), str(a["wat"]), _d(a.get("datum")), bool(a.get("afgerond")))
            for a in data.get("afspraken", ())
        ),
        voortgangsgesprekken=tuple(
            Voortgangsgesprek(
                date.fromisoformat(g["datum"]), str(g.get("onderwerp", "")), bool(g.get("gehouden"))
            )
            for g in data.get("voortgangsgesprekken", ())
        ),
        sleutelpersoon=SleutelpersoonRol(
            tuple(str(x) for x in sp.get("rollen", ())),
            str(sp.get("sleutelpersoon_id", "")),
            str(sp.get("naam", "")),
            str(sp.get("toelichting", "")),
        ),
    )


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else key, inner, out)
    else:
        out[prefix] = value


def diff(old: PipInhoud, new: PipInhoud) -> list[tuple[str, Any, Any]]:
    """Changed fields between two versions as (dotted field, old value, new value)."""
    a: dict[str, Any] = {}
    b: dict[str, Any] = {}
    _flatten("", inhoud_to_dict(old), a)
    _flatten("", inhoud_to_dict(new), b)
    return [(k, a.get(k), b.get(k)) for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
