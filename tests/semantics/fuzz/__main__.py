import os
import sys

from .runner import main

os.environ.setdefault("PYTHONHASHSEED", "0")
sys.exit(main())
