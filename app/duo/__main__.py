"""`python -m app.duo --config FILE`: the gateway without the desktop app's imports."""

import sys

from app.cli import run

sys.exit(run(["duo-gateway", *sys.argv[1:]]))
