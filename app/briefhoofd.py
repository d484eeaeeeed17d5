"""The letterhead per municipality as Beheer keeps it: the sender on the PIP letter, where a
bezwaar goes, the kenmerk pattern, the signatory, the cost centre and the logo.

Stored in the store-wide table ``instelling`` (key ``briefhoofd/<gemeentecode>``, the logo as
base64 under ``briefhoofd/<gemeentecode>/logo``), which syncs with the region like the other
regional settings (db/server/tables.py: ``instelling`` has scope ``regio``; the server lets only
a beheerder change it). What Beheer never set comes from the central defaults file and the
shipped examples (app/gemeenten.py); the examples' addresses are marked "voorbeeld,
controleren" until a beheerder saves them.
"""

from __future__ import annotations

import base64
import io
import json
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.gemeenten import KenmerkError, check_patroon, voorbeelden
from app.validation import ValidationError
from db.instellingen import InstellingRepository

if TYPE_CHECKING:
    from app.session import Session

LOGO_MAX_BYTES = 512 * 1024  # the logo row syncs to every laptop of the region
LOGO_MIN_PX, LOGO_MAX_PX = 32, 4000
VOORBEELD = "voorbeeld, controleren"


class LogoError(UserError):
    """A logo file that cannot be used (Dutch message; nothing was changed)."""


@dataclass(frozen=True)
class Briefhoofd:
    """One municipality's letterhead as Beheer edits it (all text; "" = not set)."""

    naam: str = ""
    postadres: str = ""  # lines joined with newlines: the return address and where bezwaar goes
    bezoekadres: str = ""
    telefoon: str = ""
    email: str = ""
    website: str = ""
    bezwaar_online: str = ""
    kenmerk_patroon: str = ""  # "" = the pattern in the officer's settings
    ondertekenaar: str = ""
    ondertekenaar_functie: str = ""
    kostenplaats: str = ""


TEXT_FIELDS = tuple(f.name for f in fields(Briefhoofd))


@dataclass(frozen=True)
class Opgeslagen:
    """What Beheer shows for one municipality: the values, the logo and where they came from."""

    code: str
    briefhoofd: Briefhoofd
    logo: bytes = b""
    voorbeeld: bool = False  # values still the shipped examples ("voorbeeld, controleren")


def _key(code: str) -> str:
    return f"briefhoofd/{code}"


def _stored(repo: InstellingRepository, code: str) -> dict[str, str] | None:
    raw = repo.get(_key(code))
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None  # a damaged row falls back to the defaults, never blocks a letter
    if not isinstance(data, dict):
        return None
    return {k: str(v) for k, v in data.items() if k in TEXT_FIELDS and isinstance(v, str)}


def stored_logo(repo: InstellingRepository, code: str) -> bytes:
    raw = repo.get(_key(code) + "/logo")
    if not raw:
        return b""
    try:
        data = base64.b64decode(raw, validate=True)
    except ValueError:
        return b""
    return data if logo_probleem(data) is None else b""


def laad(
    session: Session, code: str, centraal: Mapping[str, Mapping[str, str]] | None = None
) -> Opgeslagen:
    """The letterhead of *code*: Beheer's saved values, else the central file, else examples."""
    repo = InstellingRepository(session.store.conn)
    own = _stored(repo, code)
    example = voorbeelden().get(code, {})
    central = dict((centraal or {}).get(code, {}))
    if own is not None:
        values, voorbeeld = own, False
    else:
        values = {**{k: str(v) for k, v in example.items()}, **central}
        voorbeeld = bool(example.get("status") == VOORBEELD) and not central
    known = {k: v for k, v in values.items() if k in TEXT_FIELDS}
    return Opgeslagen(code, Briefhoofd(**known), stored_logo(repo, code), voorbeeld)


def beheer_waarden(session: Session, code: str) -> dict[str, str]:
    """Only what a beheerder saved for *code* (no fallbacks): the letter's last overlay."""
    return _stored(InstellingRepository(session.store.conn), code) or {}


def logo_van(session: Session, code: str) -> bytes:
    return stored_logo(InstellingRepository(session.store.conn), code)


# --- checks -------------------------------------------------------------------------------
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_WEB = re.compile(r"(https?://)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?")
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{1,18}[0-9]")
_LIMITS = {"naam": 80, "bezoekadres": 120, "ondertekenaar": 100, "ondertekenaar_functie": 100}


