"""Dash integration: the ``@clientside`` decorator, bundle serving and registration.

Importing this package installs clientpy's Dash hooks, so import it (``from clientpy
import clientside``) before creating the ``Dash`` app.
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
