"""Debug mode: a saved edit to a clientside function reaches the open page.

Editing a Python file restarts Dash's server process, and the page then does only a soft
reload (new layout and callbacks, old scripts), so the regenerated JavaScript would stay
stale in the browser (Dash issue #2496). In the restarted process Dash's private
``app._hot_reload`` state, answered to the page's ``/_reload-hash`` polls, makes the
page reload fully instead.

The flag is set only when the bundle really differs from the one the previous server
process built, so an edit elsewhere keeps Dash's soft reload. The previous digest is kept
in a small marker file per app, since nothing else survives the restart; the bundle is
built on the restarted process's first request, and requests wait for that build, so
the first poll already carries the flag.
"""

from __future__ import annotations

import hashlib
import os

from dash._utils import AttributeDict

from .cache import cache_dir

# The key, in Dash's reload state, of the reload hash whose polls must say "hard".
HARD_HASH = "clientpy_hard_hash"


class HardForOneHash(AttributeDict):
    """Dash's hot-reload state, whose ``hard`` flag holds for a whole reload hash.

    Dash answers ``hard`` to one poll and clears it. After a restart the polls that
    queued while the server was down arrive together, and the renderer acts on the
    last answer only (hard: false): a soft reload that keeps the old scripts. A second
    open tab would miss the one-shot flag the same way. Every poll that reports the
    hash this process started with says hard instead; a page that already has that
    hash does nothing with it, and a later asset edit (a new hash) keeps Dash's own
    handling.
    """

    def __getitem__(self, key):
        if key == "hard":
            current = self.get("hash")
            if current is not None and current == self.get(HARD_HASH):
                return True
        return super().__getitem__(key)


def hot_reload_enabled(app) -> bool:
    dev_tools = getattr(app, "_dev_tools", None) or {}
    return bool(dev_tools.get("hot_reload")) and hasattr(app, "_hot_reload")


def _in_reloader_child() -> bool:
    return os.environ.get("WERKZEUG_RUN_MAIN") == "true"


def _marker(app) -> str:
    key = f"{os.path.abspath(app.config.assets_folder)}\0{app.config.name}"
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return os.path.join(cache_dir(), "reload", name)


def bundle_changed(app, bundle) -> None:
    """Called with each newly built bundle; requests a hard reload when it is new."""
    if not (hot_reload_enabled(app) and _in_reloader_child()):
        return
    marker = _marker(app)
    try:
        with open(marker, encoding="utf-8") as f:
            previous = f.read().strip()
    except OSError:
        previous = None
    if previous != bundle.digest:
        # Without a marker (first run, unwritable cache) a hard flag costs nothing: a
        # page that has not polled yet takes the first answer as its baseline.
        _ask_for_hard_reload(app._hot_reload)
        _write_marker(marker, bundle.digest)


def _ask_for_hard_reload(reload_state) -> None:
    with reload_state.lock:
        reload_state.hard = True  # Dash's own one-shot flag, for a hash not yet set
        reload_state[HARD_HASH] = reload_state.get("hash")
        if type(reload_state) is AttributeDict:
            # The same instance, so every thread of Dash that holds it sees the change
            # (AttributeDict's own __setattr__ would store a key instead).
            object.__setattr__(reload_state, "__class__", HardForOneHash)


def _write_marker(marker: str, digest: str) -> None:
    try:
        os.makedirs(os.path.dirname(marker), exist_ok=True)
        tmp = f"{marker}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(digest)
        os.replace(tmp, marker)
    except OSError:
        pass
