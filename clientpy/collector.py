"""The cyclic garbage collector paused while clientpy translates.

A translation makes many short-lived objects (analyses, JS trees), so with the
collector on it runs young collections in the middle of every translation and full
ones, each a walk of the whole heap with an app's Dash objects in it, during a build
(about 60 ms each in a cold build of 100 callbacks). A translation leaves no cycles
worth collecting early: it runs with the collector paused, then the collector is as
it was.
"""

from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def paused():
    """Run the block with the cyclic collector off; restore it after. Inside a pause
    already (a translation within a build) there is nothing to do: the outer one ages
    what survives, once."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _age_survivors()
        gc.enable()


def _age_survivors() -> None:
    """Move what the paused block left in the young generation to the oldest one.

    Otherwise the next young collection walks all of it at once (some 47,000 objects
    after a cold build of 100 callbacks, 30 to 45 ms), where the translations and the
    analyses kept per tree are long-lived and the rest is translation state that the
    next full collection frees. Freezing and unfreezing relinks the generations' lists
    without walking them; skipped when the process has frozen objects of its own
    (``gc.freeze()`` before forking workers), which unfreezing would release."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
