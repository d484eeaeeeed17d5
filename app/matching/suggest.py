"""Ranked suggestions for one newcomer from the regional pool."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.matching.afstanden import Afstanden
from app.matching.model import Gewichten, Kandidaat, Uitkomst, Vraag, familie
from app.matching.score import Voorbereid, beoordeel, bereken, score_of, voorbereid


class Pool:
    """The candidates, indexed by language family so only people who could talk with the
    newcomer are scored. Build it once and reuse it for many questions."""

    def __init__(self, kandidaten: Iterable[Kandidaat]) -> None:
        self.kandidaten: tuple[Kandidaat, ...] = tuple(kandidaten)
        self.by_id = {k.id: k for k in self.kandidaten}
        index: dict[str, list[Kandidaat]] = {}
        for k in self.kandidaten:
            for fam in {familie(code) for code in k.talen}:
                index.setdefault(fam, []).append(k)
        self.per_familie = index

    def __len__(self) -> int:
        return len(self.kandidaten)

    def met_taal(self, p: Voorbereid) -> list[Kandidaat]:
        families = list(p.per_familie)
        if len(families) == 1:
            return self.per_familie.get(families[0], [])
        seen: dict[str, Kandidaat] = {}
        for fam in families:
            for k in self.per_familie.get(fam, ()):
                seen[k.id] = k
        return list(seen.values())


@dataclass(frozen=True)
class Suggesties:
    vraag: Vraag
    ranglijst: tuple[Uitkomst, ...]
    uitgesloten: Mapping[str, int] = field(default_factory=dict)  # rule → how many
    zonder_taal: int = 0  # candidates without any shared language


def _rule(reason: str) -> str:
    return reason.split(":")[0]


def scores(
    p: Voorbereid, pool: Pool, g: Gewichten, afst: Afstanden
) -> tuple[list[tuple[float, Kandidaat]], Counter[str]]:
    """Score every candidate who shares a language; returns (score, candidate) and exclusions."""
    scored: list[tuple[float, Kandidaat]] = []
    excluded: Counter[str] = Counter()
    for k in pool.met_taal(p):
        result = bereken(p, k, g, afst)
        if isinstance(result, str):
            excluded[_rule(result)] += 1
        else:
            scored.append((score_of(result), k))
    return scored, excluded


def suggest(
    vraag: Vraag,
    pool: Pool,
    g: Gewichten,
    afst: Afstanden,
    gemeenten: Mapping[str, str],
    aantal: int = 10,
) -> Suggesties:
    p = voorbereid(vraag, g)
    scored, excluded = scores(p, pool, g, afst)
    best = heapq.nsmallest(aantal, scored, key=lambda sk: (-sk[0], sk[1].naam, sk[1].id))
    ranked = tuple(beoordeel(p, k, g, afst, gemeenten) for _, k in best)
    reachable = sum(excluded.values()) + len(scored)
    return Suggesties(vraag, ranked, dict(excluded), len(pool) - reachable)


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
