"""The quarterly report at regional scale: counting, suppression and drawing for a quarter with
20,000 signals, 15,000 questionnaires, 5,000 feedbacks and 10,000 newcomers reached."""

from __future__ import annotations

import json
import random
from datetime import date
from typing import Any

import pytest

from app.stem.model import FEEDBACK_THEMAS, SIGNAAL_THEMAS
from app.stem.rapport import maak_rapport
from app.stem.rapport_csv import rapport_csv
from app.stem.rapport_pdf import rapport_pdf
from tests.bench.pool import CODES, GROEPEN
from tests.support.fake_bron import FakeBron

pytestmark = pytest.mark.bench
PROVIDERS = [("taalschool", f"Taalschool {i}") for i in range(6)] + [
    ("pvt", "VluchtelingenWerk"), ("map", "Werkplein"), ("ontzorgen", "Gemeente"),
]  # fmt: skip


def _bron(rng: random.Random) -> FakeBron:
    people = [f"p{i}" for i in range(10_000)]
    bron = FakeBron()
    bron.gemeenten = lambda: {c: c for c in CODES}  # type: ignore[method-assign]
    bron.signaal_rijen = [
        {"persoon": rng.choice(people), "gemeentecode": rng.choice(CODES),
         "thema": rng.choice(list(SIGNAAL_THEMAS)), "status": "open"}
        for _ in range(20_000)
    ]  # fmt: skip
    answers = ["ja", "beetje", "nee", "weet_niet"]
    bron.ervaring_rijen = [
        {"persoon": rng.choice(people), "onderdeel": o, "aanbieder": a, "toelichting": "",
         "deelbaar": 0, "antwoorden": json.dumps({"nuttig": rng.choice(answers),
                                                  "uitleg": rng.choice(answers)})}
        for o, a in (rng.choice(PROVIDERS) for _ in range(15_000))
    ]  # fmt: skip
    bron.feedback_rijen = [
        {"persoon": rng.choice(people), "sleutelpersoon_id": None, "doel_begrepen": "ja",
         "vrij_gesproken": rng.choice(("ja", "deels")), "tips": "", "anders_doen": "",
         "toelichting": "", "deelbaar": 0,
         "themas": json.dumps(rng.sample(list(FEEDBACK_THEMAS), 2))}
        for _ in range(5_000)
    ]  # fmt: skip
    bron.bereik_rijen = [
        {"persoon": p, "voorkeurstaal": g[0], "land_herkomst": g[1],
         "geslacht": rng.choice("VM"), "geboortedatum": f"{rng.randint(1950, 2008)}-06-01",
         "gemeentecode": rng.choice(CODES)}
        for p, g in ((p, rng.choices(GROEPEN, [x[2] for x in GROEPEN])[0]) for p in people)
    ]  # fmt: skip
    return bron


def test_bench_rapport_regio(benchmark: Any) -> None:
    bron = _bron(random.Random(7))

    def build() -> tuple[bytes, bytes]:
        rapport = maak_rapport(bron, 2026, 4, date(2026, 12, 1))
        return rapport_pdf(rapport), rapport_csv(rapport)

    pdf, csv = benchmark.pedantic(build, rounds=3, iterations=1)
    assert pdf.startswith(b"%PDF") and csv
