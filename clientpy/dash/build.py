"""Ahead-of-time build: import an app, translate its clientside callbacks, write the bundle."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
from typing import NamedTuple

from . import assets, cache, register
from .registry import REGISTRY, CallbackSpec


class AppNotFound(Exception):
    """The build target names no importable Dash app."""


class BuildResult(NamedTuple):  # not a dataclass: see assets.Bundle
    bundle_path: str
    written: bool  # False when the file already held exactly this bundle
    callbacks: tuple[CallbackSpec, ...]

    def to_json(self) -> dict:
        return {
            "bundle": self.bundle_path,
            "callbacks": [callback_json(spec) for spec in self.callbacks],
        }


def callback_json(spec: CallbackSpec) -> dict:
    return {
        "python": spec.python_name,
        "namespace": spec.namespace,
        "function_name": spec.function_name,
    }


def failure_json(error: assets.BuildError) -> dict:
    """``--json`` output of a failed build: every callback, and each failure located."""
    errors = []
    for spec, exc in error.failures:
        entry = {**callback_json(spec), "error": assets.format_failure(exc)}
        diagnostics = getattr(exc, "diagnostics", None)
        if diagnostics is not None:
            entry["diagnostics"] = [
                {
                    "code": d.code,
                    "file": d.filename,
                    "line": d.line,
                    "column": d.col + 1,
                    "message": d.message,
                    "hint": d.hint,
                }
                for d in diagnostics
            ]
        errors.append(entry)
    return {
        "bundle": None,
        "callbacks": [callback_json(spec) for spec in error.specs],
        "errors": errors,
    }


def load_app(target: str):
    """Import ``path/to/app.py[:attr]`` or ``package.module[:attr]`` and return its app.

    Without ``attr`` the module's ``app`` is used, else its only ``Dash`` instance. An
    ``attr`` that is not a Dash app but callable is called (an app factory).
    """
    import dash

    path, attr = target, None
    head, sep, tail = target.rpartition(":")
    if sep and (head.endswith(".py") or (tail.isidentifier() and "/" not in tail)):
        path, attr = head, tail
    if path.endswith(".py") or os.path.sep in path or os.path.isfile(path):
        module = _import_file(path)
    else:
        if os.getcwd() not in sys.path:
            sys.path.insert(0, os.getcwd())  # as `python -m` does
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name and path.startswith(exc.name):
                raise AppNotFound(f"cannot import {path!r}: {exc}") from exc
            raise

    if attr is not None:
        if not hasattr(module, attr):
            raise AppNotFound(f"{module.__name__} has no attribute {attr!r}")
        app = getattr(module, attr)
        if not isinstance(app, dash.Dash) and callable(app):
            if not _takes_no_arguments(app):
                raise AppNotFound(
                    f"{module.__name__}:{attr} is neither a dash.Dash app nor a "
                    "factory that makes one without arguments"
                )
            app = app()
        if not isinstance(app, dash.Dash):
            raise AppNotFound(f"{module.__name__}:{attr} is not a dash.Dash app")
        return app
    candidate = getattr(module, "app", None)
    if isinstance(candidate, dash.Dash):
        return candidate
    apps = {id(v): v for v in vars(module).values() if isinstance(v, dash.Dash)}
    if len(apps) == 1:
        return next(iter(apps.values()))
    found = "several Dash apps" if apps else "no Dash app"
    raise AppNotFound(f"{module.__name__} has {found}; name one as {target}:ATTRIBUTE")


def _takes_no_arguments(func) -> bool:
    try:
        inspect.signature(func).bind()
    except TypeError:
        return False
    except ValueError:
        return True  # no signature to read (a builtin): let the call say
    return True


def _import_file(path: str):
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        raise AppNotFound(f"no such file: {path}")
    folder = os.path.dirname(path)
    if folder not in sys.path:
        sys.path.insert(0, folder)  # as `python path/to/app.py` does
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def build_app(
    app, assets_folder: str | None = None, *, minify: bool = False
) -> BuildResult:
    """Translate every clientside callback of ``app`` and write its bundle and map.

    Raises :class:`~clientpy.dash.assets.BuildError` listing every failing callback;
    the files on disk are left as they were then.
    """
    # The new translations' files wait for the bundle's own (cache.writes_deferred).
    with cache.writes_deferred():
        bundle = bundle_of(app, minify=minify)
        folder = assets_folder or app.config.assets_folder
        path, written = assets.write_bundle(folder, bundle)
    return BuildResult(bundle_path=path, written=written, callbacks=bundle.specs)


def bundle_of(app, *, minify: bool = False) -> assets.Bundle:
    """The bundle a build of ``app`` writes now (raises BuildError)."""
    register.adopt(app)
    specs = REGISTRY.specs_for(app)
    return assets.build(specs, root=assets.app_root(app), minify=minify)
