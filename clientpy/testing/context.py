"""What ``dash.ctx`` reports during one call, for CPython and for the JavaScript engine.

Dash builds its callback context from the request it sends for a call: the Inputs, States
and Outputs (``{"id", "property", "value"}`` each, lists of them for ``ALL``/``ALLSMALLER``)
and the ids of the props that changed. The renderer turns that into
``window.dash_clientside.callback_context`` for a clientside function; the server turns it
into the ``dash._callback_context.context_value`` that ``dash.ctx`` reads. :class:`CallContext`
is that request, and :meth:`~CallContext.for_js` / :meth:`~CallContext.for_python` build
each side exactly as Dash does, so both sides see the same context.

``ctx=`` of ``run_js``/``assert_same`` (and ``Example(..., ctx=...)``) is turned into a
:class:`CallContext` by :func:`build_context`:

* ``None``: the initial call, nothing triggered.
* ``"btn.n_clicks"``: that prop triggered the call.
* ``"btn"``: the callback's Input with id ``"btn"`` triggered it.
* a dict with any of ``triggered_id`` (an id, ``str`` or ``dict``; the callback's Input
  with that id, a pattern-matching one included), ``triggered`` (a list of prop ids
  ``"btn.n_clicks"`` or ``(id, prop)`` pairs), ``inputs``/``states`` (``{"id.prop":
  value}``, the values ``ctx.inputs``/``ctx.states`` report), ``inputs_list``/
  ``states_list``/``outputs_list`` (as Dash sends them).

For a ``@clientside`` function the Inputs, States and Outputs come from its dependencies
and the call's arguments. Ids of pattern-matching dependencies are made up: a ``MATCH``
key takes the triggered id's value (else 0), an ``ALL``/``ALLSMALLER`` key the position of
the value in its list; give ``inputs_list`` etc. to choose them.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

__all__ = ["CTX_KEYS", "CallContext", "build_context", "dependencies_of"]

CTX_KEYS = (
    "triggered_id",
    "triggered",
    "inputs",
    "states",
    "inputs_list",
    "states_list",
    "outputs_list",
)


@dataclass(frozen=True)
class CallContext:
    """Dash's request for one call: ``inputs``/``state``/``outputs`` and ``changed``."""

    inputs_list: list
    states_list: list
    outputs_list: Any  # a list, or one dict for a callback with a single Output
    changed: tuple  # prop ids, e.g. "btn.n_clicks" or '{"index":1,"type":"b"}.value'

    def for_js(self) -> dict:
        """``dash_clientside.callback_context`` as dash-renderer's handleClientside sets it."""
        inputs = _inputs_to_dict(self.inputs_list, _js_stringify_id)
        states = _inputs_to_dict(self.states_list, _js_stringify_id)
        out = {
            # The renderer reads inputDict[prop_id]; a prop that triggers a call is always
            # one of its Inputs. A made-up one that is not gets null, as the server's .get.
            "triggered": [{"prop_id": p, "value": inputs.get(p)} for p in self.changed],
            "inputs_list": copy.deepcopy(self.inputs_list),
            "inputs": inputs,
            "states_list": copy.deepcopy(self.states_list),
            "states": states,
            "outputs_list": copy.deepcopy(self.outputs_list),
        }
        if self.changed:
            out["triggered_id"] = _js_triggered_id(self.changed[0])
        return out

    def for_python(self):
        """The value of ``dash._callback_context.context_value`` as Dash's server sets it."""
        from dash._utils import AttributeDict, inputs_to_dict

        g = AttributeDict({})
        g.inputs_list = copy.deepcopy(self.inputs_list)
        g.states_list = copy.deepcopy(self.states_list)
        g.outputs_list = copy.deepcopy(self.outputs_list)
        g.input_values = inputs_to_dict(g.inputs_list)
        g.state_values = inputs_to_dict(g.states_list)
        g.triggered_inputs = [
            {"prop_id": x, "value": g.input_values.get(x)} for x in self.changed
        ]
        g.updated_props = {}
        return g


# ---- ids as each side spells them -------------------------------------------------------


def _js_value(v: Any) -> str:
    # JSON.stringify of an id value: no ASCII escaping, integral floats without ".0".
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _js_stringify_id(id_: Any) -> str:
    """dash-renderer's stringifyId."""
    if not isinstance(id_, dict):
        return id_
    keys = sorted(id_, key=lambda k: k.encode("utf-16-be"))
    return "{" + ",".join(f"{_js_value(k)}:{_js_value(id_[k])}" for k in keys) + "}"


def _py_stringify_id(id_: Any) -> str:
    from dash._utils import stringify_id

    return stringify_id(id_)


def _inputs_to_dict(inputs_list: list, stringify) -> dict:
    out = {}
    for item in inputs_list:
        for entry in item if isinstance(item, list) else [item]:
            value = entry.get("value")
            out[f"{stringify(entry['id'])}.{entry['property']}"] = value
    return out


