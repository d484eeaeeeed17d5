"""The self-test's steps: real checks that pass on a good install and fail loudly otherwise."""

from __future__ import annotations

import io
import sys
import types
from pathlib import Path

import pytest

from app import selftest
from app.selftest import FAILED, OK, SKIPPED, Context, Step, StepSkipped, exit_code, run_steps
from tests.conftest import TODAY


def _fail(_ctx: Context) -> str:
    raise RuntimeError("kapot")


def _skip(_ctx: Context) -> str:
    raise StepSkipped("niet in deze versie")


def test_a_failing_step_makes_the_exit_code_non_zero_and_later_steps_still_run(
    tmp_path: Path,
) -> None:
    ran: list[str] = []

    def later(_ctx: Context) -> str:
        ran.append("later")
        return "gedaan"

    out = io.StringIO()
    results = run_steps([Step("Eerste", _fail), Step("Tweede", later)], Context(tmp_path), out)
    assert [r.status for r in results] == [FAILED, OK]
    assert ran == ["later"]
    assert exit_code(results) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("[MISLUKT] Eerste: RuntimeError: kapot")
    assert lines[-1] == "Zelftest MISLUKT: 1 geslaagd, 1 mislukt, 0 overgeslagen."


def test_skipped_parts_do_not_fail_the_self_test(tmp_path: Path) -> None:
    results = run_steps([Step("Ontbreekt", _skip)], Context(tmp_path), io.StringIO())
    assert [r.status for r in results] == [SKIPPED]
    assert exit_code(results) == 0


def test_core_steps_pass_on_this_checkout(tmp_path: Path) -> None:
    ctx = Context(tmp_path, today=TODAY)
    try:
        results = run_steps(selftest.core_steps(), ctx, io.StringIO())
    finally:
        if ctx.session is not None:
            ctx.session.close()
    assert exit_code(results) == 0, results
    assert ctx.inburgeraar_id is not None
    # The store file really is encrypted.
    assert not (tmp_path / "gegevens" / "wegwijs.db").read_bytes().startswith(b"SQLite format")


def test_steps_after_a_missing_store_fail_with_a_reason(tmp_path: Path) -> None:
    result = selftest.run_step(
        Step("Inburgeraar", selftest.add_fictional_inburgeraar), Context(tmp_path)
    )
    assert result.status == FAILED and "geen gegevensbestand" in result.detail


def test_manifest_lists_migrations_and_resources() -> None:
    files = selftest.resource_manifest()
    assert "db/migrations/0001_clients.sql" in files
    assert "resources/icons/wegwijs.svg" in files
    assert not any(f.endswith(".py") or "__pycache__" in f for f in files)


def test_missing_bundled_file_fails_the_resource_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "bundled_manifest", lambda: ["resources/icons/weg-is-weg.svg"])
    result = selftest.run_step(Step("Bestanden", selftest.check_resources), Context(tmp_path))
    assert result.status == FAILED and "weg-is-weg.svg" in result.detail


def _fake_pdf(monkeypatch: pytest.MonkeyPatch, hook: object | None) -> None:
    module = types.ModuleType("app.pdf")
    if hook is not None:
        module.selftest_exports = hook  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.pdf", module)


def _pdf_ctx(tmp_path: Path) -> Context:
    return Context(tmp_path, session=object(), inburgeraar_id="x")  # type: ignore[arg-type]


def test_pdf_step_skipped_without_pdf_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "app.pdf", None)  # import raises ModuleNotFoundError
    result = selftest.run_step(Step("PDF", selftest.export_pdfs), _pdf_ctx(tmp_path))
    assert result.status == SKIPPED


def test_pdf_step_fails_when_the_hook_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_pdf(monkeypatch, None)
    result = selftest.run_step(Step("PDF", selftest.export_pdfs), _pdf_ctx(tmp_path))
    assert result.status == FAILED and "selftest_exports" in result.detail


@pytest.mark.parametrize(
    ("content", "status", "detail"),
    [
        (b"%PDF-1.4 ... /FontFile2 ...", OK, "pip.pdf"),
        (b"<html>geen pdf</html>", FAILED, "geen PDF"),
        (b"%PDF-1.4 zonder lettertype", FAILED, "geen ingebedde lettertypen"),
    ],
)
def test_pdf_step_checks_what_the_hook_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes, status: str, detail: str
) -> None:
    def hook(_store: object, _inburgeraar_id: str, out_dir: Path) -> list[Path]:
        path = out_dir / "pip.pdf"
        path.write_bytes(content)
        return [path]

    _fake_pdf(monkeypatch, hook)
    result = selftest.run_step(Step("PDF", selftest.export_pdfs), _pdf_ctx(tmp_path))
    assert result.status == status and detail in result.detail
