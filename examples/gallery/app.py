"""The clientpy gallery: Dash's clientside-callbacks guide, written in Python.

Run ``python examples/gallery/app.py`` and open http://127.0.0.1:8050. Each page runs one
example app from ``examples/`` and shows, side by side, the Python of every clientside
callback and the JavaScript clientpy made of it.
"""

import importlib.util
import inspect
import sys
from pathlib import Path

import dash
from dash import Dash, dcc, html

from clientpy import compile_function
from clientpy.dash import REGISTRY

EXAMPLES_DIR = Path(__file__).resolve().parent.parent

# (folder under examples/, title), in the order of the guide.
EXAMPLES = [
    ("graph_from_store", "Graph from a store"),
    ("express_figure", "Plotly Express figure in the store"),
    ("promises", "Promises"),
    ("notifications", "Notifications"),
    ("callback_context", "Callback context"),
    ("set_props", "set_props"),
    ("heavy_data", "Heavy data"),
    ("pattern_matching", "Pattern matching"),
]


def load_example(folder):
    """Import ``examples/<folder>/app.py`` as the module ``examples_<folder>``.

    The example creates its own ``app``, which the gallery only borrows the layout of;
    its callbacks, ``@callback`` and ``@clientside`` alike, and its Dash hooks reach every
    app, the gallery's included. The gallery's app must be created last: Dash Pages takes
    its configuration from the latest ``Dash()``.
    """
    name = f"examples_{folder}"
    spec = importlib.util.spec_from_file_location(
        name, EXAMPLES_DIR / folder / "app.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def page_path(folder):
    return "/" + folder.replace("_", "-")


def summary(module):
    """The first line of the example's docstring, and the paragraphs after it."""
    first, _, rest = inspect.getdoc(module).partition("\n")
    return first, rest.strip()


def clientside_functions(module):
    return [s.func for s in REGISTRY.specs() if s.func.__module__ == module.__name__]


def python_source(func, js_code):
    """The callback's source, then the source of the module's functions it calls."""
    module = sys.modules[func.__module__]
    parts = [inspect.getsource(func)]
    for name, other in vars(module).items():
        if (
            inspect.isfunction(other)
            and other is not func
            and other.__module__ == module.__name__
            and f"function {name}(" in js_code
        ):
            parts.append(inspect.getsource(other))
    return "\n\n".join(parts)


def side_by_side(func):
    js_code = compile_function(func).code
    return html.Div(
        [
            html.Div(
                [html.H4("Python"), html.Pre(python_source(func, js_code))],
                className="code python",
            ),
            html.Div(
                [html.H4("JavaScript"), html.Pre(js_code)],
                className="code javascript",
            ),
        ],
        className="side-by-side",
        id=f"code-{func.__name__}",
    )


def example_page(number, folder, title, module):
    headline, details = summary(module)
    return html.Div(
        [
            html.H2(f"{number}. {title}"),
            html.P(headline.partition(": ")[2], className="headline"),
            dcc.Markdown(details),
            html.Div(module.app.layout, className="live-example"),
            html.H3("The clientside callbacks: Python, and the JavaScript that runs"),
            *[side_by_side(func) for func in clientside_functions(module)],
            html.Details(
                [
                    html.Summary(f"The whole examples/{folder}/app.py"),
                    html.Pre(inspect.getsource(module), className="whole-app"),
                ]
            ),
            html.P(
                [
                    "Run it on its own: ",
                    html.Code(f"python examples/{folder}/app.py"),
                ]
            ),
        ],
        className="example-page",
    )


def home_page(modules):
    return html.Div(
        [
            html.H2("Clientside callbacks, written in Python"),
            dcc.Markdown("""
Dash's clientside callbacks run in the browser, so they answer without a round trip
to the server; normally they are JavaScript strings. Here each example of Dash's
[clientside-callbacks guide](https://dash.plotly.com/clientside-callbacks) is written
in Python with `@clientside`: clientpy translates the function to JavaScript when the
app starts. Each page runs the example and shows its Python next to the JavaScript.
"""),
            html.Ol(
                [
                    html.Li(
                        [
                            dcc.Link(title, href=page_path(folder)),
                            ": ",
                            summary(module)[0].partition(": ")[2],
                        ]
                    )
                    for (folder, title), module in zip(EXAMPLES, modules)
                ]
            ),
        ]
    )


modules = [load_example(folder) for folder, _ in EXAMPLES]

app = Dash(
    __name__,
    use_pages=True,
    pages_folder="",
    suppress_callback_exceptions=True,
    title="clientpy gallery",
)

dash.register_page("home", path="/", name="Home", layout=home_page(modules), order=0)
for number, ((folder, title), module) in enumerate(zip(EXAMPLES, modules), start=1):
    dash.register_page(
        folder,
        path=page_path(folder),
        name=f"{number}. {title}",
        title=f"{title} - clientpy gallery",
        layout=example_page(number, folder, title, module),
        order=number,
    )

app.layout = html.Div(
    [
        html.Nav(
            [
                html.H1(dcc.Link("clientpy gallery", href="/")),
                *[
                    dcc.Link(page["name"], href=page["relative_path"])
                    for page in dash.page_registry.values()
                    if page["path"] != "/"
                ],
            ],
            className="gallery-nav",
        ),
        html.Main(dash.page_container, className="gallery-main"),
    ],
    className="gallery",
)

if __name__ == "__main__":
    app.run()
