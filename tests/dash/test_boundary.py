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
