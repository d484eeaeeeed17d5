"""Every public method of every service the Session hands out checks permissions (issue 11):
called by a session whose officer has no role at all, each one is refused with
PermissionDeniedError, except the methods listed in OPEN, each with the reason it is open.
A new service method fails this test until it checks a permission or is listed with a reason."""

from __future__ import annotations

import inspect
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from app.security.roles import Actor, PermissionDeniedError
from app.session import Session
from app.store import StoreLocation, create_store
from tests.conftest import PASSPHRASE, TEST_KDF

REFERENCE = "reference data (municipality codes and names), no personal data"
VALIDATOR = "a pure check of the caller's own input: reads and writes nothing"
DERIVED = (
    "recomputes the derived deadline rows from stored data after a save or at start-up, for "
    "whoever is signed in (as the automatic backup); shows nothing and changes no answer"
)
OPEN: dict[str, str] = {
    "inburgeraars.gemeente_list": REFERENCE,
    "inburgeraars.gemeente_name": REFERENCE,
    "sleutelpersonen.gemeente_namen": REFERENCE,
    "inburgeraars.total": "a count for the status bar (how many people), no one's data",
    "termijnen.open_count": "a count for the Termijnen tab's heading, no one's data",
    "gesprekken.today": "today's date on the session's clock",
    "gesprekken.validate_gesprek": VALIDATOR,
    "gesprekken.validate_signaal": VALIDATOR,
    "sleutelpersonen.validate": VALIDATOR,
    "intake.forget": "drops a cached value of this session's own; reads nothing",
    "intake.forget_all": "drops this session's own cache (after a sync); reads nothing",
    "inzet.km_tarief_cent": "the region's mileage rate (a setting), no personal data",
    "termijnen.rebuild": DERIVED,
    "termijnen.rebuild_all": DERIVED,
    "termijnen.refresh": DERIVED,
    "termijnen.sync": DERIVED,
    "termijnen.sync_people": DERIVED,
}


def services() -> list[str]:
    return sorted(
        name for name, value in vars(Session).items() if isinstance(value, cached_property)
    )


def public_methods(service: object) -> list[str]:
    return sorted(
        name
        for name, member in inspect.getmembers(type(service), inspect.isfunction)
        if not name.startswith("_")
    )


def dummy(parameter: inspect.Parameter) -> Any:
    """A harmless argument of roughly the right kind: the check comes before any use."""
    text = str(parameter.annotation)
    for key, value in (
        ("datetime", datetime(2026, 12, 1, 9, 0)),
        ("date", date(2026, 12, 1)),
        ("Path", Path("/nonexistent/wegwijs")),
        ("bool", False),
        ("int", 1),
        ("float", 1.0),
        ("dict", {}),
        ("Mapping", {}),
        ("list", []),
        ("Sequence", []),
        ("Iterable", []),
        ("set", set()),
        ("str", "00000000-0000-4000-8000-000000000001"),
    ):
        if key in text:
            return value
    return None


@pytest.fixture
def nobody(tmp_path: Path) -> Any:
    """A session on a real store whose officer has no role."""
    admin = create_store(StoreLocation(tmp_path / "data"), PASSPHRASE, kdf=TEST_KDF)
    session = Session(admin.store, Actor("niemand", frozenset()), admin.data_dir)
    yield session
    admin.close()


def test_the_list_of_services_is_the_sessions() -> None:
    assert {"inburgeraars", "intake", "pip", "retention", "matching", "sleutelpersonen"} <= set(
        services()
    )


def test_every_public_service_method_refuses_an_officer_without_roles(nobody: Session) -> None:
    open_and_unknown = set(OPEN)
    not_checked: list[str] = []
    for name in services():
        service = getattr(nobody, name)
        for method in public_methods(service):
            qualified = f"{name}.{method}"
            if qualified in OPEN:
                open_and_unknown.discard(qualified)
                continue
            bound = getattr(service, method)
            args = [
                dummy(p)
                for p in inspect.signature(bound).parameters.values()
                if p.default is inspect.Parameter.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
            ]
            try:
                result = bound(*args)
                if inspect.isgenerator(result):
                    next(result, None)
            except PermissionDeniedError:
                continue
            except Exception as exc:
                not_checked.append(f"{qualified} ({type(exc).__name__})")
            else:
                not_checked.append(qualified)
    assert not_checked == [], "no permission check: " + ", ".join(not_checked)
    assert open_and_unknown == set(), f"OPEN lists methods that no longer exist: {open_and_unknown}"
