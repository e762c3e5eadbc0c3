"""Registering ``@clientside`` callbacks with Dash apps, and serving their bundle.

Why not ``dash.clientside_callback``: its global list is merged into an app on the app's
first request only (a later registration never reaches ``/_dash-dependencies``) and it
ignores ``Dash(prevent_initial_callbacks=True)``. Here every callback goes through
``app.clientside_callback(ClientsideFunction(...), ...)`` on each app it belongs to, which
works at any time and applies the app's own configuration:

* Importing this module installs Dash hooks (they must exist before ``Dash()`` runs):
  ``setup`` makes every app constructed afterwards known here, registers the callbacks
  decorated so far and arranges for the bundle to be written before the app's first
  request walks the assets folder; ``routes`` serves the bundle from memory; ``index``
  adds that in-memory bundle to the page when the assets folder does not serve it.
* A callback decorated later (after ``Dash()``, in a Dash Pages module, after the first
  request) is registered at once on every known app, or only on ``app=`` when given.
* An app constructed before clientpy was imported is found through ``dash.get_app()``
  and adopted: its bundle route is added directly (possible until its first request).
"""

from __future__ import annotations

import logging
import threading
import weakref

from dash import hooks
from dash.dependencies import ClientsideFunction

from . import assets, reload
from .registry import REGISTRY, CallbackSpec

logger = logging.getLogger("clientpy")


class AppState:
    """What clientpy keeps per Dash app."""

    def __init__(self, app) -> None:
        self.app_ref = weakref.ref(app)
        self.lock = threading.RLock()
        self.registered: set[str] = set()
        self.route_ready = False
        self.bundle = assets.AppBundle()


_STATES: weakref.WeakKeyDictionary[object, AppState] = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.RLock()


def known_apps() -> list:
    with _STATES_LOCK:
        return list(_STATES.keys())


def state_of(app) -> AppState | None:
    with _STATES_LOCK:
        return _STATES.get(app)


_WARMED = False


def _warm_json_encoder() -> None:
    """Serialize once now, before the app answers a request.

    Dash serializes the layout with plotly's encoder, which imports numpy on first use;
    when a threaded dev server's first requests arrive together (a page load, a
    reloader's restart), two threads importing numpy at once can kill the process
    (SIGILL). Importing it once, in the first request's hook that the others wait for
    (or while the app is built, where that hook cannot be installed), avoids that race.
    Not at start-up: an app that serves no page (``clientpy build``, a test client
    that never asks for one) does not pay for numpy.
    """
    global _WARMED
    if _WARMED:
        return
    _WARMED = True
    try:
        from dash import html
        from dash._utils import to_json
    except ImportError:  # pragma: no cover - dash internals moved
        return
    try:
        import numpy  # noqa: F401 - imported for its side effect, see above
    except ImportError:
        pass
    # A component is not plain JSON, which is what sends orjson to numpy's types.
    to_json(html.Div())


def adopt(app, *, from_setup_hook: bool = False) -> AppState:
    """Make ``app`` known: register its callbacks and make sure its bundle is served."""
    with _STATES_LOCK:
        state = _STATES.get(app)
        if state is not None:
            return state
        state = _STATES[app] = AppState(app)
    # The hooks' route is added by Dash itself for apps constructed after this module was
    # imported; an older app gets the same route directly, which Flask allows until its
    # first request. Without it the bundle is still written to the assets folder.
    state.route_ready = from_setup_hook or _add_route_late(app)
    _install_first_request(app)
    for spec in REGISTRY.specs_for(app):
        register_on(app, spec)
    return state


def register_on(app, spec: CallbackSpec) -> None:
    """``app.clientside_callback(ClientsideFunction(...), ...)`` once per app and callback."""
    state = adopt(app)
    with state.lock:
        if spec.function_name in state.registered:
            return
        app.clientside_callback(
            ClientsideFunction(spec.namespace, spec.function_name),
            *spec.args,
            **spec.kwargs,
        )
        state.registered.add(spec.function_name)


def attach(spec: CallbackSpec) -> None:
    """Register a newly decorated callback on the apps it belongs to, now if they exist."""
    bound = spec.app
    if bound is not None:
        register_on(bound, spec)
        return
    apps = known_apps()
    if not apps:
        current = _current_app()
        apps = [current] if current is not None else []
    for app in apps:
        register_on(app, spec)


def forget_apps() -> None:
    """Forget every known app (for test suites that build many apps in one process)."""
    with _STATES_LOCK:
        _STATES.clear()


def _current_app():
    """The app ``dash.get_app()`` knows about, if any (an app made before our hooks)."""
    from dash._get_app import APP  # the module attribute: get_app() raises without one

    return APP


