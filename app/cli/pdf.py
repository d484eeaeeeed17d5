"""wegwijs pdf pip CLIENT --out FILE / wegwijs pdf handout CLIENT --lang ar --out FILE"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_CHECK, EXIT_INPUT, EXIT_OK, CliError, open_session
from app.files import OutputFileError, write_new_file


def register(sub: Any) -> None:
    pdf = sub.add_parser("pdf", help="PIP en uitleg voor de inburgeraar als PDF").add_subparsers(
        dest="pdf_command", metavar="OPDRACHT", required=True
    )
    pip = pdf.add_parser("pip", help="het formele PIP (A4) om te ondertekenen")
    pip.add_argument("client", help="id, BSN of V-nummer")
    pip.add_argument("--out", required=True, help="PDF-bestand om te schrijven")
    pip.set_defaults(func=cmd_pip)
    handout = pdf.add_parser("handout", help="uitleg in eenvoudig Nederlands en de eigen taal")
    handout.add_argument("client", help="id, BSN of V-nummer")
    handout.add_argument(
        "--lang", help="taalcode, bijvoorbeeld ar, ti, en (standaard: voorkeurstaal)"
    )
    handout.add_argument("--alleen-nederlands", action="store_true", help="alleen Nederlands")
    handout.add_argument("--out", required=True, help="PDF-bestand om te schrijven")
    handout.set_defaults(func=cmd_handout)


def _write(path: str, data: bytes) -> None:
    """Never over an existing file (docs/cli.md promises so), never half-written."""
    try:
        write_new_file(Path(path), data)
    except OutputFileError as exc:
        raise CliError(str(exc)) from None


def cmd_pip(args: argparse.Namespace) -> int:
    from app.pdf.fonts import GlyphError
    from app.pdf.pip_pdf import build_pip_pdf
    from app.pdf.source import NotFound, document_for, has_pip, record_output, resolve

    session = open_session(args)
    try:
        inburgeraar_id = resolve(session, args.client)
        if not has_pip(session, inburgeraar_id):  # the same answer as `pip check`
            raise CliError("Deze inburgeraar heeft nog geen PIP.", EXIT_CHECK)
        doc = document_for(session, inburgeraar_id)
        _write(args.out, build_pip_pdf(doc))
        record_output(session, "geëxporteerd", "pip", inburgeraar_id)
    except NotFound as exc:
        raise CliError(str(exc)) from None
    except GlyphError as exc:
        raise CliError(str(exc), EXIT_CHECK) from None
    finally:
        session.close()
    print(f"PIP geschreven naar {args.out}")
    return EXIT_OK


def cmd_handout(args: argparse.Namespace) -> int:
    from app.pdf.fonts import GlyphError
    from app.pdf.handout_pdf import build_handout_pdf
    from app.pdf.source import NotFound, handout_for, record_output, resolve
    from app.pdf.texts import MissingTexts, available_languages

    if args.lang and args.lang not in available_languages():
        talen = ", ".join(available_languages())
        raise CliError(f"Voor '{args.lang}' zijn er geen teksten. Beschikbaar: {talen}.")
    session = open_session(args)
    try:
        inburgeraar_id = resolve(session, args.client)
        doc = handout_for(session, inburgeraar_id, args.lang)
        data = build_handout_pdf(doc, dutch_only=args.alleen_nederlands)
        _write(args.out, data)
        record_output(session, "geëxporteerd", "uitleg", inburgeraar_id)
    except NotFound as exc:
        raise CliError(str(exc)) from None
    except MissingTexts as exc:
        print(f"wegwijs: {exc} Gebruik --alleen-nederlands.", file=sys.stderr)
        return EXIT_INPUT
    except GlyphError as exc:
        raise CliError(str(exc), EXIT_CHECK) from None
    finally:
        session.close()
    print(f"Uitleg geschreven naar {args.out}")
    return EXIT_OK
