"""The `wegwijs` entry point: no subcommand starts the app, a subcommand runs the CLI.

Two options for IT and CI come first: ``--self-test`` (see ui/selftest.py) and
``--startup-probe`` (see ui/startup_probe.py).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        from ui.selftest import main as self_test

        return self_test()
    from app.cli import build_parser, run

    parsed, _rest = build_parser().parse_known_args(args)
    if "--startup-probe" in args:
        from ui.startup_probe import probe

        return probe(parsed.data_dir, started)
    if parsed.command is None and not any(a in ("-h", "--help") for a in args):
        from ui.application import run_gui

        return run_gui(parsed.data_dir)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
