"""An app served with a strict Content-Security-Policy: scripts only from its own
origin (plus the hashes of Dash's own inline scripts), no eval, no inline code.

Run as ``python csp.py`` with ``CLIENTPY_TEST_PORT`` set; ``CLIENTPY_TEST_MEMORY=1``
leaves the assets folder out of the page, so the bundle is served from memory.
"""

import os

from dash import Dash, Input, Output, dcc, html

from clientpy import clientside

app = Dash(__name__, include_assets_files=os.environ.get("CLIENTPY_TEST_MEMORY") != "1")
app.layout = html.Div([dcc.Input(id="text", value="strict"), html.Div(id="echo")])


@app.server.after_request
def strict_policy(response):
    scripts = " ".join(["'self'", *app.csp_hashes()])
    response.headers["Content-Security-Policy"] = (
        f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
        "object-src 'none'; base-uri 'none'"
    )
    return response


@clientside(Output("echo", "children"), Input("text", "value"))
def echo(text):
    words = sorted(text.split(), key=len)
    return f"{len(words)} words: {', '.join(w.title() for w in words)}"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["CLIENTPY_TEST_PORT"]))
