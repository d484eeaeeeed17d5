"""Scoring on hand-made cases: which candidate comes first, who is excluded, and why."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from app.matching.afstanden import achterhoek
from app.matching.model import Gewichten, Kandidaat, Vraag
from app.matching.pool import Pool
from app.matching.suggest import Suggesties, explain, suggest, with_new_match
from tests.support.sleutelpersonen import GEMEENTEN, kandidaat, vraag
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)

G = Gewichten()


def run(v: Vraag, *ks: Kandidaat, g: Gewichten = G) -> Suggesties:
    return suggest(v, Pool(ks), g, achterhoek(), GEMEENTEN)


def order(result: Suggesties) -> list[str]:
    return [u.kandidaat_id for u in result.ranglijst]


CASES: list[tuple[str, dict[str, Any], list[Kandidaat], list[str]]] = [
    (
        "language beats origin: a Tigrinya speaker from Ethiopia before an Arabic speaker "
        "from Eritrea",
        {"talen": {"ti": "moedertaal", "ar": "goed"}},
        [
            kandidaat("arabisch", talen={"ar": "moedertaal"}, landen=frozenset({"ER"})),
            kandidaat("tigrinya", talen={"ti": "moedertaal"}, landen=frozenset({"ET"})),
        ],
        ["tigrinya", "arabisch"],
    ),
    (
        "no shared language excludes, even from the same country",
        {},
        [
            kandidaat("zelfde_land", talen={"ar": "moedertaal", "nl": "goed"}),
            kandidaat("ander_land", landen=frozenset({"ET"})),
        ],
        ["ander_land"],
    ),
    (
        "a bridge language the newcomer speaks well counts, below their own language",
        {"talen": {"ti": "moedertaal", "en": "goed"}},
        [
            kandidaat("engels", talen={"en": "vloeiend"}, landen=frozenset()),
            kandidaat("tigrinya", landen=frozenset()),
        ],
        ["tigrinya", "engels"],
    ),
    (
        "a bridge language the newcomer barely speaks does not count",
        {"talen": {"ti": "moedertaal", "en": "beginner"}},
        [kandidaat("engels", talen={"en": "moedertaal"})],
        [],
    ),
    (
        "gender preference excludes",
        {"voorkeur_geslacht": "V", "geslacht": "V"},
        [kandidaat("man", geslacht="M"), kandidaat("vrouw", geslacht="V", dagen_sinds_inzet=5)],
        ["vrouw"],
    ),
    (
        "'not from my own community' excludes same-origin candidates when the officer says so",
        {"niet_eigen_gemeenschap": True, "eigen_gemeenschap_beleid": "uitsluiten"},
        [kandidaat("eritrea"), kandidaat("ethiopie", landen=frozenset({"ET"}))],
        ["ethiopie"],
    ),
    (
        "… or only demotes them",
        {"niet_eigen_gemeenschap": True, "eigen_gemeenschap_beleid": "lager"},
        [kandidaat("eritrea"), kandidaat("ethiopie", landen=frozenset({"ET"}))],
        ["ethiopie", "eritrea"],
    ),
    (
        "capacity excludes: 15 of 16 hours used and a new match needs 2",
        {},
        [kandidaat("vol", ingezet_uren=15.0), kandidaat("ruimte", ingezet_uren=1.0)],
        ["ruimte"],
    ),
    (
        "inactive key persons are never suggested",
        {},
        [kandidaat("gepauzeerd", actief=False, status="gepauzeerd"), kandidaat("actief")],
        ["actief"],
    ),
    (
        "a conflict of interest excludes",
        {"uitgesloten": {"neef": "familie"}},
        [kandidaat("neef"), kandidaat("ander")],
        ["ander"],
    ),
    (
        "nearby before far away, all else equal",
        {"gemeentecode": "0294"},
        [kandidaat("montferland", gemeentecode="1955"), kandidaat("aalten", gemeentecode="0197")],
        ["aalten", "montferland"],
    ),
    (
        "the less busy one first, all else equal",
        {},
        [kandidaat("druk", ingezet_uren=12.0), kandidaat("rustig", ingezet_uren=2.0)],
        ["rustig", "druk"],
    ),
    (
        "themes the intake asks for count",
        {"themas": ("gezondheid", "opvoeding")},
        [
            kandidaat("werk", themas=frozenset({"werk_inkomen"})),
            kandidaat("gezondheid", themas=frozenset({"gezondheid", "opvoeding"})),
        ],
        ["gezondheid", "werk"],
    ),
    (
        "same dialect before another dialect of Arabic",
        {"land_herkomst": "SY", "talen": {"apc": "moedertaal"}, "voorkeurstaal": "apc"},
        [
            kandidaat("soedanees", talen={"apd": "moedertaal"}, landen=frozenset()),
            kandidaat("levantijns", talen={"apc": "moedertaal"}, landen=frozenset()),
        ],
        ["levantijns", "soedanees"],
    ),
]


@pytest.mark.parametrize(("name", "v", "ks", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_scoring_table(
    name: str, v: dict[str, Any], ks: list[Kandidaat], expected: list[str]
) -> None:
    assert order(run(vraag(**v), *ks)) == expected, name


def test_score_is_the_sum_of_its_parts_and_reasons_are_plain_dutch() -> None:
    k = kandidaat("selam", ingezet_uren=14.0, themas=frozenset({"gezondheid"}))
    u = run(vraag(themas=("gezondheid",)), k).ranglijst[0]
    assert u.score == pytest.approx(sum(d.punten for d in u.delen), abs=0.01)
    assert "spreekt Tigrinya (moedertaal)" in u.voor
    assert "woont in Winterswijk, 0 km" in u.voor
    assert "komt ook uit Eritrea" in u.voor
    assert "heeft deze maand al 14 van 16 uur ingezet" in u.tegen


def test_excluded_candidate_explained_with_the_rule() -> None:
    k = kandidaat("man", geslacht="M")
    u = explain(vraag(voorkeur_geslacht="V"), k, G, achterhoek(), GEMEENTEN)
    assert u.uitgesloten == "de inburgeraar wil liever een vrouw"
    result = run(vraag(voorkeur_geslacht="V"), k)
    assert result.ranglijst == ()
    assert result.uitgesloten == {"ander geslacht dan gewenst": 1}


def test_demotion_reason_names_the_preference() -> None:
    v = vraag(niet_eigen_gemeenschap=True, eigen_gemeenschap_beleid="lager")
    u = run(v, kandidaat("eritrea")).ranglijst[0]
    assert any("eigen gemeenschap" in r for r in u.tegen)


def test_workload_spreads_over_repeated_assignments() -> None:
    pool = Pool([kandidaat("a", capaciteit_uren=16.0), kandidaat("b", capaciteit_uren=16.0)])
    chosen: list[str] = []
    for n in range(6):
        best = suggest(vraag(inburgeraar_id=f"c{n}"), pool, G, achterhoek(), GEMEENTEN)
        chosen.append(best.ranglijst[0].kandidaat_id)
        pool = with_new_match(pool, [chosen[-1]])
    assert chosen.count("a") == 3 and chosen.count("b") == 3


def test_weights_are_arguments() -> None:
    ks = [kandidaat("ver", gemeentecode="1955"), kandidaat("dichtbij", ingezet_uren=10.0)]
    assert order(run(vraag(), *ks))[0] == "dichtbij"
    only_workload = Gewichten(afstand=0.0)
    assert order(run(vraag(), *ks, g=only_workload))[0] == "ver"


def test_fast_ranking_agrees_with_the_worded_score() -> None:
    """The ranking uses the prepared pool; what is shown uses the parts: they must agree."""
    import random

    from app.matching.pool import rangschik
    from app.matching.score import bereken, score_of, voorbereid
    from tests.bench.pool import kandidaten, vragen

    rng = random.Random(7)
    pool = Pool(kandidaten(300, rng))
    for v in vragen(40, rng):
        beleid = rng.choice(("uitsluiten", "lager"))
        v = replace(v, eigen_gemeenschap_beleid=beleid)
        p = voorbereid(v, G)
        scored, excluded, zonder_taal = rangschik(p, pool, G, achterhoek())
        fast = {-m: s for s, m in scored}
        slow_excluded = 0
        for n, k in enumerate(pool.kandidaten):
            slow = bereken(p, k, G, achterhoek())
            if isinstance(slow, str):
                assert n not in fast
                slow_excluded += 1
            else:
                assert fast[n] == pytest.approx(score_of(slow), abs=0.011)
        assert slow_excluded == sum(excluded.values()) + zonder_taal


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"taal": "veel"}, "taal"),
        ({"brugtaal_factor": "1,5"}, "brugtaal_factor"),
        ({"eigen_gemeenschap": "5"}, "eigen_gemeenschap"),
        ({"uren_per_koppeling": "0"}, "uren_per_koppeling"),
        ({"min_niveau": "perfect"}, "min_niveau"),
        ({"onbekend": "1"}, "onbekend"),
    ],
)
def test_stored_weights_are_validated(values: dict[str, str], field: str) -> None:
    from app.matching.instellingen import gewichten_uit
    from app.validation import ValidationError

    with pytest.raises(ValidationError) as caught:
        gewichten_uit(values)
    assert field in caught.value.errors
    assert gewichten_uit({"taal": "55,5", "lang_niet_gevraagd_dagen": "30"}).taal == 55.5
