"""``python -m clientpy``: the command line."""

import sys

from clientpy.cli import main

sys.exit(main())
