"""Assign-all ranks newcomers through shared rankings per profile: each newcomer's candidates
(and so the whole assignment) are exactly what ranking each one against the whole pool gives."""

from __future__ import annotations

import heapq
import random
from dataclasses import replace

import pytest

from app.matching.afstanden import achterhoek
from app.matching.assign import OFFSET, _candidates, assign_all
from app.matching.model import Gewichten
from app.matching.pool import Pool, rangschik
from app.matching.score import voorbereid
from tests.bench.pool import kandidaten, vragen
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)


def reference(questions, pool, g, afst, top):  # type: ignore[no-untyped-def]
    """Every newcomer scored against the whole pool (assign-all before the shared rankings)."""
    result = []
    for v in questions:
        scored, _, _ = rangschik(voorbereid(v, g), pool, g, afst)
        result.append([(-m, s + OFFSET) for s, m in heapq.nlargest(top, scored)])
    return result


@pytest.mark.parametrize("seed", range(6))
def test_same_candidates_as_scoring_everyone(seed: int) -> None:
    rng = random.Random(seed)
    pool = Pool(kandidaten(rng.choice((60, 300, 900)), rng))
    questions = vragen(150, rng)
    # some with excluded key persons (conflict of interest), some who prefer another community
    questions = [
        replace(v, uitgesloten={pool.kandidaten[0].id: "familie"}) if i % 17 == 0 else v
        for i, v in enumerate(questions)
    ]
    questions += [replace(v, eigen_gemeenschap_beleid="lager") for v in questions[:20]]
    g = Gewichten()
    for top in (3, 30):
        assert _candidates(questions, pool, g, achterhoek(), top) == reference(
            questions, pool, g, achterhoek(), top
        )


def test_other_weights_same_candidates() -> None:
    rng = random.Random(9)
    pool = Pool(kandidaten(400, rng))
    questions = vragen(120, rng)
    for g in (Gewichten(themas=40.0, geslacht=20.0), Gewichten(themas=-5.0), Gewichten(taal=5.0)):
        assert _candidates(questions, pool, g, achterhoek(), 30) == reference(
            questions, pool, g, achterhoek(), 30
        )


def test_assignment_unchanged_and_within_capacity() -> None:
    rng = random.Random(4)
    persons = kandidaten(500, rng)
    questions = vragen(400, rng)
    g = Gewichten()
    result = assign_all(questions, Pool(persons), g, achterhoek())
    slots = {
        k.id: int((k.capaciteit_uren - k.ingezet_uren) // g.uren_per_koppeling) for k in persons
    }
    assert all(n <= slots[kid] for kid, n in result.per_sleutelpersoon.items())
    assert len(result.koppelingen) == 400


def test_ties_and_deep_walks_give_the_same_candidates() -> None:
    """Key persons alike in all but their name tie on every score: the rankings merged from
    groups must still give the top `rangschik` gives (name order breaks the tie), also when a
    walk reads far past the first merged chunk."""
    rng = random.Random(11)
    alike = [
        replace(k, id=f"{k.id}-{copy}", naam=f"{k.naam} {copy}")
        for k in kandidaten(40, rng)
        for copy in range(8)
    ]
    pool = Pool(alike + kandidaten(300, rng))
    questions = vragen(80, rng)
    for top in (1, 30, 400):
        assert _candidates(questions, pool, Gewichten(), achterhoek(), top) == reference(
            questions, pool, Gewichten(), achterhoek(), top
        )
