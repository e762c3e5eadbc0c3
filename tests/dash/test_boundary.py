"""The bundle skips converting results that are plain Dash data already, and only then."""

import importlib.util
from pathlib import Path

import pytest

from clientpy.api import compile_function

APP = Path(__file__).parent / "apps" / "boundary_cases.py"
spec = importlib.util.spec_from_file_location("boundary_cases", APP)
cases = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cases)


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("passes_store_through", True),
        ("builds_a_dict", False),  # a Map, to be converted
        ("returns_a_tuple", False),  # a frozen array, to be copied
        ("mutates_its_input", False),  # an int key was stored into Dash's object
        ("passes_input_to_a_mutating_helper", False),
        # a tuple and a set stored through the loop variable: rows is not Dash data now
        ("changes_rows_through_the_loop_variable", False),
        ("changes_a_row_through_an_alias", False),  # an int-keyed dict stored in a row
        ("keeps_the_positive_points", True),  # lists grown from the store's items
        # the store's grid as it came, or rows grown with floats: nothing to convert
        ("smooths_a_grid", True),
        ("changes_the_grid_through_an_alias", False),  # a tuple stored in Dash's list
        ("changes_a_row_of_an_alias", False),  # an int-keyed dict appended to a row
        ("grows_rows_of_tuples", False),
        (
            "passes_input_to_a_reading_helper",
            False,
        ),  # sum() of open values: may be float
    ],
)
def test_results_needing_no_conversion_are_recognised(name, clean):
    assert compile_function(getattr(cases, name)).clean_return is clean


def test_for_dash_each_return_converts_only_what_is_not_dash_data():
    """The figure's arrays reach Dash as the very arrays that came in (nothing walked
    them); the new layout (a dict), the tuple and the set are converted in place."""
    import json
    import subprocess

    from clientpy.transpile.bundle import function_expression

    compiled = compile_function(cases.restyles_a_figure, for_dash=True)
    assert compiled.clean_return
    script = f"""
        const f = ({function_expression(compiled)});
        const figure = {{data: [{{x: [1, 2], y: [3, 4]}}], layout: {{yaxis: {{title: "t"}}}}}};
        const out = f(figure, "log");
        console.log(JSON.stringify({{
            same_data: out.data === figure.data,
            layout_is_object: Object.getPrototypeOf(out.layout) === Object.prototype,
            range_frozen: Object.isFrozen(out.range),
            out,
        }}));
    """
    run = subprocess.run(
        ["node", "-e", script], capture_output=True, text=True, check=True
    )
    result = json.loads(run.stdout)
    assert result["same_data"] is True
    assert result["layout_is_object"] is True
    assert result["range_frozen"] is False
    assert result["out"] == {
        "data": [{"x": [1, 2], "y": [3, 4]}],
        "layout": {"yaxis": {"title": "t", "type": "log"}},
        "range": [0, 1],
        "marks": [[1, 2], "x"],
    }


def test_to_js_keeps_python_values():
    assert not compile_function(cases.restyles_a_figure).clean_return


PLAIN_DICT_CASES = [
    ("copies_a_layout", [{"data": [1], "layout": {"title": "t"}}, "log"]),
    (
        "copies_a_layout",
        [{"data": [], "layout": {"yaxis": {"range": [0, 1]}}}, "linear"],
    ),
    ("copies_a_layout", [None, "log"]),
    ("copies_pairs_and_stores_a_tuple", [[["a", 1], ["b", 2]]]),
    ("copies_pairs_and_stores_a_tuple", [{"x": 1}]),
    ("counts_into_a_copy", [{"n": 3, "a": [1]}]),
    ("counts_into_a_copy", [{}]),
    ("changes_what_a_copy_holds", [{"inner": {"k": 1}}]),
    ("keys_objects_would_reorder", [{"b": 1}]),
]


@pytest.mark.parametrize(("name", "args"), PLAIN_DICT_CASES)
def test_dicts_kept_as_objects_give_dash_what_cpython_gives(name, args):
    """For Dash, a dict the callback copies, fills with constant keys and returns is a
    plain object from the start; Dash gets the JSON a server callback would send."""
    import copy
    import json
    import subprocess

    from clientpy.transpile.bundle import function_expression

    func = getattr(cases, name)
    expected = json.dumps(func(*copy.deepcopy(args)))
    compiled = compile_function(func, for_dash=True)
    # What the page holds: the server's JSON as the browser parses it (an object puts
    # integer-like keys first either way), against the object the bundle returns.
    script = (
        f"const f = ({function_expression(compiled)});\n"
        f"const server = JSON.stringify(JSON.parse({json.dumps(expected)}));\n"
        f"const ours = JSON.stringify(f(...{json.dumps(args)}));\n"
        "console.log(JSON.stringify([server, ours]));\n"
    )
    run = subprocess.run(
        ["node", "-e", script], capture_output=True, text=True, check=True
    )
    server, ours = json.loads(run.stdout)
    assert ours == server


def test_a_copied_layout_is_an_object_returned_unconverted():
    code = compile_function(cases.copies_a_layout, for_dash=True).code
    assert "py_dict_object" in code and "py_to_js" not in code


def test_results_changed_through_aliases_reach_dash_as_json():
    """Rows changed through a loop variable are converted (a tuple becomes a list, a set
    a list, an int-keyed dict an object); lists grown from the store's items are the
    very lists built, returned with nothing walked."""
    import json
    import subprocess

    from clientpy.transpile.bundle import function_expression

    changed = compile_function(
        cases.changes_rows_through_the_loop_variable, for_dash=True
    )
    kept = compile_function(cases.keeps_the_positive_points, for_dash=True)
    aliased = compile_function(cases.changes_a_row_of_an_alias, for_dash=True)
    script = f"""
        const changed = ({function_expression(changed)});
        const kept = ({function_expression(kept)});
        const aliased = ({function_expression(aliased)});
        const rows = changed([{{id: 1}}]);
        const points = kept({{x: [1, 2, 3], y: [-1, 5, 6]}});
        const grid = aliased([[1, 2]]);
        console.log(JSON.stringify({{rows, points, grid}}));
    """
    out = subprocess.run(
        ["node", "-e", script], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == {
        "rows": [{"id": 1, "pair": [1, 2], "tags": ["a"]}],
        "points": {"x": [2, 3], "y": [5, 6]},
        "grid": [[1, 2, {"1": "one"}]],
    }
