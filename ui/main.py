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
    gui = _gui_only(args)
    if gui is not None:  # the app itself: do not import the whole CLI before the dialog
        probing, data_dir = gui
        if probing:
            from ui.startup_probe import probe

            return probe(data_dir, started)
        from ui.application import run_gui

        return run_gui(data_dir)
    from app.cli import build_parser, run

    parsed, _rest = build_parser().parse_known_args(args)
    if "--startup-probe" in args:
        from ui.startup_probe import probe

        return probe(parsed.data_dir, started)
    if parsed.command is None and not any(a in ("-h", "--help") for a in args):
        from ui.application import run_gui

        return run_gui(parsed.data_dir)
    return run(args)


def _gui_only(args: list[str]) -> tuple[bool, str | None] | None:
    """(probe?, data folder) when *args* only start the app (``--data-dir X``,
    ``--startup-probe``); None for anything else, which the CLI's parser then reads."""
    probing, data_dir, rest = False, None, list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--startup-probe":
            probing = True
        elif arg == "--data-dir" and rest:
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir="):
            data_dir = arg.split("=", 1)[1]
        else:
            return None
    return probing, data_dir


if __name__ == "__main__":
    sys.exit(main())
