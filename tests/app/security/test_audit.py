from __future__ import annotations

import pytest

from app.inburgeraars.service import InburgeraarService
from app.security import audit
from db.connection import Store
from tests.conftest import TODAY, valid_form


def _actions(store: Store) -> list[tuple[str, str, str]]:
    return [(r["actie"], r["object_type"], r["object_id"]) for r in audit.recent(store)][::-1]


def test_view_and_change_are_logged_with_actor_origin_and_result(
    store: Store, inburgeraars: InburgeraarService
) -> None:
    inburgeraar = inburgeraars.save(valid_form(), TODAY)
    inburgeraars.get(inburgeraar.id or "")
    inburgeraars.save(valid_form(id=inburgeraar.id, version=1, telefoon="0543 111111"), TODAY)
    inburgeraars.record("afgedrukt", inburgeraar.id or "")
    acts = _actions(store)
    assert acts[0] == ("aangemaakt", "account", "beheerder")
    assert acts[-4:] == [
        ("aangemaakt", "inburgeraar", inburgeraar.id),
        ("bekeken", "inburgeraar", inburgeraar.id),
        ("gewijzigd", "inburgeraar", inburgeraar.id),
        ("afgedrukt", "inburgeraar", inburgeraar.id),
    ]
    line = audit.recent(store, 1)[0]
    assert line["actor"] == "beheerder" and line["resultaat"] == "ok"
    assert line["herkomst"] == audit.origin() and line["tijdstip"].startswith("20")
    assert audit.verify(store) == []


def test_log_holds_no_personal_data(store: Store, inburgeraars: InburgeraarService) -> None:
    form = valid_form()
    inburgeraar = inburgeraars.save(form, TODAY)
    inburgeraars.get(inburgeraar.id or "")
    text = repr(store.store.conn.execute("SELECT * FROM audit_regel").fetchall())
    for value in ("999990019", "9912345678", "Selam", "Tesfamariam", "Kerkstraat", "0543"):
        assert value not in text


def test_update_and_delete_are_refused(store: Store, inburgeraars: InburgeraarService) -> None:
    inburgeraars.save(valid_form(), TODAY)
    with pytest.raises(Exception, match="alleen aan te vullen"):
        store.store.conn.execute("UPDATE audit_regel SET actor = 'iemand'")
    with pytest.raises(Exception, match="alleen aan te vullen"):
        store.store.conn.execute("DELETE FROM audit_regel WHERE volgnummer = 1")


def _tamper(store: Store, sql: str) -> None:
    """What someone with the key and a SQLite tool could do: drop the guard, then edit."""
    store.store.conn.execute("DROP TRIGGER audit_regel_geen_wijziging")
    store.store.conn.execute("DROP TRIGGER audit_regel_geen_verwijdering")
    store.store.conn.execute(sql)


def test_changed_line_is_found_and_named(store: Store, inburgeraars: InburgeraarService) -> None:
    for i in range(5):
        inburgeraars.save(valid_form(bsn="", v_nummer="", achternaam="Proef" + "abcde"[i]), TODAY)
    _tamper(store, "UPDATE audit_regel SET actor = 'iemand' WHERE volgnummer = 3")
    findings = audit.verify(store)
    assert [f.volgnummer for f in findings] == [3]
    assert "Regel 3 is na het schrijven veranderd" in findings[0].message


def test_removed_line_is_found(store: Store, inburgeraars: InburgeraarService) -> None:
    for i in range(5):
        inburgeraars.save(valid_form(bsn="", v_nummer="", achternaam="Proef" + "abcde"[i]), TODAY)
    _tamper(store, "DELETE FROM audit_regel WHERE volgnummer = 4")
    messages = [f.message for f in audit.verify(store)]
    assert "Regel 4 t/m 4 ontbreekt (verwijderd)." in messages
    assert "Regel 5 sluit niet aan op de regel ervoor." in messages


def test_recomputed_hash_still_breaks_the_chain(
    store: Store, inburgeraars: InburgeraarService
) -> None:
    for i in range(4):
        inburgeraars.save(valid_form(bsn="", v_nummer="", achternaam="Proef" + "abcde"[i]), TODAY)
    line = dict(audit.recent(store)[-2])  # volgnummer 2
    line["actie"] = "niets"
    new_hash = audit.line_hash(line)
    _tamper(
        store,
        f"UPDATE audit_regel SET actie = 'niets', hash = '{new_hash}' WHERE volgnummer = 2",
    )
    findings = audit.verify(store)  # a plain SHA-256 no longer fits: the line is keyed
    assert [f.volgnummer for f in findings] == [2, 3]
    assert "veranderd" in findings[0].message and "sluit niet aan" in findings[1].message


def test_audit_rolls_back_with_a_failed_change(store: Store) -> None:
    before = audit.count(store)
    with pytest.raises(RuntimeError), store.store.transaction():
        audit.audit(store, "gewijzigd", "inburgeraar", "x")
        raise RuntimeError("mislukt")
    assert audit.count(store) == before
