"""Permission checks of the parts merged after security (intake, key persons, matching, PDF),
tested at the services: each refusal changes nothing and leaves a "geweigerd" line; views and
changes leave lines that carry ids, never a BSN or a name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.inburgeraars.service import InburgeraarService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.matching.service import MatchService
from app.pdf.source import document_for, handout_for, record_output
from app.security.audit import count
from app.security.roles import PermissionDeniedError, Role
from app.sleutelpersonen.inzet_service import InzetService
from app.sleutelpersonen.service import SleutelpersoonService
from app.sleutelpersonen.transfer import export_file
from db.audit import AuditRepository
from db.connection import Store
from tests.conftest import TODAY, valid_form
from tests.support.security import act_as
from tests.support.sleutelpersonen import persoon_form

HEALTH = "Slaapt slecht sinds de vlucht."


@pytest.fixture
def inburgeraar_id(inburgeraars: InburgeraarService) -> str:
    cid = inburgeraars.save(valid_form(), TODAY).id
    assert cid
    return cid


@pytest.fixture
def filled(store: Store, inburgeraar_id: str) -> dict[str, str]:
    """An intake with a health answer and a key-person wish, a key person with one engagement."""
    act_as(store, Role.KLANTMANAGER, Role.COORDINATOR, naam="opzet")
    intake = IntakeService(store, today=TODAY)
    intake.save_answer(inburgeraar_id, "gezondheid.psychisch", HEALTH)
    intake.save_answer(inburgeraar_id, "sleutelpersoon.gewenst", "ja")
    intake.save_answer(inburgeraar_id, "sleutelpersoon.themas", ["gezondheid"])
    person = SleutelpersoonService(store).save(persoon_form(), TODAY)
    assert person.id
    inzet = InzetService(store)
    form = {"sleutelpersoon_id": person.id, "datum": TODAY.isoformat(), "soort": "intakegesprek"}
    inzet.add({**form, "uren": "2", "km": "10", "activiteit": "Spreekuur"}, TODAY)
    return {"client": inburgeraar_id, "persoon": person.id}


def lines(store: Store) -> list[dict[str, Any]]:
    return AuditRepository(store.store.conn).all()


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("intake", "intake_antwoord", "sleutelpersoon", "inzet", "declaratie", "koppeling")
    return {
        t: store.store.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables
    }


def refused(store: Store, call: Callable[[], object], permission: str) -> None:
    """*call* is refused with *permission*, changes no data and adds one "geweigerd" line."""
    before, n = snapshot(store), count(store)
    with pytest.raises(PermissionDeniedError, match=permission):
        call()
    assert snapshot(store) == before
    new = lines(store)[n:]
    assert [(r["actie"], r["resultaat"], r["object_id"]) for r in new] == [
        ("toegang", "geweigerd", permission)
    ]


# --- coordinator --------------------------------------------------------------------------------
def test_coordinator_cannot_read_or_change_the_intake(store: Store, filled: dict[str, str]) -> None:
    cid = filled["client"]
    act_as(store, Role.COORDINATOR)
    intake = IntakeService(store, today=TODAY)
    for call in (
        lambda: intake.answers(cid),
        lambda: intake.stored_answers(cid),
        lambda: intake.summary(cid),
        lambda: intake.assessment(cid),
        lambda: intake.info(cid),
        lambda: GesprekService(intake).gesprekken(cid),
    ):
        refused(store, call, "dossier lezen")
    for call in (
        lambda: intake.save_answer(cid, "gezondheid.psychisch", "overschreven"),
        lambda: intake.close(cid, "coördinator rondt af"),
        lambda: GesprekService(intake).add_signaal(cid, {"datum": TODAY, "tekst": "x"}),
    ):
        refused(store, call, "dossier wijzigen")


def test_coordinator_cannot_print_a_pip_or_handout(
    store: Store, filled: dict[str, str], tmp_path: Path
) -> None:
    act_as(store, Role.COORDINATOR)
    refused(store, lambda: document_for(store, filled["client"]), "dossier exporteren")
    refused(store, lambda: handout_for(store, filled["client"]), "dossier exporteren")
    refused(
        store,
        lambda: record_output(store, "afgedrukt", "pip", filled["client"]),
        "dossier exporteren",
    )


def test_coordinator_assigns_all_waiting_without_seeing_intake_answers(
    store: Store, filled: dict[str, str]
) -> None:
    seen: list[dict[str, object]] = []
    act_as(store, Role.COORDINATOR)
    matching = MatchService(store)
    original = matching.answers

    def spy(inburgeraar_id: str) -> dict[str, object]:
        answers = dict(original(inburgeraar_id))
        seen.append(answers)
        return answers

    matching.answers = spy
    proposal = matching.wijs_alle_toe()
    assert proposal.koppelingen.get(filled["client"]) == filled["persoon"]
    assert seen and all(k.startswith("sleutelpersoon.") for a in seen for k in a)
    assert all(HEALTH not in map(str, a.values()) for a in seen)
    assert matching.bevestig_toewijzing(proposal, door="coord") == 1
    # a single newcomer's suggestions and a manual match are the klantmanager's (dossier)
    refused(store, lambda: matching.suggesties(filled["client"]), "dossier lezen")
    refused(
        store,
        lambda: matching.bevestig(filled["client"], filled["persoon"], None, "eigen keuze"),
        "dossier wijzigen",
    )


# --- klantmanager -------------------------------------------------------------------------------
def test_klantmanager_cannot_edit_the_registry_or_claims(
    store: Store, filled: dict[str, str], tmp_path: Path
) -> None:
    act_as(store, Role.KLANTMANAGER)
    personen = SleutelpersoonService(store)
    inzet = InzetService(store)
    month = TODAY.strftime("%Y-%m")
    assert personen.get(filled["persoon"]) is not None  # reading the registry is fine
    assert inzet.werkdruk(month, TODAY)
    for call in (
        lambda: personen.save(persoon_form(voornaam="Nieuw"), TODAY),
        lambda: personen.save(persoon_form(id=filled["persoon"], version=1, voornaam="X"), TODAY),
        lambda: inzet.keur_goed(filled["persoon"], month, "km"),
        lambda: inzet.declaraties(month),
        lambda: inzet.set_km_tarief_cent(40),
        lambda: inzet.add({"sleutelpersoon_id": filled["persoon"], "uren": "1"}, TODAY),
        lambda: export_file(personen, tmp_path / "pool.csv"),
    ):
        refused(store, call, "sleutelpersonen beheren")
    assert not (tmp_path / "pool.csv").exists()


def test_klantmanager_matches_a_newcomer_and_it_is_logged(
    store: Store, filled: dict[str, str]
) -> None:
    act_as(store, Role.KLANTMANAGER)
    matching = MatchService(store)
    top = matching.suggesties(filled["client"]).ranglijst[0]
    n = count(store)
    besluit = matching.bevestig(filled["client"], top.kandidaat_id, top)
    assert ("aangemaakt", "koppeling", besluit.koppeling_id) in [
        (r["actie"], r["object_type"], r["object_id"]) for r in lines(store)[n:]
    ]


# --- beheerder ----------------------------------------------------------------------------------
def test_beheerder_alone_reads_no_intake_and_no_key_persons(
    store: Store, filled: dict[str, str]
) -> None:
    act_as(store, Role.BEHEERDER)
    intake = IntakeService(store, today=TODAY)
    refused(store, lambda: intake.answers(filled["client"]), "dossier lezen")
    refused(store, lambda: intake.summary(filled["client"]), "dossier lezen")
    refused(store, lambda: document_for(store, filled["client"]), "dossier exporteren")
    refused(store, lambda: SleutelpersoonService(store).lijst(), "sleutelpersonen lezen")
    refused(store, lambda: MatchService(store).wachtende(), "sleutelpersonen lezen")


# --- what the trail says ------------------------------------------------------------------------
def test_views_and_changes_are_logged_with_ids_only(
    store: Store, filled: dict[str, str], inburgeraars: InburgeraarService
) -> None:
    inburgeraar = inburgeraars._get(filled["client"])
    assert inburgeraar is not None and inburgeraar.bsn
    act_as(store, Role.KLANTMANAGER)
    intake = IntakeService(store, today=TODAY)
    n = count(store)
    intake.summary(filled["client"])
    intake.save_answer(filled["client"], "werk.ervaring", "Lasser")
    record_output(store, "afgedrukt", "pip", filled["client"])
    new = lines(store)[n:]
    intake_id = str(store.store.conn.execute("SELECT id FROM intake").fetchone()[0])
    assert [(r["actie"], r["object_type"], r["object_id"]) for r in new] == [
        ("bekeken", "intake", intake_id),
        ("gewijzigd", "intake", intake_id),
        ("afgedrukt", "pip", filled["client"]),
    ]
    text = repr(lines(store))
    for secret in (
        inburgeraar.bsn,
        inburgeraar.achternaam,
        inburgeraar.voornamen,
        "Tesfay",
        HEALTH,
        "Lasser",
    ):
        assert secret not in text


def test_an_answer_and_its_audit_line_commit_together(store: Store, filled: dict[str, str]) -> None:
    """A failing audit write rolls the answer back: no change without its line."""
    act_as(store, Role.KLANTMANAGER)
    intake = IntakeService(store, today=TODAY)
    intake.save_answer(filled["client"], "werk.ervaring", "eerst")

    def broken(_row_id: str) -> None:
        raise RuntimeError("schijf vol")

    intake._changed = lambda *_a, **_k: broken  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        intake.save_answer(filled["client"], "werk.ervaring", "daarna")
    assert IntakeService(store, today=TODAY).answers(filled["client"])["werk.ervaring"] == "eerst"
