"""What ``@clientside`` registers with Dash, read back from ``/_dash-dependencies``."""

from __future__ import annotations

import json
import textwrap
import threading

import pytest
from clientpy_dash_support import dependencies, run_python
from dash import ALL, MATCH, Dash, Input, Output, State, html

from clientpy.dash import REGISTRY, clientside, register
from clientpy.dash.naming import disambiguate, function_name


def layout():
    return html.Div(
        [
            html.Button(id="btn"),
            html.Div(id="out"),
            html.Div(id="out2"),
            html.Div(id="in"),
        ]
    )


ASSETS: list = []


@pytest.fixture(autouse=True)
def _assets_in_tmp(tmp_path):
    # A first request writes the bundle into the app's assets folder: keep it out of
    # the source tree.
    ASSETS[:] = [tmp_path / "assets"]


def make_app(**kw):
    app = Dash(__name__, assets_folder=str(ASSETS[0]), **kw)
    app.layout = layout()
    return app


def by_output(deps):
    return {d["output"]: d for d in deps}


def test_function_is_returned_unchanged_and_callable():
    def double(n):
        return 2 * (n or 0)

    decorated = clientside(Output("out", "children"), Input("btn", "n_clicks"))(double)
    assert decorated is double
    assert double(4) == 8


def test_dependencies_served_for_a_module_level_callback():
    app = make_app()

    @clientside(
        Output("out", "children"), Input("btn", "n_clicks"), State("in", "title")
    )
    def show(n, title):
        return n

    (dep,) = dependencies(app.server.test_client())
    assert dep["output"] == "out.children"
    assert dep["inputs"] == [{"id": "btn", "property": "n_clicks"}]
    assert dep["state"] == [{"id": "in", "property": "title"}]
    assert dep["clientside_function"] == {
        "namespace": "clientpy",
        "function_name": "test_dash_registration__test_dependencies_served_for_a_"
        "module_level_callback_locals_show",
    }
    assert dep["prevent_initial_call"] is False


def test_callback_decorated_before_the_app_exists():
    @clientside(Output("out", "children"), Input("btn", "n_clicks"))
    def early(n):
        return n

    app = make_app()
    (dep,) = dependencies(app.server.test_client())
    assert dep["clientside_function"]["function_name"].endswith("early")


def test_output_list_and_keyword_dependencies():
    app = make_app()

    @clientside(
        output=[Output("out", "children"), Output("out2", "children")],
        inputs=Input("btn", "n_clicks"),
        state=[State("in", "title")],
    )
    def two(n, title):
        return n, title

    @clientside([Output("in", "title")], [Input("btn", "n_clicks")])
    def one_in_a_list(n):
        return [n]

    deps = by_output(dependencies(app.server.test_client()))
    assert set(deps) == {"..out.children...out2.children..", "..in.title.."}
    assert deps["..in.title.."]["inputs"] == [{"id": "btn", "property": "n_clicks"}]


def test_pattern_matching_dependencies():
    app = make_app(suppress_callback_exceptions=True)

    @clientside(
        Output({"type": "label", "index": MATCH}, "children"),
        Input({"type": "item", "index": MATCH}, "value"),
    )
    def label(value):
        return value

    @clientside(
        Output("out", "children"), Input({"type": "item", "index": ALL}, "value")
    )
    def total(values):
        return sum(values)

    deps = dependencies(app.server.test_client())
    assert {d["output"] for d in deps} == {
        '{"index":["MATCH"],"type":"label"}.children',
        "out.children",
    }
    inputs = [d["inputs"][0]["id"] for d in deps]
    assert '{"index":["ALL"],"type":"item"}' in inputs


def test_no_output_callback():
    app = make_app()

    @clientside(Input("btn", "n_clicks"))
    def side_effect(n):
        return None

    (dep,) = dependencies(app.server.test_client())
    assert dep["no_output"] is True


def test_prevent_initial_call_options_and_hidden():
    app = make_app()

    @clientside(
        Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True
    )
    def a(n):
        return n

    @clientside(
        Output("out", "children", allow_duplicate=True),
        Input("in", "title"),
        prevent_initial_call="initial_duplicate",
        hidden=True,
    )
    def b(t):
        return t

    @clientside(
        Output("out2", "children"),
        Input("btn", "n_clicks"),
        State("in", "title", allow_optional=True),
        True,  # the positional form of prevent_initial_call, as dash.callback takes it
    )
    def c(n, t):
        return n

    deps = dependencies(app.server.test_client())
    assert [d["prevent_initial_call"] for d in deps] == [True, False, True]
    assert deps[1]["hidden"] is True
    assert deps[1]["output"].startswith("out.children@")
    assert deps[2]["state"] == [
        {"id": "in", "property": "title", "allow_optional": True}
    ]