# --- the bundle, on disk and in memory -------------------------------------------------


def ensure_bundle(app) -> assets.Bundle | None:
    """The current bundle of ``app`` (built now if callbacks changed), or None."""
    state = adopt(app)
    specs = [s for s in REGISTRY.specs_for(app) if s.function_name in state.registered]
    if not specs:
        return None
    bundle, changed = state.bundle.refresh(
        specs,
        REGISTRY.generation,
        assets_folder=app.config.assets_folder,
        write=not reload.hot_reload_enabled(app),
        root=assets.app_root(app),
    )
    if changed:
        reload.bundle_changed(app, bundle)
    return bundle


def _install_first_request(app) -> None:
    """Build (and write) the bundle on the first request, before Dash walks the assets.

    Installed from the ``setup`` hook, this runs before Dash's own first-request handler,
    so a bundle written now is part of the page like any other asset.

    Requests that arrive while it builds wait for it: after a debug restart the page's
    queued ``/_reload-hash`` polls arrive together, and one answered before the build
    has set Dash's hard-reload flag makes the page keep the old JavaScript. The JSON
    encoder is warmed there too (`_warm_json_encoder`).
    """
    done = threading.Event()
    building = threading.Lock()

    def clientpy_first_request():
        if done.is_set():
            return
        with building:
            if done.is_set():
                return
            try:
                _warm_json_encoder()
                ensure_bundle(app)
            except Exception:
                # A failed build must not take down the data routes; the page itself
                # (the index hook) and the bundle route raise the same error there.
                logger.debug("clientpy: first build failed", exc_info=True)
            finally:
                done.set()

    if getattr(app, "_got_first_request", {}).get("setup_server"):
        _warm_json_encoder()
        return  # too late: the index hook serves the bundle from memory instead
    try:
        app.backend.before_request(clientpy_first_request)
    except AssertionError:  # Flask refuses setup methods after the first request
        _warm_json_encoder()


def _add_route_late(app) -> bool:
    from dash._get_app import with_app_context_factory

    if app.config.routes_pathname_prefix + assets.ROUTE in getattr(app, "routes", ()):
        return True  # added by the routes hook after all
    try:
        app._add_url(assets.ROUTE, with_app_context_factory(serve_bundle, app))
        app._add_url(assets.MAP_ROUTE, with_app_context_factory(serve_map, app))
    except Exception as exc:  # noqa: BLE001 - any refusal means no route
        logger.warning(
            "clientpy: cannot add the bundle route to an app created before clientpy "
            "was imported (%s); import clientpy before creating the Dash app.",
            exc,
        )
        return False
    return True


def _app_for_request():
    """The app rendering the current page (Dash's index hooks are not given the app)."""
    try:
        import flask

        if flask.has_app_context():
            server = flask.current_app._get_current_object()
            for app in known_apps():
                if app.server is server:
                    return app
    except ImportError:  # pragma: no cover - flask is a dash dependency
        pass
    return _current_app()


@hooks.setup()
def _on_setup(app) -> None:
    adopt(app, from_setup_hook=True)


@hooks.route(name=assets.ROUTE)
def serve_bundle():
    import dash

    app = dash.get_app()
    bundle = ensure_bundle(app)
    if bundle is None:
        return app.backend.make_response("", status=404)
    response = app.backend.make_response(
        bundle.code, content_type="application/javascript; charset=utf-8"
    )
    headers = getattr(response, "headers", None)
    if headers is not None:
        headers["Cache-Control"] = "no-cache"
        headers["ETag"] = f'"{bundle.digest}"'
    return response


@hooks.route(name=assets.MAP_ROUTE)
def serve_map():
    """The source map of the in-memory bundle (its sourceMappingURL leads here)."""
    import dash

    app = dash.get_app()
    bundle = ensure_bundle(app)
    if bundle is None:
        return app.backend.make_response("", status=404)
    response = app.backend.make_response(
        bundle.source_map, content_type="application/json; charset=utf-8"
    )
    headers = getattr(response, "headers", None)
    if headers is not None:
        headers["Cache-Control"] = "no-cache"
    return response


@hooks.index()
def _on_index(index: str) -> str:
    app = _app_for_request()
    state = state_of(app) if app is not None else None
    if state is None:
        return index
    bundle = ensure_bundle(app)
    if bundle is None:
        return index
    if state.bundle.served_from_assets(app, index):
        return index
    if not state.route_ready:
        logger.error(
            "clientpy: the bundle is neither in the assets folder nor routable for app %r",
            app.config.name,
        )
        return index
    return assets.insert_script(index, app, bundle)
