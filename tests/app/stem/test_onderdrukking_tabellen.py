"""Complementary suppression across tables: the four reach tables describe one population, so
their grand totals are one number. An attacker who reads two of them together (the total shown
in one, hidden in the other) must still not be able to work out a small cell."""

from __future__ import annotations

import math
from datetime import date
from itertools import combinations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.stem.onderdrukking import DREMPEL, Gepubliceerd, Pos, bounds
from app.stem.rapport import maak_rapport
from tests.support.fake_bron import FakeBron

TODAY = date(2026, 12, 1)
BEREIK = ("Bereik naar taal", "Bereik naar land van herkomst", "Bereik naar geslacht",
          "Bereik naar leeftijdsgroep")  # fmt: skip


def _grand(pub: Gepubliceerd) -> Pos:
    return (len(pub.tabel.rijen) - 1, len(pub.tabel.kolommen) - 1)


def attack(pubs: list[Gepubliceerd]) -> dict[int, set[Pos]]:
    """Per table, the small cells pinned to one non-zero value when the tables are read
    together: each table's bounds, with the shared grand total narrowed by all of them."""
    lo, hi = 0.0, math.inf
    for _ in range(20):
        before = (lo, hi)
        for pub in pubs:
            b = bounds(pub, {_grand(pub): (lo, hi)})[_grand(pub)]
            lo, hi = max(lo, b[0]), min(hi, b[1])
        if (lo, hi) == before:
            break
    found: dict[int, set[Pos]] = {}
    for i, pub in enumerate(pubs):
        if pub.verborgen:
            continue
        b = bounds(pub, {_grand(pub): (lo, hi)})
        pinned = {p for p in pub.klein if b[p][0] == b[p][1] and b[p][0] > 0}
        if pinned:
            found[i] = pinned
    return found


def _bron(people: list[tuple[str, str, str, int]]) -> FakeBron:
    return FakeBron(
        bereik_rijen=[
            {"persoon": str(n), "voorkeurstaal": taal, "land_herkomst": land, "geslacht": g,
             "geboortedatum": f"{year}-06-01", "gemeentecode": "0197"}
            for n, (taal, land, g, year) in enumerate(people)
        ]
    )  # fmt: skip


person = st.tuples(
    st.sampled_from(["ar", "ti", "fa"]),
    st.sampled_from(["SY", "ER", "AF"]),
    st.sampled_from(["m", "v"]),
    st.sampled_from([1960, 1985, 2000, 2010]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(person, max_size=40))
@example([("ar", "SY", "m", 1985)] * 4 + [("ti", "SY", "m", 1985)] * 4)  # 4 + 4 = 8
def test_no_small_cell_can_be_worked_out_from_two_reach_tables(people) -> None:  # type: ignore[no-untyped-def]
    rapport = maak_rapport(_bron(people), 2026, 4, TODAY)
    by_title = {pub.tabel.titel: pub for s in rapport.secties for pub in s.tabellen}
    reach = [by_title[t] for t in BEREIK]
    for pair in combinations(reach, 2):
        leaked = attack(list(pair))
        assert leaked == {}, {pair[i].tabel.titel: cells for i, cells in leaked.items()}
    assert attack(reach) == {}
    for pub in reach:  # and still: no shown number describes 1-4 people
        t = pub.tabel
        for pos, cell in t.cellen.items():
            if pub.getal(pos) is not None:
                assert cell.personen == 0 or cell.personen >= DREMPEL


def test_the_example_is_a_real_attack_without_linking() -> None:
    """Suppressed one table at a time, two languages of 4 people each hide their total, and the
    gender table (8 men) gives it: 4 + 4 = 8 pins both. The linked suppression withholds it."""
    from app.stem.onderdrukking import kruistabel, onderdruk

    people = {("Arabisch", "Inburgeraars"): ["1", "2", "3", "4"],
              ("Tigrinya", "Inburgeraars"): ["5", "6", "7", "8"]}  # fmt: skip
    taal = onderdruk(kruistabel("taal", "Taal", ["Arabisch", "Tigrinya"], ["Inburgeraars"], people))
    geslacht = onderdruk(
        kruistabel("geslacht", "Geslacht", ["Man"], ["Inburgeraars"],
                   {("Man", "Inburgeraars"): [str(i) for i in range(1, 9)]})
    )  # fmt: skip
    assert attack([taal, geslacht]) == {0: {(0, 0), (1, 0)}}  # separately suppressed: it leaks
    rapport = maak_rapport(
        _bron([("ar", "SY", "m", 1985)] * 4 + [("ti", "SY", "m", 1985)] * 4), 2026, 4, TODAY
    )
    by_title = {pub.tabel.titel: pub for s in rapport.secties for pub in s.tabellen}
    assert by_title["Bereik naar taal"].verborgen  # the report withholds the table instead