def test_app_level_prevent_initial_callbacks_is_respected():
    @clientside(Output("out", "children"), Input("btn", "n_clicks"))
    def before(n):
        return n

    app = make_app(prevent_initial_callbacks=True)

    @clientside(Output("out2", "children"), Input("btn", "n_clicks"))
    def after(n):
        return n

    @clientside(
        Output("in", "title"), Input("btn", "n_clicks"), prevent_initial_call=False
    )
    def explicit(n):
        return n

    deps = by_output(dependencies(app.server.test_client()))
    assert deps["out.children"]["prevent_initial_call"] is True
    assert deps["out2.children"]["prevent_initial_call"] is True
    assert deps["in.title"]["prevent_initial_call"] is False


def test_registration_after_the_first_request_is_served():
    app = make_app()
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert dependencies(client) == []

    @clientside(Output("out", "children"), Input("btn", "n_clicks"))
    def late(n):
        return n

    (dep,) = dependencies(client)
    assert dep["clientside_function"]["function_name"].endswith("late")


def test_app_binding_registers_on_that_app_only():
    first, second = make_app(), make_app()

    @clientside(Output("out", "children"), Input("btn", "n_clicks"), app=second)
    def bound(n):
        return n

    @clientside(Output("out2", "children"), Input("btn", "n_clicks"))
    def everywhere(n):
        return n

    assert [d["output"] for d in dependencies(first.server.test_client())] == [
        "out2.children"
    ]
    assert sorted(d["output"] for d in dependencies(second.server.test_client())) == [
        "out.children",
        "out2.children",
    ]
    third = make_app()
    assert [d["output"] for d in dependencies(third.server.test_client())] == [
        "out2.children"
    ]


