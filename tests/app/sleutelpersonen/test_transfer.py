"""Import and export: Dutch Excel CSV and JSON; bad rows reported; no change unless accepted."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sleutelpersonen.service import SleutelpersoonService
from app.sleutelpersonen.transfer import (
    KOLOMMEN,
    csv_records,
    export_csv,
    export_file,
    lees_import,
    plan_import,
    voer_uit,
)
from db.connection import Store
from tests.support.sleutelpersonen import GEMEENTEN, persoon_form
from tests.support.sleutelpersonen_fixtures import (  # noqa: F401  (fixtures)
    _coordinator_and_klantmanager,
)

TODAY = date(2026, 12, 1)


@pytest.fixture
def service(store: Store) -> SleutelpersoonService:
    return SleutelpersoonService(store)


def _csv(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(KOLOMMEN), delimiter=";")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in KOLOMMEN})
    return buffer.getvalue().encode("utf-8-sig")


def test_excel_csv_round_trip_with_arabic_and_tigrinya_names(
    service: SleutelpersoonService, tmp_path: Path
) -> None:
    service.save(persoon_form(voornaam="ሰላም", achternaam="ተስፋይ"), TODAY)
    service.save(
        persoon_form(
            voornaam="رشا", achternaam="حداد", talen="apc:moedertaal, nl:goed", landen="SY"
        ),
        TODAY,
    )
    out = tmp_path / "pool.csv"
    export_file(service, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(";")[:3] == ["id", "voornaam", "achternaam"]
    before = {p.id: p for p in service.lijst()}

    plan = lees_import(service, out, TODAY)
    assert plan.ok and plan.nieuw == 0 and plan.bijwerken == 2
    voer_uit(service, plan)
    after = {p.id: p for p in service.lijst()}
    assert set(after) == set(before)
    for pid, person in after.items():
        old = before[pid]
        assert (person.voornaam, person.achternaam, person.talen, person.beschikbaarheid) == (
            old.voornaam,
            old.achternaam,
            old.talen,
            old.beschikbaarheid,
        )
    assert {p.voornaam for p in after.values()} == {"ሰላም", "رشا"}


def test_json_round_trip_into_an_empty_store_keeps_the_ids(
    service: SleutelpersoonService, tmp_path: Path, store: Store
) -> None:
    saved = service.save(persoon_form(), TODAY)
    out = tmp_path / "pool.json"
    export_file(service, out)
    assert json.loads(out.read_text("utf-8"))["sleutelpersonen"][0]["id"] == saved.id
    store.store.conn.execute("DELETE FROM sleutelpersoon")
    plan = lees_import(service, out, TODAY)
    assert plan.nieuw == 1
    voer_uit(service, plan)
    again = service.get(saved.id or "")
    assert again is not None and again.talen == saved.talen


def test_bad_rows_are_reported_with_line_numbers_and_nothing_changes(
    service: SleutelpersoonService, tmp_path: Path
) -> None:
    existing = service.save(persoon_form(), TODAY)
    good = persoon_form(voornaam="Yonas", achternaam="Ghebre")
    rows = [
        {k: str(v) for k, v in good.items()},
        {k: str(v) for k, v in persoon_form(talen="xx:goed").items()},
        {k: str(v) for k, v in persoon_form(id=existing.id, capaciteit_uren="veel").items()},
        {k: str(v) for k, v in persoon_form(id="niet-een-id").items()},
    ]
    path = tmp_path / "fout.csv"
    path.write_bytes(_csv(rows))
    plan = lees_import(service, path, TODAY)
    assert [(f.regel, f.veld) for f in plan.fouten] == [
        (3, "talen"),
        (4, "capaciteit_uren"),
        (5, "id"),
    ]
    assert "Onbekende taalcode 'xx'" in plan.fouten[0].melding
    with pytest.raises(ValueError):
        voer_uit(service, plan)
    assert [p.naam for p in service.lijst()] == [existing.naam]
    assert service.get(existing.id or "") == existing


def test_a_row_twice_in_one_file_is_an_error(service: SleutelpersoonService) -> None:
    row = {k: str(v) for k, v in persoon_form(id="00000000-0000-4000-8000-000000000001").items()}
    records, _ = csv_records(_csv([row, row]))
    plan = plan_import(records, GEMEENTEN, set(), TODAY)
    assert [(f.regel, f.veld) for f in plan.fouten] == [(3, "id")]


def test_unknown_column_and_empty_file_are_refused(service: SleutelpersoonService) -> None:
    records, fouten = csv_records(b"voornaam;achternaam;schoenmaat\r\nA;B;42\r\n")
    assert not records and "onbekende kolom: schoenmaat" in fouten[0].melding
    records, fouten = csv_records(b"")
    assert fouten[0].melding == "Het bestand is leeg."


def test_comma_separated_and_windows_1252_are_read_too() -> None:
    text = (
        "voornaam,achternaam,talen,gemeentecode,soort,geslacht\r\n"
        "José,Pérez,es:moedertaal,0294,beide,M\r\n"
    )
    records, fouten = csv_records(text.encode("cp1252"))
    assert not fouten
    plan = plan_import(records, GEMEENTEN, set(), TODAY)
    assert plan.ok and plan.personen[0].voornaam == "José"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_garbage_never_crashes_and_never_writes(
    service: SleutelpersoonService, data: bytes
) -> None:
    before = service.count()
    records, fouten = csv_records(data)
    if not fouten:
        plan = plan_import(records, GEMEENTEN, set(), TODAY)
        assert plan.fouten or plan.personen
    assert service.count() == before


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(KOLOMMEN), st.text(max_size=30), max_size=8))
def test_garbage_fields_give_errors_per_row(
    service: SleutelpersoonService, row: dict[str, str]
) -> None:
    plan = plan_import([(2, row)], GEMEENTEN, set(), TODAY)
    assert bool(plan.fouten) != bool(plan.personen)
    assert all(f.regel == 2 and f.melding for f in plan.fouten)


def test_export_csv_quotes_what_needs_quoting() -> None:
    from app.sleutelpersonen.model import sleutelpersoon_from_form

    p = sleutelpersoon_from_form(persoon_form(training='Pharos; "basis"'), GEMEENTEN, TODAY)
    text = export_csv([p]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1][KOLOMMEN.index("training")] == 'Pharos; "basis"'


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KOLOMMEN), children, max_size=6)
    ),
    max_leaves=20,
)


@settings(max_examples=80)
@given(st.lists(_json, max_size=4))
def test_garbage_json_never_crashes(items: list[object]) -> None:
    from app.sleutelpersonen.transfer import json_records

    data = json.dumps({"sleutelpersonen": items}).encode()
    records, fouten = json_records(data)
    assert not fouten
    plan = plan_import(records, GEMEENTEN, set(), TODAY)
    assert len(plan.personen) + len({f.regel for f in plan.fouten}) == len(items) or not items
