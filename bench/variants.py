"""What is compared: CPython's answer, and the JavaScript of each implementation.

For each workload the speed run gets a folder with the arguments (``args.json``), the
answer CPython gives (``expected.json``) and one classic script per implementation that
registers the callback in ``window.dash_clientside[<implementation>]``: the hand-written
twin, clientpy's bundle exactly as the Dash integration serves it (runtime helpers, the
``py_from_js``/``py_to_js`` boundary), and the peers' output (Transcrypt as ES modules).
"""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path

from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle

from . import peers


@contextlib.contextmanager
def dash_context(context: dict | None):
    """``dash.ctx`` inside the call, as a server callback would see it."""
    if context is None:
        yield
        return
    from dash._callback_context import context_value
    from dash._utils import AttributeDict

    token = context_value.set(
        AttributeDict(
            triggered_inputs=context.get("triggered", []),
            inputs_list=[],
            states_list=[],
        )
    )
    try:
        yield
    finally:
        context_value.reset(token)


def reference(workload):
    """The callback's result in CPython, as JSON data."""
    args = copy.deepcopy(workload.args)
    with dash_context(workload.context):
        result = workload.func(*args)
    return json.loads(json.dumps(result, allow_nan=False))


def clientpy_bundle(funcs, namespace: str = "clientpy", param_types=None) -> str:
    """The assets script Dash would serve for these callbacks (`param_types`: what the
    decorator learns from their inputs, by function)."""
    known = param_types or {}
    entries = [
        BundleEntry(
            namespace,
            f.__name__,
            compile_function(f, known.get(f), for_dash=True),
        )
        for f in dict.fromkeys(funcs)
    ]
    built = build_bundle(entries)
    return getattr(built, "code", built)


def prepare(workload, folder: Path, with_peers: bool = True) -> dict:
    """Write the inputs and every implementation's script; return what was made."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "args.json").write_text(json.dumps(workload.args), encoding="utf-8")
    (folder / "expected.json").write_text(
        json.dumps(reference(workload)), encoding="utf-8"
    )
    variants = [{"name": "hand", "script": str(workload.twin_path)}]
    errors: dict[str, str] = {}
    try:
        code = clientpy_bundle(
            [workload.func], param_types={workload.func: workload.param_types}
        )
    except Exception as e:  # noqa: BLE001 - reported in the tables
        errors["clientpy"] = f"{type(e).__name__}: {e}"
    else:
        path = folder / "clientpy.js"
        path.write_text(code, encoding="utf-8")
        variants.append({"name": "clientpy", "script": str(path)})
    outputs = peers.translate_all(workload, folder / "peers") if with_peers else {}
    for name, out in outputs.items():
        if out.error:
            errors[name] = out.error
        elif out.module is not None:
            variants.append({"name": name, "module": str(out.module)})
        else:
            path = folder / f"{name}.js"
            path.write_text(out.script, encoding="utf-8")
            variants.append({"name": name, "script": str(path)})
    return {"variants": variants, "errors": errors, "peers": outputs}
