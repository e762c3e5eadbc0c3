"""The engine as a Dash page: dash_clientside, callback_context, set_props; and its node."""

import os
import stat

import pytest
from dash import Patch, no_update

from clientpy.testing.engine import (
    EngineError,
    JSErrorValue,
    JSRaised,
    NodeEngine,
    find_node,
    wheel_node,
)


@pytest.fixture(scope="module")
def js():
    with NodeEngine(timeout=5.0) as engine:
        yield engine


def test_dash_sentinels_are_the_renderers_objects(js):
    js.define(
        "nu", "() => [dash_clientside.no_update, dash_clientside.no_update.description]"
    )
    assert js.call("nu") == [no_update, "Return to prevent updating an Output."]
    js.define("pu", "() => { throw dash_clientside.PreventUpdate; }")
    raised = js.call("pu")
    assert isinstance(raised, JSRaised) and raised.type_name == "PreventUpdate"


def test_callback_context_during_the_synchronous_part_only(js):
    js.define(
        "ctx",
        """async () => {
            const before = dash_clientside.callback_context;
            await null;
            return [before.triggered_id, dash_clientside.callback_context];
        }""",
    )
    (result,) = js.run_many([("ctx", [], {"triggered_id": "btn"})])
    assert result.value == ["btn", js.eval("undefined")]
    # a call given no context has none
    assert js.run_many([("ctx", [])])[0].value.type_name == "TypeError"


def test_set_props_calls_are_recorded_in_order(js):
    js.define(
        "sp",
        """async (n) => {
            dash_clientside.set_props("a", {children: n});
            await null;
            dash_clientside.set_props({type: "x", index: n}, {value: [n]});
            return n;
        }""",
    )
    (result,) = js.run_many([("sp", [1])])
    assert result.value == 1
    assert result.set_props == (
        ("a", {"children": 1}),
        ({"type": "x", "index": 1}, {"value": [1]}),
    )
    (result,) = js.run_many([("sp", [2])])
    assert len(result.set_props) == 2  # each call has its own


def test_python_exceptions_carry_their_arguments(js):
    js.define(
        "exc",
        """(kind) => {
            class py_KeyError extends Error {
              constructor(...args) { super(); this.args = Object.freeze(args); }
              get message() { return String(this.args[0]); }
            }
            if (kind === "throw") throw new py_KeyError("k", 2);
            return new py_KeyError("v");
        }""",
    )
    raised = js.call("exc", ["throw"])
    assert raised == JSRaised("KeyError", "k") and raised.args == ("k", 2)
    returned = js.call("exc", ["return"])
    assert returned == JSErrorValue("KeyError", "v") and returned.args == ("v",)
    native = js.eval("(() => { throw new RangeError('r'); })()")
    assert native.type_name == "RangeError" and native.args is None


def test_a_patch_comes_back_as_a_dash_patch(js):
    js.define(
        "patch",
        """() => ({
            __dash_patch_update: "__dash_patch_update",
            operations: [{operation: "Assign", location: ["a"], params: {value: 1}}],
            toJSON() {
                return {__dash_patch_update: "__dash_patch_update", operations: this.operations};
            },
        })""",
    )
    # a plain object is a dict: only an object with a prototype of its own is a Patch
    js.define(
        "patch_class",
        """() => { class P { constructor() { this.__dash_patch_update = "__dash_patch_update";
            this.operations = [{operation: "Append", location: [], params: {value: 2}}]; }
            toJSON() { return {__dash_patch_update: "__dash_patch_update",
                operations: this.operations}; } }
          return new P(); }""",
    )
    assert isinstance(js.call("patch"), dict)
    value = js.call("patch_class")
    assert isinstance(value, Patch)
    assert value.to_plotly_json()["operations"] == [
        {"operation": "Append", "location": [], "params": {"value": 2}}
    ]


# ---- which node ---------------------------------------------------------------------------


def fake_node(folder, version):
    path = folder / "node"
    path.write_text(f"#!/bin/sh\necho {version}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_clientpy_node_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("CLIENTPY_NODE", str(tmp_path / "nope"))
    with pytest.raises(EngineError, match="does not exist"):
        find_node()


def test_an_old_node_on_the_path_gives_way_to_the_wheels(monkeypatch, tmp_path):
    monkeypatch.delenv("CLIENTPY_NODE", raising=False)
    fake_node(tmp_path, "v12.22.0")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_node() == wheel_node()


def test_the_wheels_node_runs_the_engine(monkeypatch):
    node = wheel_node()
    assert node is not None and os.access(node, os.X_OK)
    with NodeEngine(node=node) as engine:
        assert engine.eval("typeof dash_clientside.set_props") == "function"
        assert engine.eval("Number(process.versions.node.split('.')[0]) >= 18") is True


def test_no_node_at_all_says_how_to_get_one(monkeypatch, tmp_path):
    import clientpy.testing.engine as engine_module

    monkeypatch.delenv("CLIENTPY_NODE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(engine_module, "wheel_node", lambda: None)
    with pytest.raises(EngineError, match=r"pip install clientpy\[testing\]"):
        find_node()
