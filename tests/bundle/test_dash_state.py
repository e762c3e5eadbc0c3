"""A callback changing its arguments in place changes none of Dash's state: the
bundle's wrapper passes it copies of those arguments, as a server callback gets each
argument fresh from JSON (Dash gives a clientside callback the objects of its state,
one object to an Input and a State of the same prop)."""

from __future__ import annotations

import json
import subprocess

from clientpy.api import compile_function
from clientpy.transpile.bundle import BundleEntry, build_bundle

from . import dash_state_samples as samples


def run_node(script: str):
    done = subprocess.run(
        ["node", "-e", script], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout)


def run_in_bundle(compiled: dict, body: str):
    """Runs `body` in node after the bundle of `compiled` (name -> CompiledFunction),
    with `ns` its namespace of callbacks; `body` prints the JSON to return."""
    entries = [BundleEntry("ns", name, c) for name, c in compiled.items()]
    prelude = "globalThis.window = globalThis;\n" + build_bundle(entries).code
    return run_node(prelude + "\nconst ns = window.dash_clientside.ns;\n" + body)


def test_only_arguments_that_may_change_are_copied():
    copied = {
        f.__name__: compile_function(f, for_dash=True).copied_args
        for f in (samples.sort_rows, samples.count_clicks, samples.loop_marks)
    }
    # (a copy too many costs time only; `current` here is read in ways not followed)
    assert 0 in copied["sort_rows"]
    assert copied["count_clicks"] == (1,)
    assert copied["loop_marks"] == (0, -2)  # rows, and *more from position 1 on
    assert 0 not in compile_function(samples.reads_only, for_dash=True).copied_args
    assert 0 in compile_function(samples.with_default, for_dash=True).copied_args
    # *rest from position 1 on
    assert -2 in compile_function(samples.star_args, for_dash=True).copied_args


def test_reading_helpers_and_builtins_need_no_copy():
    """A copy of a big store costs as much as the callback: only what may change is
    copied."""

    def copied(f):
        return compile_function(f, for_dash=True).copied_args

    assert 0 in copied(samples.key_mutates)  # a lambda's parameter: not followed
    assert 0 in copied(samples.via_writer)
    assert 0 not in copied(samples.via_reader)
    assert 0 not in copied(samples.moving_average)
    assert 0 not in copied(samples.matrix_rows)  # numbers stored share nothing
    assert 0 not in copied(samples.sorted_by_reading_key)


def test_key_functions_that_change_items_copy():
    """`sorted(rows, key=f)` calls f on every row: an f of the user's that changes what
    it is given changes Dash's rows, through a helper too."""
    for f in (
        samples.sorted_by_changing_key,
        samples.longest_through_helper,
        samples.sorted_in_place_by_changing_key,
    ):
        assert compile_function(f, for_dash=True).copied_args == (0,), f.__name__


def test_dash_state_is_left_as_it_was():
    funcs = [
        samples.sort_rows,
        samples.count_clicks,
        samples.loop_marks,
        samples.with_default,
        samples.later,
        samples.star_args,
        samples.sorted_by_changing_key,
        samples.longest_through_helper,
    ]
    entries = [
        BundleEntry("ns", f.__name__, compile_function(f, for_dash=True)) for f in funcs
    ]
    code = build_bundle(entries).code
    assert "py_from_dash" in code
    script = (
        "globalThis.window = globalThis;\n"
        + code
        + "\nconst ns = window.dash_clientside.ns;\n"
        "const rows = [{v: 3}, {v: 1}, {v: 2}];\n"
        "const a = ns.sort_rows(rows, rows);\n"
        "const store = {clicks: 4};\n"
        "const b = ns.count_clicks(1, store);\n"
        "const c = ns.count_clicks(1, undefined);\n"
        "const extra = [[5]];\n"
        "const d = ns.loop_marks(rows, extra[0]);\n"
        "const e = ns.with_default(rows);\n"
        "const g = ns.star_args(7, extra[0], extra[0]);\n"
        "const grid = [[1, 2], [3]];\n"
        "const h = [ns.sorted_by_changing_key(grid), ns.longest_through_helper(grid)];\n"
        "ns.later(rows).then((f) => {\n"
        "  console.log(JSON.stringify({a, b, c, d, e, f, g, h, rows, store, extra, grid}));\n"
        "});"
    )
    out = run_node(script)
    assert out["e"] == [{"v": 2}, 2]
    assert out["g"] == [2, 2]  # two copies, as two JSON values are
    assert out["f"] == [{"v": 2}, {"v": 1}, {"v": 3}]
    # as in CPython, where `rows` and `current` are two objects decoded from JSON
    assert out["a"] == [[1, 2, 3], [3, 1, 2], False]
    assert out["b"] == {"clicks": 5}
    assert out["c"] == {"clicks": 1}
    assert out["d"] == 3
    assert out["rows"] == [{"v": 3}, {"v": 1}, {"v": 2}]
    assert out["store"] == {"clicks": 4}
    assert out["extra"] == [[5]]
    assert out["h"] == [[2, 3], 3]  # as CPython gives for its own decoded copies
    assert out["grid"] == [[1, 2], [3]]


