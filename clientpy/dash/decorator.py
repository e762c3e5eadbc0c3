"""``@clientside``: a Dash callback written in Python that runs in the browser."""

from __future__ import annotations

import inspect
import weakref

from dash._utils import create_callback_id
from dash.dependencies import handle_callback_args

from . import props, register
from .examples import normalize_examples
from .naming import NAMESPACE, function_name, module_name, python_name
from .registry import REGISTRY, CallbackSpec

# Options of dash.callback that only mean something for a server callback; Dash would
# accept and silently ignore them for a clientside one.
_SERVER_ONLY = {
    "background",
    "interval",
    "progress",
    "progress_default",
    "running",
    "cancel",
    "manager",
    "cache_args_to_ignore",
    "cache_ignore_triggered",
    "on_error",
    "api_endpoint",
    "optional",
    "websocket",
    "persistent",
    "mcp_enabled",
    "mcp_expose_docstring",
}


def clientside(
    *deps,
    app=None,
    prevent_initial_call=None,
    hidden=None,
    output=None,
    inputs=None,
    state=None,
    examples=None,
    **kw,
):
    """Register the decorated Python function as a Dash clientside callback.

    Takes the dependency arguments of ``dash.callback``: ``Output``/``Input``/``State``
    objects (or lists of them) positionally or as ``output=``/``inputs=``/``state=``,
    ``prevent_initial_call`` (``None`` means the app's ``prevent_initial_callbacks``;
    ``"initial_duplicate"`` works), ``hidden``, ``Output(..., allow_duplicate=True)``,
    ``Input/State(..., allow_optional=True)``. The function receives the Inputs then the
    States positionally; a list of Outputs (even of one) means it returns a list or tuple.

    Without ``app`` the callback is registered on every Dash app of the process, like
    ``dash.callback`` (also from Dash Pages modules and after the first request); with
    ``app`` only on that one. The function is returned unchanged: it stays callable and
    testable in Python. Its JavaScript goes into the app's bundle as
    ``window.dash_clientside["clientpy"]["<module>__<qualname>"]``.

    ``examples`` lists sample calls, each a tuple of arguments or a
    ``clientpy.Example(*args, ctx=..., expect=...)``. The app ignores them;
    ``clientpy.testing.app_examples`` runs every one in CPython and in JavaScript and
    checks that both agree.
    """
    if len(deps) == 1 and callable(deps[0]) and not hasattr(deps[0], "component_id"):
        raise TypeError(
            "@clientside needs its dependencies: "
            '@clientside(Output("id", "prop"), Input("id", "prop"), ...)'
        )
    unknown = sorted(kw)
    if unknown:
        server = [k for k in unknown if k in _SERVER_ONLY]
        if server:
            raise TypeError(
                f"clientside callbacks do not support {', '.join(server)}: "
                "Dash honours these options only for server callbacks"
            )
        raise TypeError(f"clientside() got unexpected keyword arguments: {unknown}")

    kwargs = {}
    for key, value in (
        ("output", output),
        ("inputs", inputs),
        ("state", state),
        ("prevent_initial_call", prevent_initial_call),
        ("hidden", hidden),
    ):
        if value is not None:
            kwargs[key] = value
    _refuse_groupings(deps, kwargs)
    outs, ins, states, _ = handle_callback_args(list(deps), _copy_lists(kwargs))
    no_output = isinstance(outs, list) and not outs
    callback_id = create_callback_id(outs, ins, no_output)
    n_args = len(ins) + len(states)
    app_ref = weakref.ref(app) if app is not None else None

    def decorate(func):
        signature, positional = _check_function(func, n_args)
        declared = normalize_examples(examples, func, n_args, signature)
        param_types = props.param_types(
            func, [*ins, *states], signature, positional=positional
        )
        spec = CallbackSpec(
            func=func,
            python_name=python_name(func),
            namespace=NAMESPACE,
            function_name="",
            args=tuple(deps),
            kwargs=kwargs,
            callback_id=callback_id,
            app_ref=app_ref,
            examples=declared,
            param_types=param_types,
            result_shape=props.result_shape(outs),
            value_lists=props.value_lists([*ins, *states]),
        )
        base = function_name(module_name(func), func.__qualname__)
        added = REGISTRY.add(spec, base)
        try:
            register.attach(added)
        except Exception:
            if added is spec:  # a new entry Dash refused: do not offer it to other apps
                REGISTRY.discard(spec)
            raise
        return func

    return decorate


def _copy_lists(kwargs: dict) -> dict:
    # Dash's parser appends to the lists it is given; keep the user's intact.
    return {
        k: list(v) if isinstance(v, (list, tuple)) else v for k, v in kwargs.items()
    }


def _refuse_groupings(deps, kwargs) -> None:
    values = list(deps) + [kwargs.get(k) for k in ("output", "inputs", "state")]
    for value in values:
        items = value if isinstance(value, (list, tuple)) else [value]
        if any(isinstance(item, dict) for item in items):
            raise TypeError(
                "clientside callbacks take their dependencies as flat Output/Input/State "
                "objects or lists of them: Dash passes a clientside function its Inputs "
                "then States by position, so dict groupings (keyword arguments) cannot "
                "reach it"
            )


def _check_function(func, n_args: int):
    """Refuse what Dash could not call with ``n_args`` arguments.

    Returns ``(signature, None)``, or ``(None, names)`` for a plain function read
    from its code (`props.positional_names`): an app's start-up checks every
    callback, and ``inspect.signature`` was most of what that cost."""
    if inspect.isclass(func) or not callable(func) or not hasattr(func, "__code__"):
        raise TypeError(f"@clientside decorates a function, not {func!r}")
    positional = props.positional_names(func, n_args)
    if positional is not None:
        return None, positional
    try:
        signature = inspect.signature(func)
        signature.bind(*range(n_args))
    except TypeError as exc:
        raise TypeError(
            f"{func.__qualname__}() cannot take the {n_args} argument(s) its "
            f"dependencies pass (every Input, then every State): {exc}"
        ) from None
    return signature, None
