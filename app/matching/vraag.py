"""Build the matching question from the register record and the intake answers."""

from __future__ import annotations

from collections.abc import Mapping

from app.inburgeraars.model import Inburgeraar
from app.matching.model import EIGEN_GEMEENSCHAP_BELEID, Vraag

# The intake's answer ids (see the intake contract).
GEWENST = "sleutelpersoon.gewenst"
VOORKEUR_GESLACHT = "sleutelpersoon.voorkeur_geslacht"
NIET_EIGEN_GEMEENSCHAP = "sleutelpersoon.niet_eigen_gemeenschap"
THEMAS = "sleutelpersoon.themas"


def vraag_voor(
    inburgeraar: Inburgeraar,
    answers: Mapping[str, object],
    uitgesloten: Mapping[str, str] | None = None,
    eigen_gemeenschap_beleid: str = "uitsluiten",
) -> Vraag:
    """The question for *client*: languages and origin from the register, preferences and
    themes from the intake (absent answers mean: no preference, no particular theme)."""
    if eigen_gemeenschap_beleid not in EIGEN_GEMEENSCHAP_BELEID:
        raise ValueError(eigen_gemeenschap_beleid)
    talen = {t.code: t.niveau for t in inburgeraar.talen}
    talen.setdefault(inburgeraar.voorkeurstaal, "moedertaal")
    geslacht = answers.get(VOORKEUR_GESLACHT)
    themas = answers.get(THEMAS)
    return Vraag(
        inburgeraar_id=inburgeraar.id or "",
        geslacht=inburgeraar.geslacht,
        land_herkomst=inburgeraar.land_herkomst,
        talen=talen,
        voorkeurstaal=inburgeraar.voorkeurstaal,
        gemeentecode=inburgeraar.gemeentecode,
        themas=tuple(str(t) for t in themas) if isinstance(themas, list) else (),
        voorkeur_geslacht=geslacht if geslacht in ("V", "M") else "geen",
        niet_eigen_gemeenschap=answers.get(NIET_EIGEN_GEMEENSCHAP) is True,
        eigen_gemeenschap_beleid=eigen_gemeenschap_beleid,
        uitgesloten=dict(uitgesloten or {}),
    )