def _js_triggered_id(prop_id: str) -> Any:
    """dash-renderer's getTriggeredId for the first changed prop."""
    if prop_id.startswith("{"):
        return json.loads(prop_id[: prop_id.rindex("}") + 1])
    return prop_id.split(".")[0]


def _split_prop_id(prop_id: str) -> tuple[Any, str]:
    id_text, dot, prop = prop_id.rpartition(".")
    if not dot or not id_text or not prop:
        raise ValueError(
            f"{prop_id!r} is not a prop id: write it as 'component_id.property'"
        )
    if id_text.startswith("{"):
        try:
            return json.loads(id_text), prop
        except json.JSONDecodeError:
            pass
    return id_text, prop


# ---- the callback's dependencies ----------------------------------------------------------


@dataclass(frozen=True)
class Dependencies:
    outputs: Any  # a list of Output, or one Output
    inputs: list
    states: list


def dependencies_of(func, spec=None) -> Dependencies | None:
    """The Outputs, Inputs and States of a ``@clientside`` function (None for others);
    ``spec`` is its record, looked up when not given."""
    from dash.dependencies import handle_callback_args

    from clientpy.dash.registry import REGISTRY

    spec = spec if spec is not None else REGISTRY.spec_of(func)
    if spec is None:
        return None
    kwargs = {
        k: list(v) if isinstance(v, (list, tuple)) else v
        for k, v in spec.kwargs.items()
    }
    outs, ins, states, _ = handle_callback_args(list(spec.args), kwargs)
    return Dependencies(outs, list(ins), list(states))


def _wildcard_kind(value: Any) -> str | None:
    from dash.dependencies import Wildcard

    return value.value if isinstance(value, Wildcard) else None


def _is_pattern(id_: Any) -> bool:
    return isinstance(id_, dict) and any(_wildcard_kind(v) for v in id_.values())


def _matches(pattern: Any, id_: Any) -> bool:
    """Whether the concrete ``id_`` is one the dependency id ``pattern`` stands for."""
    if not isinstance(pattern, dict):
        return pattern == id_
    if not isinstance(id_, dict) or set(pattern) != set(id_):
        return False
    return all(_wildcard_kind(v) or v == id_[k] for k, v in pattern.items())


def _concrete(pattern: Any, match_values: dict, position: int) -> Any:
    if not isinstance(pattern, dict):
        return pattern
    out = {}
    for k, v in pattern.items():
        kind = _wildcard_kind(v)
        if kind == "MATCH":
            out[k] = match_values.get(k, 0)
        elif kind is not None:
            out[k] = position
        else:
            out[k] = v
    return out


def _entries(deps: list, values: list, match_values: dict) -> list:
    out = []
    for dep, value in zip(deps, values):
        pattern, prop = dep.component_id, dep.component_property
        kinds = (
            {_wildcard_kind(v) for v in pattern.values()}
            if isinstance(pattern, dict)
            else set()
        )
        if kinds & {"ALL", "ALLSMALLER"}:
            items = value if isinstance(value, (list, tuple)) else []
            out.append(
                [
                    {
                        "id": _concrete(pattern, match_values, i),
                        "property": prop,
                        "value": v,
                    }
                    for i, v in enumerate(items)
                ]
            )
        else:
            out.append(
                {
                    "id": _concrete(pattern, match_values, 0),
                    "property": prop,
                    "value": value,
                }
            )
    return out


def _output_entries(outputs: Any, match_values: dict) -> Any:
    def one(dep):
        pattern = dep.component_id
        kinds = (
            {_wildcard_kind(v) for v in pattern.values()}
            if isinstance(pattern, dict)
            else set()
        )
        if kinds & {"ALL", "ALLSMALLER"}:
            return []  # how many components match is the page's business
        return {
            "id": _concrete(pattern, match_values, 0),
            "property": dep.component_property.split("@")[0],
        }

    if isinstance(outputs, list):
        return [one(o) for o in outputs]
    return one(outputs)


# ---- ctx= ---------------------------------------------------------------------------------


def _triggered_props(ctx: Any, deps: Dependencies | None, inputs_list: list) -> list:
    """``ctx=``'s triggered props as (id, prop) pairs."""
    if ctx is None:
        return []
    if isinstance(ctx, str):
        if "." in ctx:
            return [_split_prop_id(ctx)]
        return [_resolve_id(ctx, deps, inputs_list)]
    items = ctx.get("triggered")
    if items is not None:
        if isinstance(items, (str, dict)) or not hasattr(items, "__iter__"):
            raise TypeError(
                "ctx['triggered'] is a list of prop ids ('btn.n_clicks') or (id, prop) "
                f"pairs; got {items!r}"
            )
        out = []
        for item in items:
            if isinstance(item, str):
                out.append(_split_prop_id(item))
            elif isinstance(item, dict) and "prop_id" in item:
                out.append(_split_prop_id(item["prop_id"]))
            elif isinstance(item, (tuple, list)) and len(item) == 2:
                out.append((item[0], item[1]))
            else:
                raise TypeError(
                    "each of ctx['triggered'] is a prop id ('btn.n_clicks') or an "
                    f"(id, prop) pair; got {item!r}"
                )
        return out
    if "triggered_id" in ctx and ctx["triggered_id"] is not None:
        return [_resolve_id(ctx["triggered_id"], deps, inputs_list)]
    return []


