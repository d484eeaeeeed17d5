"""A stronger attacker than interval propagation, on small tables: enumerate every filling of
the hidden cells that fits the published table and its rules (``< 5`` is 0–4, ``x`` at least 5,
rows and columns add up). A small non-zero cell must never have only one possible value."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.stem.onderdrukking import Gepubliceerd, bounds, kruistabel, onderdruk

ROWS, COLS = ("a", "b"), ("k", "l", "m")


def _solutions(pub: Gepubliceerd, limit: int) -> list[dict[tuple[int, int], int]]:
    inner = [(r, c) for r in range(len(ROWS)) for c in range(len(COLS))]
    known = bounds(pub)  # sound bounds: every filling lies inside, so enumerate within them
    ranges = [list(range(int(known[p][0]), int(min(known[p][1], limit)) + 1)) for p in inner]
    t = pub.tabel
    found = []
    for values in itertools.product(*ranges):
        cell = dict(zip(inner, values, strict=True))
        ok = True
        for r in range(len(t.rijen)):  # margins computed from the inner cells must fit
            for c in range(len(t.kolommen)):
                if (r, c) in cell:
                    continue
                rows = range(len(ROWS)) if r == len(ROWS) else [r]
                cols = range(len(COLS)) if c == len(COLS) else [c]
                total = sum(cell[(i, j)] for i in rows for j in cols)
                shown = pub.getal((r, c))
                ok = _fits(shown, (r, c) in pub.klein, total)
                if not ok:
                    break
            if not ok:
                break
        if ok:
            found.append(cell)
    return found


def _fits(shown: int | None, small: bool, total: int) -> bool:
    if shown is not None:
        return shown == total
    return total <= 4 if small else total >= 5


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 8), min_size=6, max_size=6))
def test_no_small_cell_has_a_single_possible_value(counts: list[int]) -> None:
    waarden: dict[tuple[str, str], list[str]] = {}
    n = 0
    for (r, c), k in zip(itertools.product(ROWS, COLS), counts, strict=True):
        waarden[(r, c)] = [f"p{n + i}" for i in range(k)]
        n += k
    pub = onderdruk(kruistabel("t", "r", ROWS, COLS, waarden))
    if pub.verborgen:
        return
    solutions = _solutions(pub, limit=max(5, sum(counts)))
    truth = {pos: pub.tabel.telling(pos).waarde for pos in solutions[0]} if solutions else {}
    assert solutions, "the true table must be among the fillings"
    for pos, value in truth.items():
        if pos in pub.klein and pub.tabel.telling(pos).waarde > 0:
            assert len({s[pos] for s in solutions}) > 1, (pos, value, counts)
