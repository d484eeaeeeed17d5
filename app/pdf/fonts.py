"""Bundled fonts, one per script, registered once per process; script runs and glyph coverage.

Text is split into runs by script (Arabic, Ethiopic, everything else = Latin). Neutral
characters (spaces, digits, punctuation) stay in the font of the text's own script when that
font has them, otherwise they fall back to the Latin font. A character that the chosen font
lacks is never dropped: ``check_coverage`` raises ``GlyphError`` naming it.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.errors import UserError

LATIN, ARABIC, ETHIOPIC = "latin", "arabic", "ethiopic"

# script -> (regular file, bold file); all SIL OFL 1.1, see resources/fonts/OFL.txt
FONT_FILES: dict[str, tuple[str, str]] = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}
SCRIPT_OF_LANGUAGE = {"ar": ARABIC, "fa": ARABIC, "ps": ARABIC, "ti": ETHIOPIC, "am": ETHIOPIC}
SCRIPT_NAMES = {LATIN: "Latijns schrift", ARABIC: "Arabisch schrift", ETHIOPIC: "Ge'ez-schrift"}

_lock = threading.Lock()


class GlyphError(UserError, ValueError):
    """A character that no bundled font can show; the message is Dutch and names it."""


def fonts_dir() -> Path:
    return Path(str(resources.files("resources") / "fonts"))


def font_name(script: str, bold: bool = False) -> str:
    return f"Wegwijs-{script}{'-Bold' if bold else ''}"


@cache
def _registered() -> bool:
    folder = fonts_dir()
    for script, (regular, bold) in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(font_name(script), str(folder / regular)))
        pdfmetrics.registerFont(TTFont(font_name(script, True), str(folder / bold)))
        pdfmetrics.registerFontFamily(
            font_name(script),
            normal=font_name(script),
            bold=font_name(script, True),
            italic=font_name(script),
            boldItalic=font_name(script, True),
        )
    return True


def register_fonts() -> None:
    """Register every bundled font with reportlab; cheap after the first call."""
    with _lock:
        _registered()


@cache
def _cmap(script: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name(script))
    return frozenset(font.face.charToGlyph)


def script_of_char(ch: str) -> str | None:
    """The script a letter belongs to; None for neutrals (space, digits, punctuation)."""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFDFF:
        return ARABIC if unicodedata.category(ch)[0] in "LM" or cp >= 0xFB50 else None
    if 0xFE70 <= cp <= 0xFEFF and cp != 0xFEFF:
        return ARABIC
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return ETHIOPIC if unicodedata.category(ch)[0] in "LM" else None
    if unicodedata.category(ch)[0] in "LM":
        return LATIN
    return None


def script_for(ch: str, home: str) -> str:
    """The script whose font shows *ch* inside a text written in script *home*."""
    own = script_of_char(ch)
    if own is not None:
        return own
    return home if ord(ch) in _cmap(home) else LATIN


@dataclass(frozen=True)
class Run:
    script: str
    text: str


# Bidi isolates (LRI, RLI, FSI, PDI): they steer python-bidi's reordering, e.g. keep a date
# 04-12-2026 in Arabic text reading as in the Dutch column, and are never drawn.
ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
LRI, PDI = "\u2066", "\u2069"


def runs(text: str, home: str = LATIN) -> list[Run]:
    """Split *text* into consecutive runs that each use one script's font (isolates dropped)."""
    result: list[Run] = []
    for ch in text:
        if ch in ISOLATES:
            continue
        script = script_for(ch, home)
        if result and result[-1].script == script:
            result[-1] = Run(script, result[-1].text + ch)
        else:
            result.append(Run(script, ch))
    return result


def missing_glyphs(text: str, home: str = LATIN) -> list[str]:
    """Characters of *text* that the font chosen for them cannot show (in order, once each)."""
    missing: list[str] = []
    for ch in text:
        if ch in "\n\t" or ch in missing or ch in ISOLATES:
            continue
        if ord(ch) not in _cmap(script_for(ch, home)):
            missing.append(ch)
    return missing


def describe(ch: str) -> str:
    name = unicodedata.name(ch, "onbekend teken")
    return f"'{ch}' (U+{ord(ch):04X} {name})"


def check_coverage(texts: list[tuple[str, str]], language: str) -> None:
    """Raise GlyphError when any text (with its home script) has a character no font shows."""
    missing: list[str] = []
    for text, home in texts:
        for ch in missing_glyphs(text, home):
            if ch not in missing:
                missing.append(ch)
    if missing:
        chars = ", ".join(describe(ch) for ch in missing)
        raise GlyphError(
            f"De tekst in het {language} bevat tekens die geen meegeleverd lettertype kan tonen: "
            f"{chars}. Pas de tekst aan; zonder deze tekens zou het document iets weglaten."
        )