def test_same_name_in_two_modules_does_not_collide(tmp_path):
    pkg = tmp_path / "twomods"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    body = textwrap.dedent("""
        from dash import Input, Output
        from clientpy.dash import clientside

        @clientside(Output("{out}", "children"), Input("btn", "n_clicks"))
        def update(n):
            return n
        """)
    (pkg / "first.py").write_text(body.format(out="out"))
    (pkg / "second.py").write_text(body.format(out="out2"))
    code = textwrap.dedent("""
        import json
        from dash import Dash, html
        import clientpy.dash
        app = Dash(__name__)
        app.layout = html.Div()
        import twomods.first, twomods.second
        deps = app.server.test_client().get("/_dash-dependencies").get_json()
        print(json.dumps([d["clientside_function"] for d in deps]))
        """)
    runs = [run_python(code, tmp_path) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
    names = json.loads(runs[0].stdout)
    assert names == [
        {"namespace": "clientpy", "function_name": "twomods_first__update"},
        {"namespace": "clientpy", "function_name": "twomods_second__update"},
    ]
    assert runs[1].stdout == runs[0].stdout  # stable across runs


def test_names_are_sanitized_and_collisions_get_distinct_names():
    assert function_name("pages.home", "update") == "pages_home__update"
    assert function_name("app", "make.<locals>.cb") == "app__make_locals_cb"
    assert function_name("3d", "f") == "_3d__f"
    taken = {"a_b__f": "a_b.f"}
    other = disambiguate("a_b__f", "a.b_f", taken)
    assert other != "a_b__f" and other.startswith("a_b__f_")
    assert disambiguate("a_b__f", "a_b.f", taken) == "a_b__f__2"


def test_factory_made_callbacks_get_distinct_names():
    app = make_app()

    def make(target):
        @clientside(Output(target, "children"), Input("btn", "n_clicks"))
        def cb(n):
            return n

        return cb

    make("out")
    make("out2")
    names = [
        d["clientside_function"]["function_name"]
        for d in dependencies(app.server.test_client())
    ]
    assert len(set(names)) == 2
    assert names[1] == names[0] + "__2"


def test_redecorating_the_same_callback_replaces_it():
    app = make_app()
    for version in (1, 2):
        code = f"def cb(n):\n    return {version}\n"
        namespace: dict = {"__name__": "notebook"}
        # A re-run notebook cell defines the function again.
        exec(code, namespace)  # noqa: S102
        clientside(Output("out", "children"), Input("btn", "n_clicks"))(namespace["cb"])
    (dep,) = dependencies(app.server.test_client())
    (spec,) = REGISTRY.specs()
    assert spec.func(0) == 2
    assert dep["clientside_function"]["function_name"] == "notebook__cb"


@pytest.mark.parametrize(
    "options, message",
    [
        ({"running": []}, "do not support running"),
        ({"background": True}, "do not support background"),
        ({"colour": 1}, "unexpected keyword"),
    ],
)
def test_server_only_and_unknown_options_are_refused(options, message):
    with pytest.raises(TypeError, match=message):
        clientside(Output("out", "children"), Input("btn", "n_clicks"), **options)


def test_dict_groupings_are_refused():
    with pytest.raises(TypeError, match="flat Output/Input/State"):
        clientside(Output("out", "children"), inputs={"n": Input("btn", "n_clicks")})


def test_wrong_arity_is_refused_at_decoration():
    with pytest.raises(TypeError, match="cannot take the 2 argument"):

        @clientside(
            Output("out", "children"), Input("btn", "n_clicks"), State("in", "title")
        )
        def one(n):
            return n


def test_bare_decorator_is_refused():
    with pytest.raises(TypeError, match="needs its dependencies"):

        @clientside
        def f(n):
            return n


def test_dash_refusal_is_raised_and_not_kept():
    make_app()
    with pytest.raises(Exception, match="allow_duplicate"):

        @clientside(
            Output("out", "children", allow_duplicate=True), Input("btn", "n_clicks")
        )
        def dup(n):
            return n

    assert REGISTRY.specs() == []


def test_dash_pages_modules_register(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "home.py").write_text(textwrap.dedent("""
            import dash
            from dash import Input, Output, html
            from clientpy import clientside

            dash.register_page(__name__, path="/")
            layout = html.Div([html.Button(id="b"), html.Div(id="o")])

            @clientside(Output("o", "children"), Input("b", "n_clicks"))
            def update(n):
                return n
            """))
    (tmp_path / "app.py").write_text(textwrap.dedent("""
            import dash
            app = dash.Dash(__name__, use_pages=True, prevent_initial_callbacks=True)
            app.layout = dash.page_container
            """))
    code = textwrap.dedent("""
        import json
        import clientpy
        from app import app
        deps = app.server.test_client().get("/_dash-dependencies").get_json()
        ours = [d for d in deps if (d["clientside_function"] or {}).get("namespace") == "clientpy"]
        print(json.dumps(ours))
        """)
    run = run_python(code, tmp_path)
    assert run.returncode == 0, run.stderr
    (dep,) = json.loads(run.stdout)
    assert dep["clientside_function"] == {
        "namespace": "clientpy",
        "function_name": "pages_home__update",
    }
    assert dep["prevent_initial_call"] is True


def test_app_created_before_clientpy_is_imported(tmp_path):
    code = textwrap.dedent("""
        import json
        from dash import Dash, Input, Output, html
        app = Dash(__name__, prevent_initial_callbacks=True)
        app.layout = html.Div([html.Button(id="b"), html.Div(id="o")])
        from clientpy import clientside

        @clientside(Output("o", "children"), Input("b", "n_clicks"))
        def update(n):
            return n

        client = app.server.test_client()
        deps = client.get("/_dash-dependencies").get_json()
        print(json.dumps(deps[0]["clientside_function"]))
        print(json.dumps(deps[0]["prevent_initial_call"]))
        print(client.get("/_clientpy/bundle.js").status_code)
        """)
    run = run_python(code, tmp_path)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert json.loads(lines[0])["namespace"] == "clientpy"
    assert lines[1] == "true"
    assert lines[2] != "404"  # the bundle route exists for this app too


def test_requests_during_the_first_build_wait_for_it(monkeypatch):
    # After a debug restart the page's queued polls arrive together; one answered
    # before the build is done would miss the hard-reload flag the build sets.
    started, release = threading.Event(), threading.Event()
    built = []

    def slow_build(app):
        started.set()
        release.wait(10)
        built.append(app)

    monkeypatch.setattr(register, "ensure_bundle", slow_build)
    app = make_app()
    client = app.server.test_client()
    answered = []

    def get():
        answered.append(client.get("/_dash-layout").status_code)

    first = threading.Thread(target=get)
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=get)
    second.start()
    second.join(0.5)
    assert answered == []  # both wait for the build
    release.set()
    first.join(10)
    second.join(10)
    assert answered == [200, 200]
    assert built == [app]
