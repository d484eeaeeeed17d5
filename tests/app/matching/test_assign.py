"""Assign all waiting newcomers at once: capacity holds, work is spread, the total is good."""

from __future__ import annotations

import itertools

from app.matching.afstanden import achterhoek
from app.matching.assign import assign_all
from app.matching.model import Gewichten
from app.matching.pool import Pool
from app.matching.score import bereken, score_of, voorbereid
from tests.support.sleutelpersonen import kandidaat, vraag
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)

G = Gewichten()


def test_capacity_is_respected_and_the_rest_stays_unassigned() -> None:
    pool = Pool([kandidaat("a", capaciteit_uren=4.0), kandidaat("b", capaciteit_uren=2.0)])
    vragen = [vraag(inburgeraar_id=f"c{n}") for n in range(5)]
    result = assign_all(vragen, pool, G, achterhoek())
    assert result.per_sleutelpersoon == {"a": 2, "b": 1}
    assert len(result.niet_gekoppeld) == 2


def test_work_is_spread_where_a_greedy_pass_would_pile_it_up() -> None:
    # "a" is slightly better for everyone; greedy would give "a" all four (capacity 8 hours).
    pool = Pool(
        [
            kandidaat("a", capaciteit_uren=8.0, themas=frozenset({"gezondheid"})),
            kandidaat("b", capaciteit_uren=8.0),
            kandidaat("c", capaciteit_uren=8.0),
        ]
    )
    vragen = [vraag(inburgeraar_id=f"c{n}", themas=("gezondheid",)) for n in range(4)]
    result = assign_all(vragen, pool, G, achterhoek())
    assert max(result.per_sleutelpersoon.values()) <= 2
    assert not result.niet_gekoppeld


def test_each_newcomer_gets_someone_they_can_talk_with() -> None:
    pool = Pool(
        [
            kandidaat("tigrinya"),
            kandidaat("dari", talen={"prs": "moedertaal"}, landen=frozenset({"AF"})),
        ]
    )
    vragen = [
        vraag(inburgeraar_id="eritrea"),
        vraag(inburgeraar_id="afghanistan", talen={"prs": "moedertaal"}, voorkeurstaal="prs"),
    ]
    result = assign_all(vragen, pool, G, achterhoek())
    assert result.koppelingen == {"eritrea": "tigrinya", "afghanistan": "dari"}


def test_total_matches_brute_force_on_a_small_case() -> None:
    ks = [
        kandidaat("a", capaciteit_uren=4.0, gemeentecode="0294"),
        kandidaat("b", capaciteit_uren=2.0, gemeentecode="0197", themas=frozenset({"onderwijs"})),
        kandidaat("c", capaciteit_uren=2.0, gemeentecode="1955", ingezet_uren=0.0),
    ]
    vragen = [
        vraag(inburgeraar_id="x", gemeentecode="0294"),
        vraag(inburgeraar_id="y", gemeentecode="1955", themas=("onderwijs",)),
        vraag(inburgeraar_id="z", gemeentecode="0197", themas=("onderwijs",)),
    ]
    pool = Pool(ks)
    result = assign_all(vragen, pool, G, achterhoek())
    best = _brute_force(vragen, ks)
    assert result.totaal >= best - 0.5


def _brute_force(vragen, ks) -> float:  # type: ignore[no-untyped-def]
    best = float("-inf")
    slots = {"a": 2, "b": 1, "c": 1}
    for combo in itertools.product([k.id for k in ks], repeat=len(vragen)):
        if any(combo.count(k) > s for k, s in slots.items()):
            continue
        total = 0.0
        used: dict[str, int] = {}
        for v, kid in zip(vragen, combo, strict=True):
            k = next(x for x in ks if x.id == kid)
            parts = bereken(voorbereid(v, G), k, G, achterhoek())
            assert not isinstance(parts, str)
            n = used.get(kid, 0)
            used[kid] = n + 1
            total += score_of(parts) - G.werkdruk * n * G.uren_per_koppeling / k.capaciteit_uren
        best = max(best, total)
    return best
