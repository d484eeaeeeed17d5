"""How strong a new password is: zxcvbn (Dropbox's estimator, the `zxcvbn` package) with Dutch
words, the Achterhoek municipalities, the municipality set on this machine and the user's own
account name as extra dictionary. A password of at least 10 characters that zxcvbn scores 3
("safely unguessable": about 10^8 guesses or more) or 4 is accepted: ``password12``,
``1234567890``, ``Doetinchem2024`` and ``wachtwoord123`` are not; a sentence of four words is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app import reference

MIN_LENGTH = 10
MIN_SCORE = 3
# Words Dutch people put in passwords, and words of this product and its users' work.
DUTCH_WORDS = (
    "wachtwoord", "paswoord", "welkom", "geheim", "hallo", "liefde", "schat", "lieverd",
    "zomer", "winter", "lente", "herfst", "januari", "februari", "maart", "april", "mei",
    "juni", "juli", "augustus", "september", "oktober", "november", "december", "maandag",
    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "voetbal", "ajax",
    "feyenoord", "psv", "oranje", "nederland", "holland", "amsterdam", "rotterdam", "utrecht",
    "gemeente", "inburgering", "klantmanager", "sleutelpersoon", "beheerder", "wegwijs",
    "achterhoek", "gelderland", "duo", "werk", "kantoor", "computer", "laptop", "prinses",
    "konijn", "poesje", "hondje", "koekje", "appel", "banaan", "fiets", "kaas", "bier",
    "vakantie", "verjaardag", "familie", "kinderen", "mama", "papa", "opa", "oma",
)  # fmt: skip


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (weak) .. 4 (strong)
    hint: str
    acceptable: bool


def strength(password: str, context: Iterable[str] = ()) -> Strength:
    """*context*: names that make a password easy to guess here (account name, municipality)."""
    if len(password) < MIN_LENGTH:
        return Strength(0, f"Te kort: gebruik minstens {MIN_LENGTH} tekens.", False)
    from zxcvbn import zxcvbn  # here: its word lists load in ~0.2 s, only when a password is made

    extra = [w for w in (*context, *DUTCH_WORDS) if w]
    extra += [naam for _code, naam in reference.ACHTERHOEK]
    extra += [part for naam in list(extra) for part in naam.lower().split() if len(part) > 2]
    result = zxcvbn(password[:100], user_inputs=extra)  # zxcvbn slows down on long input
    score = int(result["score"])
    if score < MIN_SCORE:
        return Strength(
            score,
            "Te makkelijk te raden (een bekend woord, naam, plaats of reeks). Maak er een zin "
            "van vier gewone woorden van, bijvoorbeeld 'fiets regen koffie lamp'.",
            False,
        )
    return Strength(score, "Goed." if score == 3 else "Sterk.", True)
