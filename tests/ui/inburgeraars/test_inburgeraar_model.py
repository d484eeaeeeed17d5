from __future__ import annotations

import random

from PySide6.QtCore import QModelIndex, Qt

from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.service import InburgeraarService, ListFilter
from tests.conftest import TODAY
from ui.inburgeraars.table_model import ID_ROLE, PAGE, InburgeraarTableModel


def fill(inburgeraars: InburgeraarService, n: int) -> None:
    inburgeraars.insert_many(generate_inburgeraars(n, random.Random(7), TODAY))


def test_model_fetches_lazily_and_filters(inburgeraars: InburgeraarService) -> None:
    fill(inburgeraars, PAGE * 2 + 17)
    model = InburgeraarTableModel(inburgeraars)
    model.reload()
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 17
    assert not model.canFetchMore(QModelIndex())
    first = model.index(0, 0)
    assert model.data(first, ID_ROLE)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"

    target = model.rows[5]
    model.set_filter(ListFilter(text=target.bsn or target.naam))
    assert any(r.id == target.id for r in model.rows)
    assert model.rowCount() < PAGE


def test_model_sorts_on_column(inburgeraars: InburgeraarService) -> None:
    fill(inburgeraars, 30)
    model = InburgeraarTableModel(inburgeraars)
    model.reload()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    births = [r.geboortedatum for r in model.rows]
    assert births == sorted(births, reverse=True)
    assert model.data(model.index(0, 1)).count("-") == 2  # dd-mm-jjjj
