"""`wegwijs client list --json` streams: valid JSON, every row in the list's order, no cap."""

from __future__ import annotations

import io
import json
import random
import sys
import tracemalloc
from pathlib import Path

import pytest

from app.demo.inburgeraars import generate_inburgeraars
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService, ListFilter
from app.store import StoreLocation, unlock
from tests.app.cli.test_cli import cli
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture
def ready(data_dir: Path, passphrase_file: Path) -> tuple[Path, Path]:
    assert cli(data_dir, passphrase_file, "db", "init") == 0
    return data_dir, passphrase_file


def _fill(data_dir: Path, people: list[Inburgeraar]) -> list[str]:
    store = unlock(StoreLocation(data_dir), PASSPHRASE)
    try:
        service = InburgeraarService(store)
        service.insert_many(people)
        return [row.id for row in service.page(ListFilter(), 0, 1_000_000)]
    finally:
        store.close()


def test_json_list_is_complete_valid_and_in_order(ready, capsys) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    ids = _fill(d, generate_inburgeraars(1_234, random.Random(4), TODAY))  # > two batches of 500
    assert cli(d, pw, "client", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ids
    assert set(rows[0]) >= {"id", "naam", "bsn", "v_nummer", "gemeentecode", "status"}
    assert cli(d, pw, "client", "list", "--json", "--zoek", "a") == 0
    some = json.loads(capsys.readouterr().out)
    assert 0 < len(some) < len(rows)
    assert all("a" in r["naam"].lower() or "a" in r["bsn"] + r["v_nummer"] for r in some)
    assert cli(d, pw, "client", "list") == 0  # the plain listing: one line each
    assert len(capsys.readouterr().out.splitlines()) == len(ids)


class _Counting(io.TextIOBase):
    """A stdout that keeps nothing: counts the rows written."""

    rows = 0

    def write(self, text: str) -> int:
        self.rows += text.count('"id"')
        return len(text)


def test_memory_does_not_grow_with_the_register(ready, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d, pw = ready
    peaks = []
    people = generate_inburgeraars(6_000, random.Random(5), TODAY)
    for count, part in ((1_200, people[:1_200]), (6_000, people[1_200:])):
        _fill(d, part)
        out = _Counting()
        monkeypatch.setattr(sys, "stdout", out)
        tracemalloc.start()
        assert cli(d, pw, "client", "list", "--json") == 0
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert out.rows == count
    # five times the rows; what stays in memory is at most two batches of 500
    assert peaks[1] < peaks[0] * 1.3, peaks
