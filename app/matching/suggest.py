"""Ranked suggestions for one newcomer from the regional pool."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.matching.afstanden import Afstanden
from app.matching.model import Gewichten, Kandidaat, Uitkomst, Vraag
from app.matching.pool import Pool, rangschik
from app.matching.score import beoordeel, voorbereid


@dataclass(frozen=True)
class Suggesties:
    vraag: Vraag
    ranglijst: tuple[Uitkomst, ...]
    uitgesloten: Mapping[str, int] = field(default_factory=dict)  # rule → how many
    zonder_taal: int = 0  # candidates without any shared language


def suggest(
    vraag: Vraag,
    pool: Pool,
    g: Gewichten,
    afst: Afstanden,
    gemeenten: Mapping[str, str],
    aantal: int = 10,
) -> Suggesties:
    p = voorbereid(vraag, g)
    scored, excluded, zonder_taal = rangschik(p, pool, g, afst)
    best = heapq.nlargest(aantal, scored)
    ranked = tuple(beoordeel(p, pool.kandidaten[-m], g, afst, gemeenten) for _, m in best)
    return Suggesties(vraag, ranked, dict(excluded), zonder_taal)


def explain(
    vraag: Vraag,
    kandidaat: Kandidaat,
    g: Gewichten,
    afst: Afstanden,
    gemeenten: Mapping[str, str],
) -> Uitkomst:
    """Score one chosen candidate (also when excluded), e.g. when the officer picks someone else."""
    return beoordeel(voorbereid(vraag, g), kandidaat, g, afst, gemeenten)


def with_new_match(pool: Pool, chosen: Sequence[str]) -> Pool:
    """The pool after matches with *chosen* (ids, repeats allowed): their workload goes up."""
    from dataclasses import replace

    extra = Counter(chosen)
    return Pool(
        replace(k, nieuwe_koppelingen=k.nieuwe_koppelingen + extra[k.id]) if k.id in extra else k
        for k in pool.kandidaten
    )
