from __future__ import annotations

import random

from PySide6.QtCore import QModelIndex, Qt

from app.clients.service import ClientService, ListFilter
from app.demo.clients import generate_clients
from tests.conftest import TODAY
from ui.clients.table_model import ID_ROLE, PAGE, ClientTableModel


def fill(clients: ClientService, n: int) -> None:
    clients.insert_many(generate_clients(n, random.Random(7), TODAY))


def test_model_fetches_lazily_and_filters(clients: ClientService) -> None:
    fill(clients, PAGE * 2 + 17)
    model = ClientTableModel(clients)
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


def test_model_sorts_on_column(clients: ClientService) -> None:
    fill(clients, 30)
    model = ClientTableModel(clients)
    model.reload()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    births = [r.geboortedatum for r in model.rows]
    assert births == sorted(births, reverse=True)
    assert model.data(model.index(0, 1)).count("-") == 2  # dd-mm-jjjj
