"""A module-level list handed to a function of another module that gives it back (a
walrus) may be changed: its floats are no longer known, and printing them is
refused."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from imported_readers import _walrus_return  # noqa: E402

LIMITS = [1.0, 2.5]


def given_back_and_changed(n):
    kept = _walrus_return(LIMITS)
    kept.append(3)
    return f"{LIMITS[-1]}"
# expect: CP115 17:15
