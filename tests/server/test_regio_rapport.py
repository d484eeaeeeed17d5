"""The regional quarterly report from the server's data (real PostgreSQL): two laptops of two
municipalities sync, a coördinator's report counts both; the server hands out only pseudonyms
and coded fields (no names, BSN, birth dates or unshared text); a klantmanager is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from app.cli import run as cli_run
from app.inburgeraars.service import InburgeraarService
from app.intake.gesprekken import GesprekService
from app.intake.service import IntakeService
from app.stem.ervaring import ErvaringService
from app.stem.feedback import FeedbackService
from app.stem.rapport import LokaleBron, maak_rapport
from app.stem.server_bron import RegioRapportError, ServerBron
from tests.conftest import TODAY, valid_form
from tests.support.laptops import STORE_PASSPHRASE, Laptop

FEEDBACK = {
    "datum": "27-11-2026",
    "doel_begrepen": "ja",
    "vrij_gesproken": "deels",
    "themas": ["uitleg"],
    "anders_doen": "Geheime opmerking die niet gedeeld mag worden.",
    "tips": "Ook een niet gedeelde tip.",
}
ERVARING = {
    "onderdeel": "taalschool",
    "aanbieder": "Taalschool De Brug",
    "datum": "15-11-2026",
    "ingevuld_door": "sleutelpersoon",
    "taal": "nl",
    "antwoorden": {"nuttig": "ja"},
}


def _bsn(n: int) -> str:
    """The n-th valid (elfproef) fictional BSN starting 90."""
    found = 0
    for body in range(90_000_000, 90_100_000):
        digits = [int(c) for c in f"{body:08d}"]
        rest = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            if found == n:
                return f"{body:08d}{rest}"
            found += 1
    raise AssertionError(n)


BSNS = [_bsn(n) for n in range(12)]  # names and these must never reach the report


def _people(lap: Laptop, gemeente: str, bsns: list[str], tag: str) -> None:
    inburgeraars = InburgeraarService(lap.session)
    intake = IntakeService(lap.session, today=TODAY)
    gesprekken = GesprekService(intake, today=TODAY)
    feedback = FeedbackService(lap.session, today=TODAY)
    ervaring = ErvaringService(lap.session, today=TODAY)
    for n, bsn in enumerate(bsns):
        inburgeraar = inburgeraars.save(
            valid_form(
                bsn=bsn, v_nummer="", achternaam=f"Geheim{tag}{'abcdef'[n]}", gemeentecode=gemeente
            ),
            today=TODAY,
        )
        assert inburgeraar.id
        gid = gesprekken.add_gesprek(
            inburgeraar.id,
            {
                "datum": "20-11-2026",
                "plaats": "azc",
                "klantmanager": "Anouk Jansen",
                "sleutelpersoon_naam": "Amina Yusuf",
                "rollen": ["vertaler"],
            },
        )
        gesprekken.add_signaal(
            inburgeraar.id,
            {"datum": "20-11-2026", "tekst": "Huur niet betaald.", "thema": "financien"},
        )
        feedback.save(gid, FEEDBACK)
        ervaring.save(inburgeraar.id, ERVARING)


def _total(rapport, titel: str) -> int | None:  # type: ignore[no-untyped-def]
    for sectie in rapport.secties:
        for pub in sectie.tabellen:
            if pub.tabel.titel == titel:
                t = pub.tabel
                return pub.getal((len(t.rijen) - 1, len(t.kolommen) - 1))
    raise AssertionError(titel)


@pytest.fixture
def region(laptop: Callable[..., Laptop]) -> tuple[Laptop, Laptop, Laptop]:
    a = laptop("km_winterswijk", "0294")
    b = laptop("km_doetinchem", "0222")
    _people(a, "0294", BSNS[:6], "A")
    _people(b, "0222", BSNS[6:], "B")
    for lap in (a, b):
        lap.sync()
    coord = laptop("coord_regio", "0222", "coordinator")
    coord.sync()
    return a, b, coord


def test_the_coordinators_report_counts_both_laptops(region) -> None:  # type: ignore[no-untyped-def]
    a, _b, coord = region
    local_a = maak_rapport(LokaleBron(a.session), 2026, 4, TODAY)
    assert _total(local_a, "Bereik naar taal") == 6  # one laptop: its own six
    with ServerBron(coord.session) as bron:
        regio = maak_rapport(bron, 2026, 4, TODAY)
        gemeenten = dict(bron.gemeenten())
    assert regio.bron.startswith("de regionale server")
    assert _total(regio, "Bereik naar taal") == 12  # the region: both laptops
    assert _total(regio, "Signalen per thema en gemeente") == 12
    assert {"0294", "0222"} <= set(gemeenten)
    signalen = next(s for s in regio.secties if s.titel.startswith("Signalen")).tabellen[0]
    t = signalen.tabel
    row = t.rijen.index("Financiën")
    for naam in ("Winterswijk", "Doetinchem"):
        assert signalen.getal((row, t.kolommen.index(naam))) == 6, naam
    assert regio.citaten == []  # the feedback was not marked shareable


def test_the_server_sends_pseudonyms_and_codes_only(region) -> None:  # type: ignore[no-untyped-def]
    _a, _b, coord = region
    with ServerBron(coord.session) as bron:
        rows = {
            "signalen": bron.signalen(*_quarter()),
            "ervaringen": bron.ervaringen("2026-Q4"),
            "feedback": bron.feedback(*_quarter()),
            "bereik": bron.bereik(*_quarter()),
        }
    text = json.dumps(rows, default=str)
    for secret in [*BSNS, "GeheimAa", "GeheimBf", "Geheime opmerking", "niet gedeelde tip"]:
        assert secret not in text, secret
    ids = {r[0] for r in a_ids(region)}
    people = {r["persoon"] for r in rows["bereik"]}
    assert len(people) == 12 and not people & ids  # pseudonyms, not the dossier ids
    assert all(len(p) == 64 for p in people)
    assert "14-03-1995" not in text and "1995-03-14" not in text  # no real birth date


def a_ids(region) -> list[tuple[str]]:  # type: ignore[no-untyped-def]
    ids: list[tuple[str]] = []
    for lap in region[:2]:
        ids += [(str(r[0]),) for r in lap.store.conn.execute("SELECT id FROM inburgeraar")]
    return ids


def _quarter():  # type: ignore[no-untyped-def]
    from app.stem.model import kwartaal_grenzen

    return kwartaal_grenzen(2026, 4)


def test_a_klantmanager_may_not_and_the_server_refuses_direct_reads(region) -> None:  # type: ignore[no-untyped-def]
    a, _b, _coord = region
    with (
        pytest.raises(RegioRapportError, match="coördinator of beheerder"),
        ServerBron(a.session) as bron,
    ):
        maak_rapport(bron, 2026, 4, TODAY)
    conn = a.server.connect_as("coord_regio")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM wegwijs.rapport_rijen('inburgeraar')").fetchall()
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM wegwijs.rapport_sleutel").fetchall()


def test_cli_regio_writes_the_regional_report(region, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _a, _b, coord = region
    pw = tmp_path / "pw"
    pw.write_text(STORE_PASSPHRASE, "utf-8")
    folder = coord.location.data_dir
    coord.close()
    out = tmp_path / "regio.csv"
    args = ["--data-dir", str(folder), "--passphrase-file", str(pw), "rapport", "kwartaal"]
    code = cli_run([*args, "--jaar", "2026", "--kwartaal", "4", "--uit", str(out), "--regio"])
    assert code == 0
    table = out.read_bytes().decode("utf-8-sig")
    assert "Doetinchem" in table and "Winterswijk" in table
    assert "GeheimAa" not in table and BSNS[0] not in table


def test_the_tab_makes_the_regional_report_off_the_gui_thread(
    region, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ui.stem.stem_view import StemView

    _a, _b, coord = region
    view = StemView(coord.session)
    qtbot.addWidget(view)
    view.jaar.setValue(2026)
    view.kwartaal.setValue(4)
    view.regio.setChecked(True)
    target = tmp_path / "regio.csv"
    view.export(".csv", target)
    qtbot.waitUntil(lambda: "bewaard" in view.status.text(), timeout=30_000)
    table = target.read_bytes().decode("utf-8-sig")
    assert "Doetinchem" in table and "Winterswijk" in table and "regionale server" in table


def test_the_tab_says_when_the_laptop_has_no_server(qtbot, inburgeraars, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.stem.stem_view import StemView

    view = StemView(inburgeraars.session)
    qtbot.addWidget(view)
    view.regio.setChecked(True)
    target = tmp_path / "regio.pdf"
    view.export(".pdf", target)
    assert "niet met een server verbonden" in view.status.text()
    assert not target.exists() and view.pdf_button.isEnabled()
