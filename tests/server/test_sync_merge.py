"""Two and three laptops against one server: merges, conflicts, PIPs, deletes, purges."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.inburgeraars.service import InburgeraarService
from app.server import conflicts
from db.pip import PipRepository
from tests.conftest import valid_form
from tests.support.laptops import Laptop, dossier_view


def _edit(lap: Laptop, inburgeraar_id: str, **changes: Any) -> None:
    svc = InburgeraarService(lap.session)
    current = svc.get(inburgeraar_id)
    assert current is not None
    form = valid_form(**changes)
    form.update(id=inburgeraar_id, version=current.version)
    svc.save(form)


def _value(lap: Laptop, inburgeraar_id: str, field: str) -> Any:
    return lap.store.conn.execute(
        f"SELECT {field} FROM inburgeraar WHERE id = ?", (inburgeraar_id,)
    ).fetchone()[0]


def _converged(*laps: Laptop) -> None:
    views = [dossier_view(lap.state()) for lap in laps]
    for view in views[1:]:
        assert view == views[0]


def test_new_dossier_reaches_a_colleague_and_seeded_gemeenten_merge(
    laptop: Callable[..., Laptop],
) -> None:
    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    assert a.sync().open_conflicten == 0
    assert b.sync().open_conflicten == 0
    a.sync()
    assert InburgeraarService(b.session).get(inburgeraar.id) is not None
    # both laptops seeded the eight Achterhoek municipalities: one row each, no conflicts
    assert len(InburgeraarService(b.session).gemeente_list()) == len(
        InburgeraarService(a.session).gemeente_list()
    )
    _converged(a, b)
    assert a.conflicts() == b.conflicts() == []


def test_edits_of_different_fields_both_apply(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync(), b.sync()
    _edit(a, inburgeraar.id, telefoon="0543 111111")
    _edit(b, inburgeraar.id, email="selam@example.nl")
    a.sync(), b.sync(), a.sync()
    for lap in (a, b):
        assert _value(lap, inburgeraar.id, "telefoon") == "0543111111"
        assert _value(lap, inburgeraar.id, "email") == "selam@example.nl"
        assert lap.conflicts() == []
    _converged(a, b)


def test_same_field_is_one_conflict_on_both_then_resolved_and_converged(
    laptop: Callable[..., Laptop],
) -> None:
    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync(), b.sync()
    _edit(b, inburgeraar.id, telefoon="0543 999999")  # reaches the server first
    _edit(a, inburgeraar.id, telefoon="0543 111111")
    assert b.sync().open_conflicten == 0
    assert a.sync().open_conflicten == 1
    assert b.sync().open_conflicten == 1
    [ca], [cb] = a.conflicts(), b.conflicts()
    assert ca["id"] == cb["id"]
    shown = conflicts.listing(a.session)[0]
    assert shown["server"]["waarde"] == "0543999999" and shown["server"]["door"] == "bram"
    assert shown["ander"]["waarde"] == "0543111111" and shown["ander"]["van_deze_laptop"]
    # the first value stands everywhere until someone chooses
    assert (
        _value(a, inburgeraar.id, "telefoon")
        == _value(b, inburgeraar.id, "telefoon")
        == "0543999999"
    )
    conflicts.resolve(a.session, ca["id"], kies="mijn")
    assert a.sync().open_conflicten == 0
    assert b.sync().open_conflicten == 0
    assert _value(b, inburgeraar.id, "telefoon") == "0543111111"
    _converged(a, b)


def test_three_laptops_converge(laptop: Callable[..., Laptop]) -> None:
    a, b, c = laptop("anouk"), laptop("bram"), laptop("chris")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    for lap in (a, b, c):
        lap.sync()
    _edit(a, inburgeraar.id, telefoon="0543 111111")
    _edit(b, inburgeraar.id, telefoon="0543 222222")
    _edit(c, inburgeraar.id, woonplaats="Aalten")
    for lap in (c, b, a, c, b):
        lap.sync()
    _converged(a, b, c)
    assert len(a.conflicts()) == len(b.conflicts()) == len(c.conflicts()) == 1
    conflicts.resolve(c.session, c.conflicts()[0]["id"], waarde="0543 333333")
    for lap in (c, a, b):
        lap.sync()
    assert _value(a, inburgeraar.id, "telefoon") == "0543 333333"
    assert not (a.conflicts() or b.conflicts() or c.conflicts())
    _converged(a, b, c)


def _pip(lap: Laptop, inburgeraar_id: str, versie: int, status: str = "concept") -> str:
    with lap.store.transaction() as conn:
        return PipRepository(conn).insert(
            {
                "inburgeraar_id": inburgeraar_id,
                "versie": versie,
                "status": status,
                "dagtekening": "2026-01-05" if status == "vastgesteld" else None,
                "leerroute": "B1",
                "inhoud": f'{{"door": "{lap.user}"}}',
            }
        )


def _pips(lap: Laptop, inburgeraar_id: str) -> dict[str, tuple[int, str]]:
    rows = lap.store.conn.execute(
        "SELECT id, versie, inhoud FROM pip WHERE inburgeraar_id = ?", (inburgeraar_id,)
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def test_two_concept_pips_are_both_kept_flagged_and_one_chosen(
    laptop: Callable[..., Laptop],
) -> None:
    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync(), b.sync()
    pa, pb = _pip(a, inburgeraar.id, 1), _pip(b, inburgeraar.id, 1)
    a.sync(), b.sync(), a.sync()
    assert _pips(a, inburgeraar.id) == _pips(b, inburgeraar.id)
    assert sorted(v for v, _ in _pips(a, inburgeraar.id).values()) == [1, 2]
    assert _pips(b, inburgeraar.id)[pb][0] == 2  # renumbered on arrival
    [flag] = a.conflicts()
    assert flag["soort"] == "pip_concept" and b.conflicts()[0]["id"] == flag["id"]
    conflicts.resolve(b.session, flag["id"], kies="mijn")  # bram keeps his own version
    b.sync(), a.sync()
    assert set(_pips(a, inburgeraar.id)) == set(_pips(b, inburgeraar.id)) == {pb}
    assert not a.conflicts() and not b.conflicts()
    assert pa not in _pips(a, inburgeraar.id)


def test_a_vastgesteld_pip_is_never_changed_by_a_sync(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    pip_id = _pip(a, inburgeraar.id, 1)
    a.sync(), b.sync()
    with b.store.transaction() as conn:  # bram edits the concept offline …
        conn.execute('UPDATE pip SET inhoud = \'{"door": "bram, later"}\' WHERE id = ?', (pip_id,))
    with a.store.transaction() as conn:  # … while anouk fixes it
        conn.execute(
            "UPDATE pip SET status = 'vastgesteld', dagtekening = '2026-01-05' WHERE id = ?",
            (pip_id,),
        )
    a.sync()
    assert b.sync().open_conflicten == 1
    assert b.conflicts()[0]["soort"] == "vastgesteld"
    for lap in (a, b):
        status, inhoud = lap.store.conn.execute(
            "SELECT status, inhoud FROM pip WHERE id = ?", (pip_id,)
        ).fetchone()
        assert (status, inhoud) == ("vastgesteld", '{"door": "anouk"}')
    _converged(a, b)


def test_delete_wins_over_an_offline_edit(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    a.sync(), b.sync()
    _edit(b, inburgeraar.id, telefoon="0543 999999")
    with a.store.transaction() as conn:
        conn.execute("DELETE FROM inburgeraar WHERE id = ?", (inburgeraar.id,))
    a.sync(), b.sync(), a.sync()
    for lap in (a, b):
        assert InburgeraarService(lap.session).total() == 0
    assert b.pending() == 0
    _converged(a, b)


def test_a_purge_reaches_a_laptop_that_was_offline(laptop: Callable[..., Laptop]) -> None:
    from datetime import date

    from app.security.retention import RetentionService as Retention

    a, b = laptop("anouk"), laptop("bram")
    inburgeraar = InburgeraarService(a.session).save(valid_form())
    _pip(a, inburgeraar.id, 1)
    a.sync(), b.sync()
    # bram's laptop goes offline for weeks; meanwhile the dossier is purged on anouk's
    for _ in range(3):
        InburgeraarService(a.session).save(valid_form(bsn=None, v_nummer=None, voornamen="Ander"))
        a.sync()
    Retention(a.session, lambda _row: date(2000, 1, 1)).delete([inburgeraar.id], date.today())
    a.sync()
    b.sync()
    assert InburgeraarService(b.session).get(inburgeraar.id) is None
    assert b.store.conn.execute("SELECT count(*) FROM pip").fetchone()[0] == 0
    _converged(a, b)
    # and the server holds no value of it any more
    fields = b.server.fields()
    assert not [k for k in fields if k[1] == inburgeraar.id]
