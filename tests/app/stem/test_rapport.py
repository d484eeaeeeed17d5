"""The quarterly report: every table suppressed, no cell under 5 by any combination of the
report's dimensions, a person cannot be re-identified, the CSV opens safely in Excel."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.stem.model import SIGNAAL_THEMAS
from app.stem.onderdrukking import bounds, onthuld
from app.stem.rapport import Kwartaalrapport, maak_rapport
from app.stem.rapport_csv import rapport_csv, veilig
from tests.support.fake_bron import GEMEENTEN, FakeBron

TODAY = date(2026, 12, 1)
CODES = list(GEMEENTEN)
THEMAS = list(SIGNAAL_THEMAS)
ANSWERS = ["ja", "beetje", "nee", "weet_niet"]
PROVIDERS = [("taalschool", "De Brug"), ("taalschool", "NT2 Oost"), ("map", "Werkplein")]


def _tables(rapport: Kwartaalrapport):  # type: ignore[no-untyped-def]
    return [pub for sectie in rapport.secties for pub in sectie.tabellen]


def _check_safe(rapport: Kwartaalrapport) -> None:
    for pub in _tables(rapport):
        t = pub.tabel
        for r in range(len(t.rijen)):
            for c in range(len(t.kolommen)):
                shown = pub.getal((r, c))
                if shown is not None:
                    people = t.telling((r, c)).personen
                    assert people == 0 or people >= 5, (t.titel, t.rijen[r], t.kolommen[c])
        assert onthuld(pub) == set(), t.titel


people = st.integers(0, 60)
signal_rows = st.lists(
    st.fixed_dictionaries(
        {"persoon": people.map(str), "gemeentecode": st.sampled_from(CODES),
         "thema": st.sampled_from(THEMAS), "status": st.just("open")}
    ),
    max_size=150,
)  # fmt: skip
experience_rows = st.lists(
    st.tuples(people, st.sampled_from(PROVIDERS), st.sampled_from(ANSWERS)), max_size=120
)
feedback_rows = st.lists(
    st.tuples(
        people,
        st.sampled_from(["ja", "deels", "nee"]),
        st.sampled_from(["ja", "deels", "nee"]),
        st.lists(st.sampled_from(["uitleg", "taal", "tijd"]), max_size=2, unique=True),
    ),
    max_size=60,
)
reach_rows = st.lists(
    st.tuples(
        people,
        st.sampled_from(["ar", "ti", "prs"]),
        st.sampled_from(["SY", "ER", "AF"]),
        st.sampled_from(["V", "M"]),
        st.sampled_from(["1960-05-01", "1990-05-01", "2000-05-01"]),
    ),
    max_size=80,
)


def _bron(signals, experiences, feedback, reach) -> FakeBron:  # type: ignore[no-untyped-def]
    seen: set[tuple[int, str, str]] = set()
    ervaring = []
    for person, (onderdeel, aanbieder), answer in experiences:
        if (person, onderdeel, aanbieder) in seen:  # one questionnaire per person and provider
            continue
        seen.add((person, onderdeel, aanbieder))
        ervaring.append(
            {"persoon": str(person), "onderdeel": onderdeel, "aanbieder": aanbieder,
             "antwoorden": json.dumps({"nuttig": answer, "uitleg": answer}),
             "toelichting": "", "deelbaar": 0}
        )  # fmt: skip
    fb = [
        {"persoon": str(p), "sleutelpersoon_id": None, "doel_begrepen": d, "vrij_gesproken": v,
         "themas": json.dumps(t), "tips": "", "anders_doen": "", "toelichting": "", "deelbaar": 0}
        for p, d, v, t in feedback
    ]  # fmt: skip
    unique_reach = {p: row for p, *row in reach}  # a person is one row in the reach
    bereik = [
        {"persoon": str(p), "voorkeurstaal": t, "land_herkomst": land, "geslacht": g,
         "geboortedatum": b, "gemeentecode": "0197"}
        for p, (t, land, g, b) in unique_reach.items()
    ]  # fmt: skip
    return FakeBron(signaal_rijen=signals, ervaring_rijen=ervaring, feedback_rijen=fb,
                    bereik_rijen=bereik)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(signal_rows, experience_rows, feedback_rows, reach_rows)
def test_no_combination_of_dimensions_yields_a_cell_under_five(  # type: ignore[no-untyped-def]
    signals, experiences, feedback, reach
) -> None:
    rapport = maak_rapport(_bron(signals, experiences, feedback, reach), 2026, 4, TODAY)
    _check_safe(rapport)
    # the CSV says exactly what the tables say, and nothing else
    rows = list(csv.reader(io.StringIO(rapport_csv(rapport).decode("utf-8-sig")), delimiter=";"))
    cells = {(r[1], r[2], r[3]): r[4] for r in rows[1:] if r[1]}
    for pub in _tables(rapport):
        for r, row in enumerate(pub.tabel.rijen):
            for c, col in enumerate(pub.tabel.kolommen):
                assert cells[(pub.tabel.titel, row, col)] == pub.tekst((r, c))


def test_the_one_person_in_a_municipality_cannot_be_re_identified() -> None:
    """Everyone knows the one Tigrinya-speaking man in Aalten (person-7f3a). He had a health
    signal. From the report an attacker must not be able to tell that, nor how many."""
    signals = [
        {"persoon": "persoon-7f3a", "gemeentecode": "0197", "thema": "gezondheid", "status": ""}
    ]
    signals += [
        {"persoon": f"p{i}", "gemeentecode": code, "thema": thema, "status": ""}
        for i in range(40)
        for code, thema in [(CODES[1 + i % 2], THEMAS[i % 3])]
    ]
    rapport = maak_rapport(FakeBron(signaal_rijen=signals), 2026, 4, TODAY)
    (pub,) = rapport.secties[0].tabellen
    t = pub.tabel
    aalten, health = t.kolommen.index("Aalten"), t.rijen.index(SIGNAAL_THEMAS["gezondheid"])
    total_row = t.rijen.index("Totaal")
    assert pub.tekst((health, aalten)) == "< 5"
    assert pub.tekst((total_row, aalten)) == "< 5"
    # every other theme in Aalten looks the same as his: nothing tells which one he had
    assert {pub.tekst((r, aalten)) for r in range(len(t.rijen))} == {"< 5"}
    lo, hi = bounds(pub)[(health, aalten)]
    assert lo == 0  # "he had no health signal" is still possible for the attacker
    assert hi >= 1
    csv_text = rapport_csv(rapport).decode("utf-8-sig")
    assert "persoon-7f3a" not in csv_text and ";1\r\n" not in csv_text


def test_csv_is_excel_safe() -> None:
    assert veilig("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert veilig("+31") == "'+31" and veilig("-2") == "'-2" and veilig("@a") == "'@a"
    assert veilig("< 5") == "< 5" and veilig("12") == "12"
    data = rapport_csv(maak_rapport(FakeBron(), 2026, 4, TODAY))
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents right
    first = data.decode("utf-8-sig").splitlines()[0]
    assert first == "sectie;tabel;rij;kolom;waarde"


def test_free_text_only_when_shareable_and_without_numbers() -> None:
    base = {"sleutelpersoon_id": None, "doel_begrepen": "ja", "vrij_gesproken": "ja",
            "themas": "[]", "anders_doen": "", "toelichting": "Privé: zij is zwanger."}  # fmt: skip
    feedback = [
        {**base, "persoon": "a", "tips": "Neem meer tijd.", "deelbaar": 1},
        {**base, "persoon": "b", "tips": "Niet delen: haar broer heet Ali.", "deelbaar": 0},
        {**base, "persoon": "c", "tips": "Bel haar op 06 1234 5678.", "deelbaar": 1},
    ]
    rapport = maak_rapport(FakeBron(feedback_rijen=feedback), 2026, 4, TODAY)
    assert rapport.citaten == ["Neem meer tijd."]
    text = rapport_csv(rapport).decode("utf-8-sig")
    assert "Ali" not in text and "zwanger" not in text and "1234" not in text
