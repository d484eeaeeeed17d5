"""Entry script of the frozen app: the same `wegwijs` command as the installed package."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
