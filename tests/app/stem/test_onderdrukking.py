"""Small-cell suppression: no shown number describes 1–4 people, and none can be derived."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.stem.onderdrukking import (
    AANVULLEND,
    KLEIN,
    Gepubliceerd,
    bounds,
    kruistabel,
    onderdruk,
    onthuld,
)

ROWS = ("Aalten", "Berkelland", "Doetinchem", "Winterswijk")
COLS = ("gezondheid", "wonen", "financien")


def _table(records: list[tuple[int, int, int]], persons: bool) -> Gepubliceerd:
    waarden: dict[tuple[str, str], list[str]] = {}
    for person, r, c in records:
        waarden.setdefault((ROWS[r], COLS[c]), []).append(f"p{person}")
    del persons  # the attacker's bound for a small cell follows from the cell itself
    return onderdruk(kruistabel("t", "Gemeente", ROWS, COLS, waarden))


records = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, len(ROWS) - 1), st.integers(0, len(COLS) - 1)),
    max_size=120,
)


def _shown_people(pub: Gepubliceerd) -> list[int]:
    t = pub.tabel
    return [
        t.telling((r, c)).personen
        for r in range(len(t.rijen))
        for c in range(len(t.kolommen))
        if pub.getal((r, c)) is not None
    ]


@settings(max_examples=300, deadline=None)
@given(records, st.booleans())
def test_no_shown_cell_describes_fewer_than_five(recs: list[tuple[int, int, int]], p: bool) -> None:
    if p:  # one record per person: the cell counts people
        recs = list({person: (person, r, c) for person, r, c in recs}.values())
    pub = _table(recs, p)
    assert all(n == 0 or n >= 5 for n in _shown_people(pub))


@settings(max_examples=300, deadline=None)
@given(records, st.booleans())
def test_no_small_cell_can_be_worked_out(recs: list[tuple[int, int, int]], p: bool) -> None:
    if p:
        recs = list({person: (person, r, c) for person, r, c in recs}.values())
    pub = _table(recs, p)
    assert onthuld(pub) == set()
    # the attacker's bounds are sound: the true value always lies inside
    for pos, (lo, hi) in bounds(pub).items():
        assert lo <= pub.tabel.telling(pos).waarde <= hi
    # no line has exactly one hidden cell (total minus the shown cells would give it)
    for line in pub.tabel.lijnen:
        members = (*line.delen, line.totaal)
        hidden = [m for m in members if pub.getal(m) is None]
        assert len(hidden) != 1


def test_one_small_cell_gets_a_partner_in_its_row_and_column() -> None:
    recs = [(i, 0, 0) for i in range(10)] + [(100 + i, 0, 1) for i in range(8)]
    recs += [(200, 0, 2)] + [(300 + i, 1, c) for i in range(6) for c in range(3)]
    pub = _table(recs, True)
    assert pub.tekst((0, 2)) == KLEIN
    assert AANVULLEND in [pub.tekst((0, c)) for c in (0, 1, 3)]  # row partner
    # the zeros of its column are hidden too: they would tell where the few are
    assert [pub.tekst((r, 2)) for r in (2, 3)] == [KLEIN, KLEIN]
    assert [pub.tekst((4, c)) for c in range(4)] == ["16", "14", "7", "37"]  # totals shown
    assert pub.tekst((2, 0)) == "0"  # a zero away from small cells is shown
    assert onthuld(pub) == set()


def test_a_table_without_small_cells_is_shown_whole() -> None:
    recs = [(i * 10 + r, r, c) for i in range(6) for r in range(4) for c in range(3)]
    pub = _table([(p * 3 + c, r, c) for p, r, c in recs], True)
    assert not pub.klein and not pub.aanvullend
    assert pub.tekst((4, 3)) == str(6 * 4 * 3)
