"""``wegwijs --self-test``: prove that an installed or frozen Wegwijs has all it needs.

The self-test is a list of steps; each step gets a shared :class:`Context`, does one thing a real
user would also do (open an encrypted session, register an inburgeraar, print …) and returns a short
detail line, raises :class:`StepSkipped` when its part of the product is not there, or raises any
other exception to fail. The Qt steps live in ``ui/selftest.py``; a part of the product adds its
own check by appending one :class:`Step`.

Nothing personal is printed: the inburgeraar is fictional and only counts and names of files
appear in the output.
"""

from __future__ import annotations

import importlib
import json
import secrets
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.session import Session

MANIFEST_NAME = "wegwijs-manifest.json"
# Packages whose non-Python files (SQL, JSON, SVG, fonts, texts …) are read at run time and must
# be in a bundle: all of Wegwijs, so a data file added anywhere is bundled and checked.
RESOURCE_PACKAGES = ("app", "db", "ui", "resources")
SKIP_SUFFIXES = (".py", ".pyc", ".pyi")

OK, FAILED, SKIPPED = "ok", "MISLUKT", "overgeslagen"


class StepSkipped(Exception):
    """The part of the product this step checks is not in this build."""


@dataclass
class Context:
    workdir: Path
    today: date = field(default_factory=date.today)
    session: Session | None = None
    inburgeraar_id: str | None = None
    outputs: list[Path] = field(default_factory=list)

    def need_store(self) -> Session:
        if self.session is None:
            raise RuntimeError("geen gegevensbestand: een eerdere stap is mislukt")
        return self.session

    def need_inburgeraar(self) -> str:
        if self.inburgeraar_id is None:
            raise RuntimeError("geen inburgeraar: een eerdere stap is mislukt")
        return self.inburgeraar_id


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str]


@dataclass(frozen=True)
class StepResult:
    name: str
    status: str
    detail: str
    seconds: float


# --- the manifest of files read at run time ---------------------------------------------------
def _walk(root: Traversable, prefix: str) -> Iterable[str]:
    for entry in root.iterdir():
        if entry.name == "__pycache__":
            continue
        rel = f"{prefix}/{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, rel)
        elif not entry.name.endswith(SKIP_SUFFIXES):
            yield rel


def resource_manifest(packages: Sequence[str] = RESOURCE_PACKAGES) -> list[str]:
    """Every data file of the resource packages, as 'package/relative/path'."""
    found: list[str] = []
    for package in packages:
        found.extend(_walk(resources.files(package), package))
    return sorted(found)


def _resource(entry: str) -> Traversable:
    package, _, rel = entry.partition("/")
    node = resources.files(package)
    for part in rel.split("/"):
        node = node / part
    return node


