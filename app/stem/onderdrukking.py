"""Small-cell suppression for the klankbordgroep report: no published number describes fewer
than 5 people, and no such number can be worked out from the others.

A table is a grid of cells, each a :class:`Telling` (the number shown and the number of distinct
people it describes), plus *lines*: groups of cells whose values add up to a total cell (a row
with its row total, a column with its column total, the totals with the grand total). Tables
whose cells overlap (one feedback can name several themes) have no lines.

* **Primary suppression**: a cell describing 1–4 people is shown as ``< 5``. So are the zeros in
  its row and column: a visible zero next to small cells tells how the few are spread (four
  ``< 5`` cells beside zeros in a row with a total under 5 are each exactly 1). A zero elsewhere
  is shown. ``< 5`` therefore means 0 to 4.
* **Complementary suppression**: a line with exactly one hidden cell would give it away (total
  minus the shown cells), so a second cell of that line is hidden (shown as ``x``), the smallest
  non-zero one. Then an attacker who knows every rule (``< 5`` is 0–4, ``x`` is at least 5)
  bounds each hidden cell by propagating all lines (:func:`bounds`); while any ``< 5`` cell is
  pinned to one value, one more cell of a line through it is hidden. This repeats until nothing
  small can be derived; when only zeros are left to hide, the whole table is withheld.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

DREMPEL = 5
KLEIN = "< 5"
AANVULLEND = "x"

Pos = tuple[int, int]


@dataclass(frozen=True)
class Telling:
    waarde: int  # what is shown: signals, answers, people
    personen: int  # distinct people the cell describes


@dataclass(frozen=True)
class Lijn:
    delen: tuple[Pos, ...]
    totaal: Pos


@dataclass
class Tabel:
    titel: str
    rij_kop: str
    rijen: tuple[str, ...]
    kolommen: tuple[str, ...]
    cellen: dict[Pos, Telling]
    lijnen: tuple[Lijn, ...] = ()
    toelichting: str = ""

    def telling(self, pos: Pos) -> Telling:
        return self.cellen.get(pos, Telling(0, 0))


@dataclass
class Gepubliceerd:
    tabel: Tabel
    klein: set[Pos] = field(default_factory=set)
    aanvullend: set[Pos] = field(default_factory=set)
    verborgen: bool = False  # too little data: nothing of the table is shown

    def tekst(self, pos: Pos) -> str:
        if self.verborgen:
            return AANVULLEND
        if pos in self.klein:
            return KLEIN
        if pos in self.aanvullend:
            return AANVULLEND
        return str(self.tabel.telling(pos).waarde)

    def getal(self, pos: Pos) -> int | None:
        """The shown number, or None when hidden."""
        if self.verborgen or pos in self.klein or pos in self.aanvullend:
            return None
        return self.tabel.telling(pos).waarde

    def rijen(self) -> list[list[str]]:
        return [
            [self.tabel.rijen[r], *(self.tekst((r, c)) for c in range(len(self.tabel.kolommen)))]
            for r in range(len(self.tabel.rijen))
        ]


def kruistabel(
    titel: str,
    rij_kop: str,
    rijen: Sequence[str],
    kolommen: Sequence[str],
    waarden: Mapping[tuple[str, str], Iterable[str]],
    *,
    totalen: bool = True,
    totaalrij: bool = True,
    toelichting: str = "",
) -> Tabel:
    """A table from *waarden*: (row, column) → one person id per counted item (a signal, an
    answer; repeats allowed). With *totalen*, a total row and column (and lines) are added;
    without *totaalrij* only the total column (rows that are different questions)."""
    rows, cols = list(rijen), list(kolommen)
    if totalen and not totaalrij:
        return _row_totals(titel, rij_kop, rows, cols, waarden, toelichting)
    if totalen:
        rows.append("Totaal")
        if len(cols) > 1:
            cols.append("Totaal")
    items: dict[Pos, list[str]] = {}
    for (row, col), persons in waarden.items():
        items.setdefault((rows.index(row), cols.index(col)), []).extend(persons)
    n_r, n_c = len(rijen), len(kolommen)
    lines: list[Lijn] = []
    if totalen:
        tr, tc = len(rows) - 1, len(cols) - 1 if len(cols) > 1 else None
        for (ri, ci), persons in list(items.items()):
            if tc is not None:
                items.setdefault((ri, tc), []).extend(persons)
                items.setdefault((tr, tc), []).extend(persons)
            items.setdefault((tr, ci), []).extend(persons)
        if tc is not None:
            for i in range(n_r + 1):
                lines.append(Lijn(tuple((i, j) for j in range(n_c)), (i, tc)))
            for j in range(n_c + 1):
                lines.append(Lijn(tuple((i, j) for i in range(n_r)), (tr, j)))
        else:
            lines.append(Lijn(tuple((i, 0) for i in range(n_r)), (tr, 0)))
    cells = {pos: Telling(len(p), len(set(p))) for pos, p in items.items()}
    return Tabel(titel, rij_kop, tuple(rows), tuple(cols), cells, tuple(lines), toelichting)


def _row_totals(
    titel: str,
    rij_kop: str,
    rows: list[str],
    cols: list[str],
    waarden: Mapping[tuple[str, str], Iterable[str]],
    toelichting: str,
) -> Tabel:
    tc = len(cols)
    items: dict[Pos, list[str]] = {}
    for (row, col), persons in waarden.items():
        r = rows.index(row)
        items.setdefault((r, cols.index(col)), []).extend(persons)
        items.setdefault((r, tc), []).extend(persons)
    lines = tuple(Lijn(tuple((r, c) for c in range(tc)), (r, tc)) for r in range(len(rows)))
    cells = {pos: Telling(len(p), len(set(p))) for pos, p in items.items()}
    return Tabel(titel, rij_kop, tuple(rows), (*cols, "Totaal"), cells, lines, toelichting)


def bounds(
    pub: Gepubliceerd, bekend: Mapping[Pos, tuple[float, float]] | None = None
) -> dict[Pos, tuple[float, float]]:
    """What an attacker can derive about every cell from the published table and the rules,
    and from *bekend*: what they know of some cells from elsewhere (another table)."""
    t = pub.tabel
    out: dict[Pos, tuple[float, float]] = {}
    for r in range(len(t.rijen)):
        for c in range(len(t.kolommen)):
            pos = (r, c)
            shown = pub.getal(pos)
            if pub.verborgen:
                out[pos] = (0, math.inf)
            elif shown is not None:
                out[pos] = (shown, shown)
            elif pos in pub.klein:  # 0–4 people; at most 4 when each item is another person
                cell = t.telling(pos)
                out[pos] = (0, DREMPEL - 1 if cell.waarde == cell.personen else math.inf)
            else:
                out[pos] = (DREMPEL, math.inf)
    for pos, (lo, hi) in (bekend or {}).items():
        if pos in out:
            out[pos] = (max(out[pos][0], lo), min(out[pos][1], hi))
    for _ in range(50):
        changed = False
        for line in t.lijnen:
            changed |= _tighten(out, line)
        if not changed:
            break
    return out


def _tighten(b: dict[Pos, tuple[float, float]], line: Lijn) -> bool:
    changed = False
    lo_sum = sum(b[p][0] for p in line.delen)
    hi_sum = sum(b[p][1] for p in line.delen)
    t_lo, t_hi = b[line.totaal]
    new_t = (max(t_lo, lo_sum), min(t_hi, hi_sum))
    if new_t != (t_lo, t_hi):
        b[line.totaal], changed = new_t, True
    t_lo, t_hi = b[line.totaal]
    for p in line.delen:
        lo, hi = b[p]
        others_lo = lo_sum - lo
        others_hi = hi_sum - hi
        new_lo = max(lo, t_lo - others_hi) if others_hi != math.inf else lo
        new_hi = min(hi, t_hi - others_lo) if t_hi != math.inf else hi
        if (new_lo, new_hi) != (lo, hi):
            b[p] = (new_lo, new_hi)
            lo_sum += new_lo - lo
            hi_sum += new_hi - hi
            changed = True
    return changed


def onthuld(pub: Gepubliceerd, bekend: Mapping[Pos, tuple[float, float]] | None = None) -> set[Pos]:
    """Small cells whose exact, non-zero value can be derived (empty after :func:`onderdruk`)."""
    found = bounds(pub, bekend)
    if pub.verborgen:
        return set()
    # a hidden zero worked out as zero tells nothing about anyone
    return {p for p in pub.klein if found[p][0] == found[p][1] and found[p][0] > 0}


def onderdruk(tabel: Tabel) -> Gepubliceerd:
    """Hide small cells and enough others; when even then a small cell can be worked out (the
    whole table is tiny and its zeros tell the rest), the table is withheld as a whole."""
    pub = Gepubliceerd(tabel)
    pub.klein = {p for p, t in tabel.cellen.items() if 0 < t.personen < DREMPEL}
    for line in tabel.lijnen:  # a zero next to a small cell would tell how the few are spread
        members = (*line.delen, line.totaal)
        if any(m in pub.klein for m in members):
            pub.klein |= {m for m in members if tabel.telling(m).waarde == 0}
    while True:
        weak = _weak_line(pub)
        if weak is None:
            pub.verborgen = bool(onthuld(pub))
            return pub
        candidates = [p for p in (*weak.delen, weak.totaal) if _can_hide(pub, p)]
        pub.aanvullend.add(min(candidates, key=lambda p: (tabel.telling(p).waarde, p)))


def _can_hide(pub: Gepubliceerd, pos: Pos) -> bool:
    return not _hidden(pub, pos) and pub.tabel.telling(pos).waarde > 0


def _hidden(pub: Gepubliceerd, pos: Pos) -> bool:
    return pos in pub.klein or pos in pub.aanvullend


def _open(pub: Gepubliceerd, line: Lijn) -> bool:
    return any(_can_hide(pub, p) for p in (*line.delen, line.totaal))


def _weak_line(pub: Gepubliceerd) -> Lijn | None:
    """A line that gives a hidden cell away, with a cell left to hide; None when safe."""
    for line in pub.tabel.lijnen:
        hidden = [p for p in (*line.delen, line.totaal) if _hidden(pub, p)]
        if len(hidden) == 1 and _open(pub, line):
            return line
    pinned = onthuld(pub)
    for pos in sorted(pinned):
        for line in pub.tabel.lijnen:
            if pos in (*line.delen, line.totaal) and _open(pub, line):
                return line
    return None


# --- tables of one population ----------------------------------------------------------------
def eindtotaal(pub: Gepubliceerd) -> Pos:
    """The grand total's cell (the last row and column)."""
    return (len(pub.tabel.rijen) - 1, len(pub.tabel.kolommen) - 1)