def problemen(b: Briefhoofd) -> dict[str, str]:
    """Per field the Dutch reason its value cannot go on the letter (empty: all fine)."""
    errors: dict[str, str] = {}
    for name in TEXT_FIELDS:
        value = getattr(b, name)
        if any(ord(c) < 32 and c != "\n" for c in value):
            errors[name] = "Hier staat een teken dat niet op een brief kan."
    for name, limit in _LIMITS.items():
        if len(getattr(b, name)) > limit:
            errors[name] = f"Dit mag hoogstens {limit} tekens hebben."
    lines = b.postadres.split("\n") if b.postadres else []
    if len(lines) > 4 or any(len(line) > 50 for line in lines):
        errors["postadres"] = (
            "Het postadres moet in het venster van de envelop passen: hoogstens 4 regels van "
            "50 tekens."
        )
    if b.telefoon and not _PHONE.fullmatch(b.telefoon):
        errors["telefoon"] = "Dit is geen telefoonnummer (alleen cijfers, spaties, + en -)."
    if b.email and not _EMAIL.fullmatch(b.email):
        errors["email"] = "Dit is geen e-mailadres (bijvoorbeeld info@gemeente.nl)."
    for name in ("website", "bezwaar_online"):
        value = getattr(b, name)
        if value and (len(value) > 200 or not _WEB.fullmatch(value)):
            errors[name] = "Dit is geen webadres (bijvoorbeeld www.gemeente.nl/bezwaar)."
    if b.kenmerk_patroon:
        try:
            check_patroon(b.kenmerk_patroon)
        except KenmerkError as exc:
            errors["kenmerk_patroon"] = str(exc)
    if len(b.kostenplaats) > 40:
        errors["kostenplaats"] = "Dit mag hoogstens 40 tekens hebben."
    return errors


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR" or len(data) < 24:
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    if data[:3] != b"\xff\xd8\xff":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(width), int(height)
        if length < 2:
            return None
        i += 2 + length
    return None


def logo_probleem(data: bytes) -> str | None:
    """The Dutch reason *data* cannot be the letterhead's logo, or None when it can."""
    if not data:
        return "Het bestand is leeg."
    if len(data) > LOGO_MAX_BYTES:
        return (
            f"Het logo is {len(data) // 1024} kB; hoogstens {LOGO_MAX_BYTES // 1024} kB past "
            "(sla het kleiner op, bijvoorbeeld 600 pixels breed)."
        )
    size = _png_size(data) or _jpeg_size(data)
    if size is None:
        return "Dit is geen PNG- of JPEG-afbeelding. Kies een logo als .png of .jpg."
    width, height = size
    if min(width, height) < LOGO_MIN_PX or max(width, height) > LOGO_MAX_PX:
        return (
            f"Het logo is {width} × {height} pixels; het moet tussen {LOGO_MIN_PX} en "
            f"{LOGO_MAX_PX} pixels breed en hoog zijn."
        )
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    try:  # decode it once the way the letter will: a damaged file fails here, not on paper
        canvas = Canvas(io.BytesIO())
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, 0, 40, 20, mask="auto")
        canvas.save()
    except Exception:  # reportlab raises many kinds on damaged image data
        return "Het logo is beschadigd of niet te lezen. Kies een ander bestand."
    return None


def lees_logo(path: Path) -> bytes:
    """The bytes of the logo file at *path*, checked; :class:`LogoError` with the reason."""
    if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise LogoError("Kies een logo als .png of .jpg (dit bestand is dat niet).")
    try:
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise LogoError(
                f"Het logo is {size // 1024} kB; hoogstens {LOGO_MAX_BYTES // 1024} kB past "
                "(sla het kleiner op, bijvoorbeeld 600 pixels breed)."
            )
        data = path.read_bytes()
    except OSError:
        raise LogoError("Het bestand is niet te openen. Kies een ander bestand.") from None
    problem = logo_probleem(data)
    if problem:
        raise LogoError(problem)
    return data


def bewaar(
    session: Session, code: str, values: Mapping[str, str], logo: bytes | None = None
) -> Opgeslagen:
    """Save *code*'s letterhead (beheerder). *logo*: new bytes, ``b""`` to remove it, None to
    keep it. Refuses the whole change (:class:`ValidationError`) when any field is wrong."""
    from app.security.audit import audit
    from app.security.roles import Permission, require

    require(session, Permission.INSTELLINGEN_BEHEREN)
    if not re.fullmatch(r"\d{4}", code):
        raise ValidationError({"code": "Kies een gemeente."})
    cleaned = {k: str(values.get(k, "")).strip().replace("\r\n", "\n") for k in TEXT_FIELDS}
    cleaned["postadres"] = "\n".join(
        line.strip() for line in cleaned["postadres"].split("\n") if line.strip()
    )
    b = Briefhoofd(**cleaned)
    errors = problemen(b)
    if logo:
        problem = logo_probleem(logo)
        if problem:
            errors["logo"] = problem
    if errors:
        raise ValidationError(errors)
    with session.store.transaction() as conn:
        repo = InstellingRepository(conn)
        repo.put(_key(code), json.dumps(cleaned, ensure_ascii=False, sort_keys=True))
        if logo is not None:
            repo.put(_key(code) + "/logo", base64.b64encode(logo).decode("ascii"))
        audit(session, "gewijzigd", "instelling", _key(code))
    return replace(laad(session, code), voorbeeld=False)