def test_ctx_holds_the_arguments_the_callback_changed():
    """A server callback's ctx.inputs, inputs_list and triggered hold the objects its
    arguments are (decoded once from the request), so a change to an argument shows
    there; the browser's copies must show there too, and Dash's own objects stay."""
    compiled = compile_function(samples.changed_and_read_through_ctx, for_dash=True)
    assert compiled.copied_args == (0, 1)
    entries = [BundleEntry("ns", "f", compiled)]
    script = (
        "globalThis.window = globalThis;\n"
        + build_bundle(entries).code
        + "\nconst rows = [{v: 1}, {v: 2}, {v: 3}];\n"
        "const store = {};\n"
        "const dc = window.dash_clientside;\n"
        "dc.callback_context = {\n"
        "  triggered: [{prop_id: 'table.data', value: rows}],\n"
        "  triggered_id: 'table',\n"
        "  inputs_list: [{id: 'table', property: 'data', value: rows}],\n"
        "  inputs: {'table.data': rows},\n"
        "  states_list: [{id: 'store', property: 'data', value: store}],\n"
        "  states: {'store.data': store},\n"
        "  outputs_list: {id: 'out', property: 'children'},\n"
        "};\n"
        "const kept = dc.callback_context;\n"
        "const result = dc.ns.f(rows, store);\n"
        "console.log(JSON.stringify({result, rows, store,"
        " dash: kept.inputs['table.data'].length}));"
    )
    out = run_node(script)
    assert out["result"] == [4, True, 1, True]
    assert out["rows"] == [{"v": 1}, {"v": 2}, {"v": 3}]
    assert out["store"] == {}
    assert out["dash"] == 3


def test_containers_kept_across_calls_reach_dash_as_new_objects():
    """A list changed call after call and returned reaches Dash as a new object each
    time, as a server callback's JSON does: components comparing props by identity
    (dcc.Graph, DataTable) redraw."""
    funcs = [samples.remember, samples.with_history, samples.constant_only]
    compiled = {f.__name__: compile_function(f, for_dash=True) for f in funcs}
    assert compiled["remember"].copy_result
    assert compiled["with_history"].copy_result
    assert not compiled["constant_only"].copy_result  # LAYOUT is never changed
    out = run_in_bundle(
        compiled,
        "const a = ns.remember(1), b = ns.remember(2);\n"
        "const c = ns.with_history(1), d = ns.with_history(2);\n"
        "console.log(JSON.stringify({a, b, same: a === b, c, d,"
        " same2: c.seen === d.seen}));",
    )
    assert out["a"] == [1] and out["b"] == [1, 2] and out["same"] is False
    assert out["c"]["seen"] == [1] and out["d"]["seen"] == [1, 2]
    assert out["same2"] is False


def test_changes_are_followed_through_what_was_built_from_an_argument():
    from . import dash_state_reach_samples as reach

    def copied(f):
        return compile_function(f, for_dash=True).copied_args

    for f in (
        reach.through_a_kept_group,
        reach.through_a_slice,
        reach.through_max,
        reach.through_a_dict_copy,
        reach.through_items,
        reach.through_unpacking,
        reach.through_get_default,
        reach.through_a_container_made_here,
        reach.through_augmented_assignment,
        reach.through_a_spread,
        reach.through_a_dict_of_pairs,
        reach.through_a_dict_of_zipped_pairs,
        reach.through_an_update_with_pairs,
        reach.through_a_merge_with_pairs,
        reach.through_an_item_merged_with_pairs,
        reach.through_the_same_key,
        reach.through_a_key_read_with_get,
        reach.through_an_augmented_item,
        reach.counter_in_a_row,
        reach.repeated_in_place,
    ):
        assert copied(f) == (0,), f.__name__
    for f in (
        reach.sorting_a_new_list,
        reach.changing_a_dict_copy,
        reach.changing_a_spread,
        reach.groups_of_new_dicts,
        reach.groups_keyed_apart_from_their_rows,
        # `set()` is no variable holding things: stores into sets made so stay apart
        reach.tags_into_a_set_made_by_set,
        reach.counters_in_lists_made_here,
    ):
        assert copied(f) == (), f.__name__


