"""examples= next to a callback, and checking a whole app on them."""

import shutil
import textwrap

import pytest
from clientpy_testing_support import APPS, ROOT, import_fresh, run_pytest
from dash import Dash, Input, Output

from clientpy import Example, clientside
from clientpy.dash.registry import REGISTRY
from clientpy.testing import check_app, example_cases
from clientpy.testing.examples import AppCheck


@pytest.fixture(scope="module")
def shop():
    return import_fresh(APPS / "shop.py", "clientpy_testing_shop")


@pytest.fixture(scope="module")
def broken():
    return import_fresh(APPS / "broken.py", "clientpy_testing_broken")


# ---- declaring examples ---------------------------------------------------------------------


def test_examples_are_kept_on_the_callback(shop):
    spec = REGISTRY.spec_of(shop.add)
    assert spec.examples[0] == Example(1, "tea")
    assert spec.examples[1].ctx == "add"
    assert spec.examples[2].name == "initial"
    assert REGISTRY.spec_of(shop.untested).examples == ()


def test_example_repr():
    assert repr(Example(1, "a", ctx="b", expect=None, name="n")) == (
        "Example(1, 'a', ctx='b', expect=None, name='n')"
    )
    assert repr(Example()) == "Example()"
    assert not Example(1).has_expect and Example(1, expect=None).has_expect


@pytest.mark.parametrize(
    ("examples", "message"),
    [
        ("x", "examples= takes a list of examples"),
        (Example(1), "examples= takes a list of examples"),
        ([1], r"examples\[0\] is 1: give the arguments as a tuple, \(1,\)"),
        (
            [(1, 2)],
            r"examples\[0\] has 2 argument\(s\); the callback's dependencies pass 1",
        ),
        ([(1,), Example()], r"examples\[1\] has 0 argument"),
        # Dash's JSON cannot say 2.0 or NaN: no callback gets them
        (
            [(2.0,)],
            (
                r"examples\[0\]: argument 1 holds 2.0, which Dash sends as the int 2 "
                r"\(JSON cannot say 2.0\): no callback gets it; pass 2"
            ),
        ),
        (
            [Example({"xs": [0.5, float("nan")]})],
            r"argument 1 holds nan at \['xs'\]\[1\], which Dash sends as null",
        ),
    ],
)
def test_bad_examples_are_refused_at_decoration(examples, message):
    with pytest.raises(TypeError, match=message):

        @clientside(
            Output("bad-out", "children"),
            Input("bad-in", "value"),
            app=Dash("clientpy_testing_bad"),
            examples=examples,
        )
        def bad(value):
            return value


def test_decorating_again_replaces_the_examples():
    app = Dash("clientpy_testing_again")
    decorated = []
    for examples in ([(1,)], [(1,), (2,)]):  # as when a module is run again

        @clientside(
            Output("o", "children"), Input("i", "value"), app=app, examples=examples
        )
        def again(value):
            return value

        decorated.append(again)
    assert REGISTRY.spec_of(decorated[0]) is None
    spec = REGISTRY.spec_of(decorated[1])
    assert [e.args for e in spec.examples] == [(1,), (2,)]


# ---- checking an app ------------------------------------------------------------------------


def test_a_good_app_passes(shop):
    assert check_app(shop.app) == 9


def test_cases_name_callback_and_example(shop):
    assert [c.id for c in example_cases(shop.app)] == [
        "add:0",
        "add:1",
        "add:initial",
        "sort_numbers:0",
        "sort_numbers:1",
        "sort_numbers:2",
        "source:0",
        "untested:translates",
        "browser_title:0",
    ]


def test_every_failure_is_reported(broken):
    with pytest.raises(AssertionError) as info:
        check_app(broken.app, timeout=1)
    text = str(info.value)
    assert text.startswith("4 of 5 clientside examples failed:")
    # a wrong expect: both sides say what they gave
    assert "clientpy_testing_broken.wrong_expect" in text
    assert "example 0: Example(1, expect=2)" in text
    assert "CPython returned 1; expected 2" in text
    assert "JS returned 1; expected 2" in text
    # browser code without expect
    assert "touches the browser (clientpy.js) in CPython" in text
    assert "give the example expect=..." in text
    # a refused callback, even without examples: the located diagnostic
    assert "CP105" in text and "broken.py" in text
    # a hung call
    assert "did not finish within 1 s" in text


def test_the_javascript_of_an_app_runs_in_one_batch(shop, monkeypatch):
    from clientpy.testing import examples as examples_module

    batches = []
    real = examples_module.js_outcomes

    def counting(calls, timeout=None, engine=None):
        batches.append(len(calls))
        return real(calls, timeout, engine)

    monkeypatch.setattr(examples_module, "js_outcomes", counting)
    check = AppCheck(example_cases(shop.app))
    for case in check.cases:
        assert check.problems(case) == []
    assert batches == [8]  # every example; `untested` is only translated


def test_the_app_can_be_named_by_file_or_module(shop):
    by_app = [c.spec for c in example_cases(shop.app)]
    # a file already imported is not run again: the same callbacks
    assert [c.spec for c in example_cases(str(APPS / "shop.py"))] == by_app
    assert [c.spec for c in example_cases("clientpy_testing_shop:app")] == by_app
    assert [c.spec for c in example_cases("clientpy_testing_shop")] == by_app


def test_an_app_without_callbacks_is_an_error(monkeypatch):
    # Callbacks other tests registered without `app=` belong to every app: set them
    # aside for this one.
    monkeypatch.setattr(REGISTRY, "_specs", {})
    monkeypatch.setattr(REGISTRY, "_names", {})
    app = Dash("clientpy_testing_empty")
    with pytest.raises(AssertionError, match="no @clientside callback belongs to"):
        check_app(app)


# ---- in a user's project, through pytest --------------------------------------------------


def test_the_readme_project_passes(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "examples" / "testing", project)
    result = run_pytest(project, "-v")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "test_examples[greet:0] PASSED" in result.stdout
    assert "test_examples[count:initial call] PASSED" in result.stdout
    assert "15 passed" in result.stdout


def test_a_failing_example_fails_its_own_test(tmp_path):
    (tmp_path / "app.py").write_text(textwrap.dedent("""
            from dash import Dash, Input, Output
            from clientpy import Example, clientside

            app = Dash(__name__)

            @clientside(
                Output("o", "children"),
                Input("i", "value"),
                examples=[("a",), Example("b", expect="B!")],
            )
            def shout(value):
                return value.upper()
            """))
    (tmp_path / "test_app.py").write_text(
        "from clientpy.testing import app_examples\n\n"
        'test_app = app_examples("app.py")\n'
    )
    result = run_pytest(tmp_path, "-v")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "test_app.py::test_app[shout:0] PASSED" in result.stdout
    assert "test_app.py::test_app[shout:1] FAILED" in result.stdout
    assert "CPython returned 'B'; expected 'B!'" in result.stdout
    assert "1 failed, 1 passed" in result.stdout


def test_the_readme_shows_the_example_project():
    readme = (ROOT / "README.md").read_text()
    example = ROOT / "examples" / "testing"
    assert (example / "test_app.py").read_text() in readme
    start = readme.index('@clientside(\n    Output("counter"')
    end = readme.index("```", start)
    assert readme[start:end] in (example / "app.py").read_text()
