"""The process-wide record of ``@clientside`` callbacks.

A :class:`CallbackSpec` is everything needed to register one callback with a Dash app
(the dependency arguments, passed to ``app.clientside_callback`` unchanged) and to put its
JavaScript into that app's bundle (the Python function and its JS name).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from .naming import disambiguate


class CallbackSpec:
    """One ``@clientside`` callback. A plain class, not a dataclass: every app imports
    this module at start-up, and making a dataclass costs about a millisecond there."""

    def __init__(
        self,
        *,
        func: Callable[..., Any],
        python_name: str,
        namespace: str,
        function_name: str,
        args: tuple,
        kwargs: dict,
        callback_id: str,
        app_ref: weakref.ref | None = None,
        compiled: Any = None,
        examples: tuple = (),
        param_types: dict | None = None,
        result_shape: tuple | None = None,
        value_lists: tuple = (),
    ) -> None:
        self.func = func
        self.python_name = python_name
        self.namespace = namespace
        self.function_name = function_name
        self.args = args
        self.kwargs = kwargs
        self.callback_id = callback_id
        self.app_ref = app_ref
        self.compiled = compiled
        self.examples = examples  # clientpy.dash.examples.Example, for clientpy.testing
        # What Dash is known to send for some parameters (n_clicks: an int or None).
        self.param_types = {} if param_types is None else param_types
        # What the result must be for its Outputs (props.result_shape)
        self.result_shape = result_shape
        # Positions of the arguments that are lists of values (ALL, ALLSMALLER)
        self.value_lists = value_lists

    def __repr__(self) -> str:
        return (
            f"CallbackSpec({self.python_name!r}, {self.namespace}."
            f"{self.function_name}, id={self.callback_id!r})"
        )

    @property
    def app(self):
        return self.app_ref() if self.app_ref is not None else None

    def belongs_to(self, app) -> bool:
        return self.app_ref is None or self.app_ref() is app


class Registry:
    """Callbacks in registration order, with unique JS names.

    ``generation`` grows on every change so that bundles know when to rebuild.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._specs: dict[str, CallbackSpec] = {}
        self._names: dict[str, str] = {}
        self.generation = 0
        # `_specs` by (Python name, callback id), in registration order, for `add`
        # (an app of 500 callbacks compared each with every one before it).
        self._by_id: dict[tuple[str, str], list[CallbackSpec]] = {}

    def add(self, spec: CallbackSpec, base_name: str) -> CallbackSpec:
        """Name ``spec`` and record it; return the spec now in force.

        Decorating again a function with the same Python name and the same dependencies
        (``importlib.reload``, a re-run notebook cell) replaces the earlier function under
        the same JS name instead of registering a duplicate callback.
        """
        with self.lock:
            same = self._by_id.setdefault((spec.python_name, spec.callback_id), [])
            for old in same:
                if old.app_ref == spec.app_ref:
                    old.func = spec.func
                    old.examples = spec.examples
                    old.compiled = None
                    self.generation += 1
                    return old
            spec.function_name = disambiguate(base_name, spec.python_name, self._names)
            self._names[spec.function_name] = spec.python_name
            self._specs[spec.function_name] = spec
            same.append(spec)
            self.generation += 1
            return spec

    def specs(self) -> list[CallbackSpec]:
        with self.lock:
            return list(self._specs.values())

    def specs_for(self, app) -> list[CallbackSpec]:
        with self.lock:
            return [s for s in self._specs.values() if s.belongs_to(app)]

    def spec_of(self, func) -> CallbackSpec | None:
        with self.lock:
            for spec in self._specs.values():
                if spec.func is func:
                    return spec
        return None

    def discard(self, spec: CallbackSpec) -> None:
        with self.lock:
            if self._specs.get(spec.function_name) is spec:
                del self._specs[spec.function_name]
                del self._names[spec.function_name]
                same = self._by_id.get((spec.python_name, spec.callback_id), [])
                if spec in same:
                    same.remove(spec)
                self.generation += 1

    def clear(self) -> None:
        """Forget every callback (for tests that build several apps in one process)."""
        with self.lock:
            self._specs.clear()
            self._names.clear()
            self._by_id.clear()
            self.generation += 1


REGISTRY = Registry()