def test_helpers_are_followed_for_what_they_change_and_where_they_store():
    from . import dash_state_reach_samples as reach

    def copied(f):
        return compile_function(f, for_dash=True).copied_args

    assert copied(reach.collected_and_read) == ()
    assert copied(reach.collected_and_changed) == (0,)
    assert copied(reach.changed_deep_inside_a_helper) == (0,)
    assert copied(reach.stamped_through_map) == (0,)  # map's function: not followed
    # names are followed regardless of scope, and these still count
    assert copied(reach.key_changes_its_parameter_named_as_a_local) == (0,)
    assert copied(reach.nested_function_changes_through_a_local) == (0,)
    # a helper handing its parameter to the browser, or to a function of a module of
    # the app's: either may change it; math only reads
    assert copied(reach.handed_to_the_browser_by_a_helper) == (0,)
    assert copied(reach.changed_by_a_module_function_in_a_helper) == (0,)
    assert copied(reach.read_by_math_in_a_helper) == ()
    # a helper whose key lambda only reads is summed up; one whose lambda changes
    # what it is given is not, and its caller's argument is copied
    assert copied(reach.sorted_by_a_helper_with_a_key_lambda) == ()
    assert copied(reach.changed_by_a_helper_lambda) == (0,)
    # a helper's calls of other helpers use their summaries
    assert copied(reach.read_through_two_helpers) == ()
    assert copied(reach.changed_through_two_helpers) == (1,)
    # keyword-only parameters: no summary; its calls of a changing helper count
    assert copied(reach.changed_by_a_helper_without_a_summary) == (0,)


def test_values_stored_through_a_lambdas_helper_reach_dash_as_json():
    """A dict with int keys stored into Dash's rows by a helper a key lambda calls:
    the returned data is converted (a Map would reach Dash as `{}`)."""
    f = samples.tagged_through_key_lambda
    entries = [BundleEntry("ns", "f", compile_function(f, for_dash=True))]
    script = (
        "globalThis.window = globalThis;\n"
        + build_bundle(entries).code
        + "\nconst out = window.dash_clientside.ns.f({rows: [{}, {}]});\n"
        "console.log(JSON.stringify(out));"
    )
    tagged = {"tags": {"1": "a", "2": [3, 4]}}
    assert run_node(script) == {"rows": [tagged, tagged]}
    assert f({"rows": [{}]}) == {"rows": [{"tags": {1: "a", 2: (3, 4)}}]}


def test_mutating_methods_taken_as_values_copy():
    """`add = log.append; add(n)` changes `log` as `log.append(n)` does: a server
    callback's next call gets the log fresh from JSON, so the browser's must too."""
    funcs = [samples.log_through_bound_method, samples.pop_through_bound_method]
    compiled = {f.__name__: compile_function(f, for_dash=True) for f in funcs}
    assert 1 in compiled["log_through_bound_method"].copied_args
    assert 0 in compiled["pop_through_bound_method"].copied_args
    got = run_in_bundle(
        compiled,
        "const log = [];\n"
        "const rows = [1, 2, 3];\n"
        "const out = [ns.log_through_bound_method(1, log),"
        " ns.log_through_bound_method(1, log),"
        " ns.pop_through_bound_method(rows), ns.pop_through_bound_method(rows)];\n"
        "console.log(JSON.stringify({out, log, rows}));",
    )
    assert got == {"out": [1, 1, [3, 2], [3, 2]], "log": [], "rows": [1, 2, 3]}


