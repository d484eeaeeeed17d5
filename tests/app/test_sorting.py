"""app/sorting.py: sorting in GIL-friendly steps gives exactly what sorted() gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app import sorting
from app.sorting import sort_in_steps


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers()), max_size=300), st.integers(1, 20))
def test_same_order_as_sorted_equal_keys_keep_their_order(
    items: list[tuple[int, int]], step: int
) -> None:
    old = sorting.STEP
    sorting.STEP = step  # small slices, so the merge is exercised on small lists
    try:
        by_first = sort_in_steps(items, key=lambda pair: pair[0])
        whole = sort_in_steps(items)
    finally:
        sorting.STEP = old
    assert by_first == sorted(items, key=lambda pair: pair[0])  # stable: same ties order
    assert whole == sorted(items)


def test_a_long_list_of_texts_sorts_like_sorted() -> None:
    texts = [f"{(i * 7919) % 10007:05d} {i}" for i in range(3 * sorting.STEP + 11)]
    assert sort_in_steps(texts) == sorted(texts)
    assert sort_in_steps(iter(texts), key=len) == sorted(texts, key=len)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(), max_size=200), st.integers(1, 50))
def test_drop_in_steps_empties_the_list_and_frees_every_item(items: list[int], step: int) -> None:
    import weakref

    class Row:
        def __init__(self, value: int) -> None:
            self.value = value

    rows = [Row(v) for v in items]
    refs = [weakref.ref(r) for r in rows]
    other = rows  # the same list under another name: emptied too (it is one list)
    sorting.drop_in_steps(rows, step)
    assert rows == [] and other == []
    assert all(ref() is None for ref in refs)  # nothing else held them: all freed
