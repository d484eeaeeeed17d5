"""PIP on paper: the formal PIP and the bilingual handout, built with reportlab."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.session import Session


def selftest_exports(session: Session, inburgeraar_id: str, out_dir: Path) -> list[Path]:
    """For `wegwijs --self-test`: write the client's PIP and an Arabic handout to *out_dir*.

    Proves that the fonts and handout texts were bundled (an Arabic handout needs all of them).
    """
    from app.pdf.handout_pdf import build_handout_pdf
    from app.pdf.pip_pdf import build_pip_pdf
    from app.pdf.source import document_for, handout_for

    pip = out_dir / "pip.pdf"
    pip.write_bytes(build_pip_pdf(document_for(session, inburgeraar_id)))
    handout = out_dir / "uitleg-ar.pdf"
    handout.write_bytes(build_handout_pdf(handout_for(session, inburgeraar_id, "ar")))
    return [pip, handout]
