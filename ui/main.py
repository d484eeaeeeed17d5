"""The `wegwijs` entry point: no subcommand starts the app, a subcommand runs the CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli import build_parser, run

    parsed, _rest = build_parser().parse_known_args(args)
    if parsed.command is None and not any(a in ("-h", "--help") for a in args):
        from ui.application import run_gui

        return run_gui(parsed.data_dir)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