def _resolve_id(id_: Any, deps: Dependencies | None, inputs_list: list) -> tuple:
    """The (id, prop) of the Input with component id ``id_``."""
    if not isinstance(id_, (str, dict)):
        raise TypeError(f"a component id is a str or a dict, not {id_!r}")
    candidates = []
    if deps is not None:
        candidates = [
            (d.component_id, d.component_property)
            for d in deps.inputs
            if _matches(d.component_id, id_)
        ]
    else:
        for item in inputs_list:
            for entry in item if isinstance(item, list) else [item]:
                if entry.get("id") == id_:
                    candidates.append((entry["id"], entry["property"]))
    props = list(dict.fromkeys(prop for _, prop in candidates))
    if len(props) == 1:
        return (id_, props[0])
    where = "the callback's Inputs" if deps is not None else "ctx's inputs"
    if not props:
        raise ValueError(
            f"ctx: no Input with id {id_!r} among {where}; name the prop that "
            f"triggered the call: ctx='{_py_stringify_id(id_)}.<property>'"
        )
    raise ValueError(
        f"ctx: the Inputs with id {id_!r} are props {props}; say which one: "
        f"ctx='{_py_stringify_id(id_)}.{props[0]}'"
    )


def _entries_from_dict(values: dict, what: str) -> list:
    out = []
    for key, value in values.items():
        if not isinstance(key, str):
            raise TypeError(f"ctx['{what}'] keys are prop ids ('btn.n_clicks')")
        id_, prop = _split_prop_id(key)
        out.append({"id": id_, "property": prop, "value": value})
    return out


def _override(entries: list, values: dict, what: str) -> list:
    """``entries`` with the values ``ctx[what]`` gives, and the props it adds."""
    entries = copy.deepcopy(entries)
    seen = set()
    for item in entries:
        for entry in item if isinstance(item, list) else [item]:
            key = f"{_py_stringify_id(entry['id'])}.{entry['property']}"
            if key in values:
                entry["value"] = values[key]
                seen.add(key)
    extra = {k: v for k, v in values.items() if k not in seen}
    return entries + _entries_from_dict(extra, what)


def build_context(func, args: tuple, ctx: Any = None, spec=None) -> CallContext:
    """The :class:`CallContext` of calling ``func(*args)`` with ``ctx=`` (see module doc);
    ``spec`` is the function's ``@clientside`` record, looked up when not given."""
    if isinstance(ctx, CallContext):
        return ctx
    if ctx is not None and not isinstance(ctx, (str, dict)):
        raise TypeError(
            "ctx= is None (the initial call), a prop id 'btn.n_clicks', an Input's "
            f"component id 'btn', or a dict with keys among {list(CTX_KEYS)}; "
            f"got {ctx!r}"
        )
    if isinstance(ctx, dict):
        unknown = [k for k in ctx if k not in CTX_KEYS]
        if unknown:
            raise TypeError(
                f"ctx has unknown keys {unknown}: use {list(CTX_KEYS)} (for a "
                "pattern-matching id write ctx={'triggered_id': {...}})"
            )
    options = ctx if isinstance(ctx, dict) else {}
    deps = dependencies_of(func, spec)

    given_inputs = options.get("inputs_list")
    triggered = _triggered_props(
        ctx,
        deps,
        given_inputs or _entries_from_dict(options.get("inputs") or {}, "inputs"),
    )
    match_values: dict = {}
    for id_, _ in triggered[:1]:
        if isinstance(id_, dict):
            match_values = dict(id_)

    n_inputs = len(deps.inputs) if deps is not None else 0
    if given_inputs is not None:
        inputs_list = copy.deepcopy(list(given_inputs))
    elif deps is not None:
        inputs_list = _entries(deps.inputs, list(args[:n_inputs]), match_values)
    else:
        inputs_list = []
    if options.get("inputs"):
        inputs_list = _override(inputs_list, options["inputs"], "inputs")

    given_states = options.get("states_list")
    if given_states is not None:
        states_list = copy.deepcopy(list(given_states))
    elif deps is not None:
        states_list = _entries(deps.states, list(args[n_inputs:]), match_values)
    else:
        states_list = []
    if options.get("states"):
        states_list = _override(states_list, options["states"], "states")

    if "outputs_list" in options:
        outputs_list = copy.deepcopy(options["outputs_list"])
    elif deps is not None:
        outputs_list = _output_entries(deps.outputs, match_values)
    else:
        outputs_list = []

    # The renderer spells the changed prop ids, and the server receives them as they are.
    changed = tuple(f"{_js_stringify_id(i)}.{p}" for i, p in triggered)
    return CallContext(inputs_list, states_list, outputs_list, changed)
