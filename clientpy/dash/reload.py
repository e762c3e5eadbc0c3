"""Debug mode: a saved edit to a clientside function reaches the open page.

Editing a Python file restarts Dash's server process, and the page then does only a soft
reload (new layout and callbacks, old scripts), so the regenerated JavaScript would stay
stale in the browser (Dash issue #2496). In the restarted process Dash's private
``app._hot_reload.hard`` flag, answered to the page's next ``/_reload-hash`` poll, makes
the page reload fully instead.

The flag is set only when the bundle really differs from the one the previous server
process built, so an edit elsewhere keeps Dash's soft reload. The previous digest is kept
in a small marker file per app, since nothing else survives the restart; the bundle is
built on the restarted process's first request, which runs before that request is
answered, so the first poll already carries the flag.
"""

from __future__ import annotations

import hashlib
import os

from .cache import cache_dir


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
        reload_state = app._hot_reload
        with reload_state.lock:
            reload_state.hard = True
        try:
            os.makedirs(os.path.dirname(marker), exist_ok=True)
            tmp = f"{marker}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(bundle.digest)
            os.replace(tmp, marker)
        except OSError:
            pass
