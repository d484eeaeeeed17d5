"""Assign all waiting newcomers at once: a global assignment that respects capacity and spreads
the work, solved with an auction (Bertsekas) over key-person "slots".

Each key person offers as many slots as their free hours allow (one slot = the expected hours of
a new match). The k-th extra slot of a person costs what their workload part of the score loses
by then, so filling one person up is worth less than spreading over several: the costs are
convex, and the auction maximises the total score over all newcomers, not one at a time.
Leaving a newcomer unassigned is always possible (value 0), so the auction ends also when
capacity falls short.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from app.matching.afstanden import Afstanden
from app.matching.model import Gewichten, Vraag
from app.matching.pool import Pool, rangschik, talen_van
from app.matching.ranking import Groep, Ranking, groepen
from app.matching.score import belasting, voorbereid
from app.sorting import drop_in_steps

OFFSET = 1000.0  # makes every allowed pair worth more than staying unassigned
EPSILONS = (8.0, 1.0, 0.1, 0.02)


@dataclass(frozen=True)
class Toewijzing:
    koppelingen: Mapping[str, str | None]  # inburgeraar id → key person id (None: nobody fits)
    scores: Mapping[str, float]  # inburgeraar id → score of the pair (with the slot's workload)
    per_sleutelpersoon: Mapping[str, int]
    biedingen: int

    @property
    def totaal(self) -> float:
        return round(sum(self.scores.values()), 2)

    @property
    def niet_gekoppeld(self) -> list[str]:
        return [i for i, k in self.koppelingen.items() if k is None]


def _slots(pool: Pool, g: Gewichten) -> list[int]:
    result = []
    for k in pool.kandidaten:
        free = k.capaciteit_uren - belasting(k, g)
        result.append(max(0, math.floor(free / g.uren_per_koppeling + 1e-9)) if k.actief else 0)
    return result


def _candidates(
    vragen: Sequence[Vraag], pool: Pool, g: Gewichten, afst: Afstanden, top: int
) -> list[list[tuple[int, float]]]:
    """Each newcomer's *top* candidates (index, value), exactly as ranking each newcomer
    against the whole pool would give them, with far less scoring.

    Newcomers who differ only in their themes and own gender (the parts that depend on the
    newcomer and the key person together but are small) share one ranking of the pool; the
    hard rules (language, status, capacity, wanted gender, own community) are applied there
    once. Per newcomer the shared ranking is walked from the top, adding those parts, until
    no one further down can still enter the top.
    """
    allowed: dict[tuple[object, ...], list[Groep]] = {}
    shared: dict[tuple[object, ...], Ranking] = {}
    result = []
    for vraag in vragen:
        if vraag.uitgesloten or g.themas < 0 or g.geslacht < 0:
            scored, _, _ = rangschik(voorbereid(vraag, g), pool, g, afst)
            best = heapq.nlargest(top, scored)
        else:
            key = _profiel(vraag)
            ranking = shared.get((*key, vraag.gemeentecode))
            if ranking is None:
                if key not in allowed:
                    allowed[key] = groepen(_toegestaan(vraag, pool, g), pool)
                ranking = shared[(*key, vraag.gemeentecode)] = _ranking(
                    vraag, allowed[key], pool, g, afst
                )
            best = _walk(vraag, ranking, pool, g, top)
        result.append([(-m, s + OFFSET) for s, m in best])
    return result


def _profiel(v: Vraag) -> tuple[object, ...]:
    return (
        tuple(sorted(v.talen.items())),
        v.voorkeurstaal,
        v.land_herkomst,
        v.voorkeur_geslacht if v.voorkeur_geslacht in ("V", "M") else "",
        v.niet_eigen_gemeenschap,
        v.eigen_gemeenschap_beleid,
    )


def _toegestaan(v: Vraag, pool: Pool, g: Gewichten) -> list[tuple[int, float, bool]]:
    """The candidates the hard rules allow for this profile (shared usable language, active,
    free hours, wanted gender, own community), as (index, language + fixed points, same
    origin?): the part of `rangschik` that does not depend on the home municipality."""
    p = voorbereid(replace(v, themas=(), geslacht=""), g)
    vast = pool.vast(g)
    kandidaten, regel, basis = pool.kandidaten, vast.regel, vast.basis
    wens = v.voorkeur_geslacht if v.voorkeur_geslacht in ("V", "M") else ""
    uitsluiten = v.niet_eigen_gemeenschap and v.eigen_gemeenschap_beleid == "uitsluiten"
    result = []
    for n, factor in talen_van(p, pool, g).items():
        k = kandidaten[n]
        if regel[n] is not None or (wens and k.geslacht != wens):
            continue
        same_origin = v.land_herkomst in k.landen
        if same_origin and uitsluiten:
            continue
        result.append((n, g.taal * factor + basis[n], same_origin))
    return result


def _ranking(v: Vraag, groups: list[Groep], pool: Pool, g: Gewichten, afst: Afstanden) -> Ranking:
    afstand = pool.afstand(g, v.gemeentecode, afst)
    herkomst = g.eigen_gemeenschap if v.niet_eigen_gemeenschap else g.herkomst
    return Ranking(
        groups, afstand, herkomst, g.geslacht if v.voorkeur_geslacht in ("V", "M") else None
    )


def _walk(
    v: Vraag, ranking: Ranking, pool: Pool, g: Gewichten, top: int
) -> list[tuple[float, int]]:
    """The top of *ranking* once this newcomer's themes and own gender are added, in the order
    and with the sums `rangschik` gives (same floating-point steps, same tie-break)."""
    wens = v.voorkeur_geslacht in ("V", "M")
    zelfde = v.geslacht if v.geslacht in ("V", "M") and not wens else ""
    half = g.geslacht / 2
    n_themas = len(frozenset(v.themas))
    mijn = pool.themas_masker(v.themas)
    # the theme points per number of shared themes, as `rangschik` computes them
    punten = [g.themas * c / n_themas for c in range(n_themas + 1)] if n_themas else [0.0]
    slack = (g.themas if n_themas else 0.0) + (half if zelfde else 0.0)
    heap: list[tuple[float, int]] = []
    lowest = -math.inf  # the top's lowest score once it is full
    geslachten, maskers = pool.geslacht, pool.thema_masker
    entries = ranking.entries
    i = 0
    while i < len(entries) or ranking.grow():
        base, m = entries[i]
        i += 1
        if base + slack < lowest:
            break  # sorted: nobody further down can reach the top any more
        score = base
        if zelfde and geslachten[-m] == zelfde:
            score += half
        if n_themas:
            score += punten[(maskers[-m] & mijn).bit_count()]
        if score < lowest:
            continue  # (equal scores still compete: the higher -index wins the tie)
        entry = (score, m)
        if len(heap) < top:
            heapq.heappush(heap, entry)
            if len(heap) == top:
                lowest = heap[0][0]
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
            lowest = heap[0][0]
    return sorted(heap, reverse=True)


def _slot_cost(g: Gewichten, capaciteit: float, k: int) -> float:
    return g.werkdruk * k * g.uren_per_koppeling / capaciteit


def assign_all(
    vragen: Sequence[Vraag], pool: Pool, g: Gewichten, afst: Afstanden, top: int = 30
) -> Toewijzing:
    cands = _candidates(vragen, pool, g, afst, top)
    slots = _slots(pool, g)
    heaps: list[list[tuple[float, int]]] = []
    for j, k in enumerate(pool.kandidaten):
        heaps.append([(_slot_cost(g, k.capaciteit_uren, s), s) for s in range(slots[j])])
    cost: dict[tuple[int, int], float] = {(j, s): c for j, h in enumerate(heaps) for c, s in h}
    owner: dict[tuple[int, int], int] = {}
    held: list[tuple[int, int] | None] = [None] * len(vragen)
    bids = 0
    queue = [i for i in range(len(vragen)) if cands[i]]
    for eps in EPSILONS:
        # Prices and assignments carry over; whoever is no longer within eps of their best
        # option bids again. (Resetting would strand slots whose price exceeds every value.)
        queue.extend(_unhappy(cands, heaps, cost, held, owner, eps))
        while queue:
            i = queue.pop()
            bids += 1
            won = _bid(i, cands[i], heaps, cost, eps)
            if won is None:
                continue
            previous = owner.get(won)
            if previous is not None:
                held[previous] = None
                queue.append(previous)
            owner[won] = i
            held[i] = won
    result = _result(vragen, pool, g, cands, held, bids)
    # 60,000 lists of 30 (index, value) pairs, freed at once on return, held the GIL ~70 ms.
    drop_in_steps(cands, 128)
    drop_in_steps(heaps, 256)
    return result


def _unhappy(
    cands: list[list[tuple[int, float]]],
    heaps: list[list[tuple[float, int]]],
    cost: dict[tuple[int, int], float],
    held: list[tuple[int, int] | None],
    owner: dict[tuple[int, int], int],
    eps: float,
) -> list[int]:
    result = []
    for i, won in enumerate(held):
        if won is None:
            continue
        value = next(v for j, v in cands[i] if j == won[0]) - cost[won]
        best = max((v - heaps[j][0][0] for j, v in cands[i] if heaps[j]), default=0.0)
        if value < best - eps:
            held[i] = None
            del owner[won]
            result.append(i)
    return result


def _bid(
    i: int,
    options: list[tuple[int, float]],
    heaps: list[list[tuple[float, int]]],
    cost: dict[tuple[int, int], float],
    eps: float,
) -> tuple[int, int] | None:
    best_val, second, best_j, best_value = 0.0, 0.0, -1, 0.0
    for j, value in options:
        heap = heaps[j]
        if not heap:
            continue
        v = value - heap[0][0]
        if v > best_val:
            second, best_val, best_j, best_value = best_val, v, j, value
        elif v > second:
            second = v
    if best_j < 0:
        return None
    heap = heaps[best_j]
    if len(heap) > 1:
        next_cost = heap[1][0] if len(heap) == 2 else min(heap[1][0], heap[2][0])
        second = max(second, best_value - next_cost)
    old, slot = heap[0]
    # Never above what the slot is worth to the bidder: a slot priced out of everyone's reach
    # would stay empty while newcomers wait (the "unassigned" option is worth 0).
    new = min(old + best_val - second + eps, old + best_val)
    heapq.heapreplace(heap, (new, slot))
    cost[(best_j, slot)] = new
    return (best_j, slot)


def _result(
    vragen: Sequence[Vraag],
    pool: Pool,
    g: Gewichten,
    cands: list[list[tuple[int, float]]],
    held: list[tuple[int, int] | None],
    bids: int,
) -> Toewijzing:
    koppelingen: dict[str, str | None] = {}
    pair_scores: dict[str, float] = {}
    counts: Counter[str] = Counter()
    for i, vraag in enumerate(vragen):
        won = held[i]
        if won is None:
            koppelingen[vraag.inburgeraar_id] = None
            continue
        j = won[0]
        k = pool.kandidaten[j]
        value = next(v for jj, v in cands[i] if jj == j) - OFFSET
        # The n-th newcomer of a key person carries the n-th slot's workload cost.
        cost = _slot_cost(g, k.capaciteit_uren, counts[k.id])
        koppelingen[vraag.inburgeraar_id] = k.id
        counts[k.id] += 1
        pair_scores[vraag.inburgeraar_id] = round(value - cost, 2)
    return Toewijzing(koppelingen, pair_scores, dict(counts), bids)
