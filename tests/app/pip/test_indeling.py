"""Asylum-dependent rules follow DUO's coarse indeling on the register, not the detailed group."""

from __future__ import annotations

import pytest

from app import reference
from app.inburgeraars.service import InburgeraarService
from app.pip import rules
from app.pip.model import Ontzorgen
from tests.conftest import valid_form
from tests.support.pip import complete_inhoud


@pytest.mark.parametrize(
    ("doelgroep", "indeling", "asielrechten", "asiel"),
    [
        ("Asielstatushouder", "", "", True),  # default from the detailed group
        ("Gezinshereniger met Asielstatushouder", "", "", False),  # default: only Asielstatushouder
        ("Gezinshereniger met Asielstatushouder", "Asielstatushouder", "", True),  # DUO says so
        ("Asielstatushouder", "Gezinsmigrant en overige migrant", "", False),
        ("Gezinsvormer", "", "Asielrechten toegekend", True),
        ("Gezinsvormer", "Gezinsmigrant en overige migrant", "Behoud asielrechten", True),
        (
            "Asielstatushouder",
            "",
            "Op verzoek rechten van gezins- en overige migrant toegekend",
            False,
        ),
    ],
)
def test_indeling_decides(doelgroep: str, indeling: str, asielrechten: str, asiel: bool) -> None:
    assert reference.is_asielstatushouder(doelgroep, indeling, asielrechten) is asiel


def test_stored_on_the_register_and_used_by_the_pip_rules(inburgeraars: InburgeraarService) -> None:
    inburgeraar = inburgeraars.save(
        valid_form(doelgroep="Gezinshereniger met Asielstatushouder", indeling="Asielstatushouder")
    )
    stored = inburgeraars.get(inburgeraar.id or "")
    assert stored is not None and stored.indeling == "Asielstatushouder"
    assert stored.is_asielstatushouder
    inhoud = complete_inhoud()
    from dataclasses import replace

    with_oz = replace(inhoud, ontzorgen=Ontzorgen(("huur",)))
    assert "ontzorgen.posten" not in rules.fouten(with_oz, stored.is_asielstatushouder)
    plain = inburgeraars.save(
        valid_form(
            doelgroep="Gezinshereniger met Asielstatushouder",
            bsn="123456782",
            v_nummer="1234567890",
        )
    )
    assert not plain.is_asielstatushouder
    assert "ontzorgen.posten" in rules.fouten(with_oz, plain.is_asielstatushouder)


def test_unknown_indeling_is_refused_in_dutch(inburgeraars: InburgeraarService) -> None:
    from app.validation import ValidationError

    with pytest.raises(ValidationError) as info:
        inburgeraars.save(valid_form(indeling="Vluchteling"))
    assert info.value.errors["indeling"] == "Kies de indeling van DUO."
