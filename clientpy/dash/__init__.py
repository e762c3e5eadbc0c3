"""Dash integration: ``@clientside``, the bundle, registration with every app.

Usage::

    from dash import Dash, Input, Output
    from clientpy import clientside, js   # import before creating the app

    app = Dash(__name__)

    @clientside(Output("out", "children"), Input("btn", "n_clicks"))
    def show(n):
        return f"clicked {n}"

How the pieces fit:

* ``@clientside`` takes ``dash.callback``'s dependency arguments, records the function
  and registers it with each app through ``app.clientside_callback(ClientsideFunction(
  "clientpy", "<module>__<qualname>"), ...)`` (:mod:`.register`, :mod:`.naming`). The
  function itself is returned unchanged.
* Importing this package installs Dash hooks; apps created afterwards pick up every
  callback, including ones decorated later, in Dash Pages modules or after the first
  request. ``app=`` limits a callback to one app.
* The callbacks are translated when the app first needs them (its first request, or
  ``clientpy build``), cached by content (:mod:`.cache`), and bundled into
  ``assets/zzz_clientpy.js``, or served from memory when that file cannot be used
  (:mod:`.assets`). A translation error is raised with every located problem.
* In debug mode, a saved edit that changes the JavaScript makes the open page reload
  fully (:mod:`.reload`).
* ``clientpy build APP [--json]`` writes the bundle ahead of time (:mod:`.build`).
"""

from .assets import BUNDLE_NAME, BuildError
from .decorator import clientside
from .register import forget_apps
from .registry import REGISTRY


def reset() -> None:
    """Forget every clientside callback and every app seen so far.

    For test suites that build several apps in one process: otherwise a callback
    decorated without ``app=`` is registered on every app created afterwards.
    """
    REGISTRY.clear()
    forget_apps()


__all__ = ["BUNDLE_NAME", "REGISTRY", "BuildError", "clientside", "reset"]