def test_changes_through_nested_getters_copy():
    """`def items(): return store["items"]` then `items().append(0)` changes the
    store: the bundle's wrapper copies it, as for `store["items"].append(0)`."""
    funcs = [samples.grow_through_nested_getter, samples.grow_through_lambda_getter]
    compiled = {f.__name__: compile_function(f, for_dash=True) for f in funcs}
    assert compiled["grow_through_nested_getter"].copied_args == (0,)
    assert compiled["grow_through_lambda_getter"].copied_args == (0,)
    got = run_in_bundle(
        compiled,
        "const store = {items: []};\n"
        "const rows = [];\n"
        "const out = [ns.grow_through_nested_getter(store),"
        " ns.grow_through_nested_getter(store),"
        " ns.grow_through_lambda_getter(rows), ns.grow_through_lambda_getter(rows)];\n"
        "console.log(JSON.stringify({out, store, rows}));",
    )
    assert got == {"out": [1, 1, 1, 1], "store": {"items": []}, "rows": []}


def test_changes_made_through_ctx_leave_dash_state():
    """`ctx.states["log.data"].append(n)` changes the State's object without naming the
    argument: every argument is then copied and ctx holds the copies, as a server
    callback's change dies with its request (three clicks give 1, 1, 1 there)."""
    compiled = compile_function(samples.changed_through_ctx_only, for_dash=True)
    assert compiled.copied_args == (0, 1)
    reading = compile_function(samples.read_through_ctx_only, for_dash=True)
    assert reading.copied_args == ()
    script = (
        "globalThis.window = globalThis;\n"
        + build_bundle([BundleEntry("ns", "f", compiled)]).code
        + "\nconst log = [];\n"
        "const dc = window.dash_clientside;\n"
        "const results = [];\n"
        "for (let click = 1; click <= 3; click++) {\n"
        "  dc.callback_context = {\n"
        "    triggered: [{prop_id: 'btn.n_clicks', value: click}],\n"
        "    triggered_id: 'btn',\n"
        "    inputs_list: [{id: 'btn', property: 'n_clicks', value: click}],\n"
        "    inputs: {'btn.n_clicks': click},\n"
        "    states_list: [{id: 'log', property: 'data', value: log}],\n"
        "    states: {'log.data': log},\n"
        "  };\n"
        "  results.push(dc.ns.f(click, log));\n"
        "}\n"
        "console.log(JSON.stringify({results, log}));"
    )
    out = run_node(script)
    assert out == {"results": [[1, 1], [1, 2], [1, 3]], "log": []}


def test_arguments_kept_past_the_call_are_copied():
    """Dash's data put in a module-level container that code changes lives on to the
    next call, of this callback or another (which change it there); put in an
    exception, it is changed through `e.args`. A server callback's data dies with its
    request: each call starts from what Dash holds, which stays as it was."""
    funcs = [
        samples.age_kept_entries,
        samples.cache_then_grow,
        samples.pick_rows,
        samples.add_picked,
        samples.mark_through_exception,
    ]
    compiled = {f.__name__: compile_function(f, for_dash=True) for f in funcs}
    assert compiled["pick_rows"].copied_args == (0,)
    assert compiled["mark_through_exception"].copied_args == (0, 1)
    out = run_in_bundle(
        compiled,
        "const entry = {id: 1}, rows = [{a: 1}], row = {a: 1}, table = [{a: 1}];\n"
        "const aged = [1, 2, 3].map((i) => ns.age_kept_entries(i, entry));\n"
        "const grown = [1, 2, 3].map(() => ns.cache_then_grow('k', rows));\n"
        "const marked = ns.mark_through_exception(1, row);\n"
        "const picked = [ns.pick_rows(table), ns.add_picked(1), ns.add_picked(2),"
        " ns.pick_rows(table)];\n"
        "console.log(JSON.stringify({aged, grown, marked, picked, entry, rows, row,"
        " table}));",
    )
    assert out == {
        "aged": [[1], [2, 1], [3, 2, 1]],
        "grown": [2, 2, 2],
        "marked": 2,  # the callback's own row has the key: Dash's has not
        "picked": [1, 2, 3, 1],
        "entry": {"id": 1},
        "rows": [{"a": 1}],
        "row": {"a": 1},
        "table": [{"a": 1}],
    }


def test_constants_given_to_imported_helpers_that_only_read_them():
    """A module-level list handed to a function imported from another module of the
    app keeps every argument copied only where that function may change it or keep
    something in it: a 20k-record store was copied on every call for a list of
    region names the helper only read."""
    reads = compile_function(samples.summary_with_a_constant, for_dash=True)
    keeps = compile_function(samples.remembered_in_a_constant, for_dash=True)
    assert reads.copied_args == ()
    assert keeps.copied_args == (0,)
