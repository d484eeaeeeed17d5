"""Signals followed up: theme, urgency, owner, due date; open → in behandeling → afgerond."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.security.roles import Actor, Role
from app.session import Session
from app.stem.signalen import SignaalOpvolging
from app.validation import ValidationError
from db.connection import Store, open_database
from db.migrations import load_migrations
from tests.conftest import TODAY
from tests.support.stem import Dossier


def _signaal(d: Dossier, **form: object) -> str:
    values: dict[str, object] = {"datum": "20-11-2026", "tekst": "Huur niet betaald.", **form}
    return d.gesprekken.add_signaal(d.inburgeraar_id, values)


def test_a_signal_gets_theme_urgency_and_a_due_date(dossier: Dossier) -> None:
    _signaal(dossier, thema="financien", urgentie="hoog", actie="Budgetcoach bellen")
    (s,) = dossier.gesprekken.signalen(dossier.inburgeraar_id)
    assert (s.thema_label, s.urgentie_label, s.status) == ("Financiën", "Hoog", "open")
    assert s.opvolgen_voor == date(2026, 11, 23)  # hoog: within 3 days
    assert s.eigenaar == "Anouk Jansen"  # no owner given: the dossier's klantmanager
    assert s.actie == "Budgetcoach bellen"


@pytest.mark.parametrize(
    ("form", "field"),
    [({"thema": "weer"}, "thema"), ({"urgentie": "morgen"}, "urgentie")],
)
def test_wrong_theme_or_urgency_is_refused(
    dossier: Dossier, form: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        _signaal(dossier, **form)
    assert field in info.value.errors
    assert dossier.gesprekken.signalen(dossier.inburgeraar_id) == []


def test_closing_asks_what_was_done_and_is_final(dossier: Dossier, store: Store) -> None:
    sid = _signaal(dossier)
    opvolging = SignaalOpvolging(store, today=TODAY)
    opvolging.in_behandeling(sid)
    with pytest.raises(ValidationError) as info:
        opvolging.afronden(sid, "  ")
    assert "wat_gedaan" in info.value.errors
    assert opvolging.get(sid).status == "in_behandeling"  # type: ignore[union-attr]
    opvolging.afronden(sid, "Samen de huurbaas gebeld; regeling getroffen.")
    done = opvolging.get(sid)
    assert done is not None and done.status == "afgerond" and done.afgerond_op == TODAY
    assert done.wat_gedaan.startswith("Samen de huurbaas")
    with pytest.raises(ValidationError):
        opvolging.in_behandeling(sid)


def test_a_stale_version_is_refused(dossier: Dossier, store: Store) -> None:
    sid = _signaal(dossier)
    opvolging = SignaalOpvolging(store, today=TODAY)
    old = opvolging.get(sid)
    assert old is not None
    opvolging.in_behandeling(sid, old.versie)
    with pytest.raises(ValidationError) as info:
        opvolging.afronden(sid, "Afgehandeld door collega.", old.versie)
    assert "versie" in info.value.errors


def test_overview_per_klantmanager_overdue_first(dossier: Dossier, store: Store) -> None:
    later = _signaal(dossier, datum="25-11-2026", urgentie="laag")
    overdue = _signaal(dossier, datum="01-11-2026", urgentie="normaal")  # due 15-11
    other = _signaal(dossier, datum="20-11-2026", eigenaar="Bram de Vries")
    closed = _signaal(dossier, datum="02-11-2026", urgentie="hoog")
    opvolging = SignaalOpvolging(store, today=TODAY)
    opvolging.afronden(closed, "Doorverwezen naar de huisarts.")
    mine = opvolging.overzicht("Anouk Jansen")
    assert [s.id for s in mine] == [overdue, later]
    assert mine[0].te_laat(TODAY) and not mine[1].te_laat(TODAY)
    assert mine[0].naam == "Selam Tesfamariam"
    assert [s.id for s in opvolging.overzicht("Bram de Vries")] == [other]
    assert opvolging.klantmanagers() == ["Anouk Jansen", "Bram de Vries"]


def test_signals_recorded_before_follow_up_become_open_signals(tmp_path: Path) -> None:
    """Migration 0060 on a store with a signaal from before: theme overig, urgency normaal, due
    14 days on, open, and in the overview."""
    key = b"k" * 32
    before = [m for m in load_migrations() if m.version < 60]
    old = open_database(tmp_path / "s.db", key, create=True, migrations=before)
    c = old.conn
    c.execute(
        "INSERT INTO gemeente (id, created_at, updated_at, code, naam) VALUES ('g', '', '', "
        "'0294', 'Winterswijk')"
    )
    c.execute(
        "INSERT INTO inburgeraar (id, created_at, updated_at, voornamen, achternaam, "
        "geboortedatum, geslacht, doelgroep, land_herkomst, voorkeurstaal, gemeentecode, "
        "klantmanager, status, zoeksleutel, sorteernaam) VALUES ('c', '', '', 'Selam', 'T', "
        "'1995-03-14', 'V', 'Asielstatushouder', 'ER', 'ti', '0294', 'Anouk Jansen', 'intake', "
        "'', '')"
    )
    c.execute(
        "INSERT INTO intake (id, created_at, updated_at, inburgeraar_id, definitie_versie) "
        "VALUES ('i', '', '', 'c', 1)"
    )
    c.execute(
        "INSERT INTO intake_signaal (id, created_at, updated_at, intake_id, datum, tekst) "
        "VALUES ('s', '', '', 'i', '2026-11-01', 'Zorgen om geld.')"
    )
    c.commit()
    old.close()
    store = Session(
        open_database(tmp_path / "s.db", key), Actor("anouk", frozenset({Role.KLANTMANAGER}))
    )
    try:
        (s,) = SignaalOpvolging(store, today=TODAY).overzicht("Anouk Jansen")
        assert (s.thema, s.urgentie, s.status) == ("overig", "normaal", "open")
        assert s.opvolgen_voor == date(2026, 11, 15) and s.te_laat(TODAY)
        assert s.tekst == "Zorgen om geld."
    finally:
        store.close()