def gedeeld_totaal(pubs: Sequence[Gepubliceerd]) -> tuple[float, float]:
    """What an attacker derives about a grand total that several tables share, reading them
    together (one may show it while another hides it, or each narrows it)."""
    lo, hi = 0.0, math.inf
    for _ in range(20):
        before = (lo, hi)
        for pub in pubs:
            b_lo, b_hi = bounds(pub, {eindtotaal(pub): (lo, hi)})[eindtotaal(pub)]
            lo, hi = max(lo, b_lo), min(hi, b_hi)
        if (lo, hi) == before:
            break
    return lo, hi


def onderdruk_gekoppeld(tabellen: Sequence[Tabel]) -> list[Gepubliceerd]:
    """Suppress tables that describe one population (the reach by language, by country, …:
    their grand totals are the same number). Each is suppressed on its own; then, while a
    small cell of one can be worked out with what the others tell about the shared total
    (two languages of 4 people with the total hidden, and 8 men in the gender table), that
    table is withheld ("Te weinig gegevens"). Hiding the total everywhere would not do: a
    one-row table gives it away by itself."""
    pubs = [onderdruk(t) for t in tabellen]
    while True:
        total = gedeeld_totaal(pubs)
        leaking = [p for p in pubs if not p.verborgen and onthuld(p, {eindtotaal(p): total})]
        if not leaking:
            return pubs
        leaking[0].verborgen = True  # one at a time: withholding one may make the rest safe