def bundled_manifest() -> list[str] | None:
    """The list written into a frozen bundle at build time; None when running from source."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    path = Path(base) / MANIFEST_NAME
    data = json.loads(path.read_text("utf-8"))
    return [str(item) for item in data["files"]]


# --- the steps --------------------------------------------------------------------------------
def check_resources(_ctx: Context) -> str:
    expected = bundled_manifest()
    if expected is None:
        expected = resource_manifest()
    missing = [e for e in expected if not _resource(e).is_file()]
    if missing:
        raise RuntimeError(f"ontbreekt: {', '.join(missing[:5])}")
    from db.migrations import load_migrations

    migrations = load_migrations()
    if not migrations:
        raise RuntimeError("geen migraties gevonden")
    if not _resource("resources/icons/wegwijs.svg").is_file():
        raise RuntimeError("app-icoon ontbreekt")
    return f"{len(expected)} bestanden, {len(migrations)} migraties"


def check_reference(_ctx: Context) -> str:
    from app import reference

    name = reference.country_name("DE")
    if name != "Duitsland":
        raise RuntimeError(f"landnamen niet in het Nederlands (DE = {name!r})")
    count = len(reference.languages())
    if count < 100:
        raise RuntimeError(f"te weinig talen ({count})")
    return f"{len(reference.countries())} landen, {count} talen"


def create_encrypted_store(ctx: Context) -> str:
    from app.store import StoreLocation, create_store, unlock

    location = StoreLocation(ctx.workdir / "gegevens")
    passphrase = "zelftest " + secrets.token_urlsafe(16)
    create_store(location, passphrase).close()
    header = location.path.read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("het gegevensbestand is niet versleuteld")
    ctx.session = unlock(location, passphrase)
    return f"SQLCipher {ctx.session.store.cipher_version()}"


FICTIONAL_INBURGERAAR: dict[str, Any] = {
    "voornamen": "Zelftest",
    "voorvoegsel": "",
    "achternaam": "Voorbeeld",
    "geboortedatum": "01-01-1990",
    "geslacht": "X",
    "bsn": "999990019",  # a test number that passes the elfproef; belongs to nobody
    "v_nummer": "",
    "doelgroep": "Asielstatushouder",
    "land_herkomst": "SY",
    "voorkeurstaal": "ar",
    "gemeentecode": "0294",
    "datum_start_plicht": "01-03-2025",
    "klantmanager": "Zelftest",
    "status": "aangemeld",
    "talen": [{"taal": "ar", "niveau": "moedertaal"}],
}


def add_fictional_inburgeraar(ctx: Context) -> str:
    from app.inburgeraars.service import InburgeraarService

    service = InburgeraarService(ctx.need_store())
    saved = service.save(FICTIONAL_INBURGERAAR, ctx.today)
    if saved.id is None:
        raise RuntimeError("de inburgeraar kreeg geen id")
    again = service.get(saved.id)
    if again is None or again.achternaam != "Voorbeeld":
        raise RuntimeError("de opgeslagen inburgeraar is niet terug te lezen")
    ctx.inburgeraar_id = saved.id
    return "opgeslagen en teruggelezen"


def export_pdfs(ctx: Context) -> str:
    """PIP and Arabic handout, through the hook the PDF part offers: ``app.pdf.selftest_exports``.

    The hook takes (session, inburgeraar_id, out_dir) and returns the written files. Each must be a
    PDF with embedded fonts, which is what proves the fonts were bundled.
    """
    try:
        pdf = importlib.import_module("app.pdf")
    except ModuleNotFoundError as exc:
        if exc.name not in ("app.pdf",):
            raise  # app.pdf is there but something it needs was not bundled: a failure
        raise StepSkipped("app.pdf zit niet in deze versie") from None
    hook = getattr(pdf, "selftest_exports", None)
    if hook is None:
        raise RuntimeError("app.pdf biedt geen selftest_exports(session, client_id, out_dir)")
    out_dir = ctx.workdir / "pdf"
    out_dir.mkdir()
    written = [Path(p) for p in hook(ctx.need_store(), ctx.need_inburgeraar(), out_dir)]
    if not written:
        raise RuntimeError("er is geen PDF gemaakt")
    for path in written:
        data = path.read_bytes()
        if not data.startswith(b"%PDF-"):
            raise RuntimeError(f"{path.name} is geen PDF")
        if b"/FontFile" not in data:
            raise RuntimeError(f"{path.name} bevat geen ingebedde lettertypen")
    ctx.outputs.extend(written)
    return ", ".join(p.name for p in written)


def core_steps() -> list[Step]:
    return [
        Step("Bestanden van de app aanwezig", check_resources),
        Step("Landen en talen in het Nederlands", check_reference),
        Step("Versleuteld gegevensbestand maken", create_encrypted_store),
        Step("Fictieve inburgeraar toevoegen", add_fictional_inburgeraar),
        Step("PIP en Arabische folder als PDF", export_pdfs),
    ]


# --- running ----------------------------------------------------------------------------------
def run_step(step: Step, ctx: Context) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step.run(ctx)
        status = OK
    except StepSkipped as exc:
        status, detail = SKIPPED, str(exc)
    except Exception as exc:  # a failing step is reported, the next steps still run
        status, detail = FAILED, f"{type(exc).__name__}: {exc}"
    return StepResult(step.name, status, detail, time.perf_counter() - start)


def run_steps(steps: Sequence[Step], ctx: Context, out: TextIO) -> list[StepResult]:
    results: list[StepResult] = []
    for step in steps:
        result = run_step(step, ctx)
        results.append(result)
        out.write(f"[{result.status}] {result.name}: {result.detail} ({result.seconds:.2f} s)\n")
        out.flush()
    failed = sum(r.status == FAILED for r in results)
    passed = sum(r.status == OK for r in results)
    verdict = "geslaagd" if not failed else "MISLUKT"
    out.write(f"Zelftest {verdict}: {passed} geslaagd, {failed} mislukt, ")
    out.write(f"{len(results) - passed - failed} overgeslagen.\n")
    return results


def exit_code(results: Sequence[StepResult]) -> int:
    """0 when no step failed (skipped parts are not in this build), else 1."""
    return 1 if any(r.status == FAILED for r in results) else 0
