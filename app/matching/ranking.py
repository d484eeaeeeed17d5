"""The shared rankings of the global assignment, merged lazily.

Newcomers who differ only in their themes and own gender share one ranking of the pool per home
municipality (see :func:`app.matching.assign._candidates`). Sorting all allowed key persons for
each such ranking cost ~2 ms each and half the assignment's time, while a newcomer's walk
reads only its top few hundred. But a key person's score there is their fixed points plus
distance points that depend only on where they live and travel (`pool.afstand_sleutel`) and
an origin bonus: within one group of equal distance key and origin the order is the order of
the fixed points, the same for every municipality. So each profile sorts its groups once, and a
ranking merges the groups' heads, only as far as someone walks.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from app.matching.pool import Pool

CHUNK = 128  # entries merged at a time


@dataclass(frozen=True)
class Groep:
    eerste: int  # one member's index: the group's distance points are theirs
    zelfde_herkomst: bool
    leden: list[tuple[float, int]]  # (language + fixed points, -index), best first


def groepen(allowed: list[tuple[int, float, bool]], pool: Pool) -> list[Groep]:
    """*allowed* (index, language + fixed points, same origin?) in groups of equal distance
    key and origin, each sorted once."""
    by_key: dict[tuple[object, bool], list[tuple[float, int]]] = {}
    sleutel = pool.afstand_sleutel
    for n, punten, same in allowed:
        by_key.setdefault((sleutel[n], same), []).append((punten, -n))
    result = []
    for (_key, same), leden in by_key.items():
        leden.sort(reverse=True)
        result.append(Groep(-leden[0][1], same, leden))
    return result


class Ranking:
    """(score without themes and own gender, -index) in falling score, merged on demand from
    the groups; the additions in the order `rangschik` makes them, so the sums are the same to
    the last bit. Equal scores may come in any order: the walk's top does not depend on it."""

    __slots__ = ("_heap", "_leden", "_plus", "_wens", "entries")

    def __init__(
        self, groups: list[Groep], afstand: list[float], herkomst: float, wens: float | None
    ) -> None:
        self.entries: list[tuple[float, int]] = []
        self._leden = [gr.leden for gr in groups]
        # per group what is added to the fixed points: (distance, origin bonus or None)
        self._plus = [
            (afstand[gr.eerste], herkomst if gr.zelfde_herkomst else None) for gr in groups
        ]
        self._heap: list[tuple[float, int, int, int]] = []
        self._wens = wens
        for nr, leden in enumerate(self._leden):
            punten, minus_n = leden[0]
            self._heap.append((-self._score(nr, punten), -minus_n, nr, 0))
        heapq.heapify(self._heap)

    def _score(self, nr: int, punten: float) -> float:
        afstand, herkomst = self._plus[nr]
        score = punten + afstand
        if herkomst is not None:
            score += herkomst
        if self._wens is not None:
            score += self._wens
        return score

    def grow(self) -> bool:
        """Merge the next entries onto :attr:`entries`; False when everyone is in."""
        heap, leden, entries = self._heap, self._leden, self.entries
        if not heap:
            return False
        for _ in range(max(CHUNK, len(entries))):
            if not heap:
                break
            minus_score, n, nr, pos = heap[0]
            entries.append((-minus_score, -n))
            pos += 1
            group = leden[nr]
            if pos < len(group):
                punten, minus_n = group[pos]
                heapq.heapreplace(heap, (-self._score(nr, punten), -minus_n, nr, pos))
            else:
                heapq.heappop(heap)
        return True
