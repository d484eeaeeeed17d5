"""wegwijs gemeente-instellingen: show (and so check) the machine-wide defaults IT has set."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, print_json
from app.defaults import DefaultsError, candidate_paths, find_defaults_file, load_defaults


def register(sub: Any) -> None:
    cmd = sub.add_parser(
        "gemeente-instellingen",
        help="toon en controleer het centrale bestand wegwijs-defaults.json",
    )
    cmd.add_argument("--bestand", help="controleer dit bestand in plaats van het gevonden bestand")
    cmd.set_defaults(func=cmd_show)


def cmd_show(args: argparse.Namespace) -> int:
    path = Path(args.bestand) if args.bestand else find_defaults_file()
    if path is None:
        print("Geen centraal bestand gevonden; gezocht in:")
        for candidate in candidate_paths():
            print(f"  {candidate}")
        return EXIT_OK
    if not path.is_file():
        raise CliError(f"{path} bestaat niet.")
    try:
        defaults = load_defaults(path)
    except DefaultsError as exc:
        raise CliError(f"{exc}\nWegwijs gebruikt dit bestand niet tot het is verbeterd.") from None
    print_json(
        {
            "bestand": str(path),
            "gemeente_naam": defaults.gemeente_naam,
            "gemeentecode": defaults.gemeentecode,
            "logo": str(defaults.logo) if defaults.logo else "",
            "autolock_minuten": defaults.autolock_minuten,
        }
    )
    return EXIT_OK
