"""examples/express_figure in Chromium, next to the guide's JavaScript version."""

import plotly.express as px
import pytest
from browsing import choose_radio, open_app, select, settled, wait_for_figure

df = px.data.gapminder()


def series(country, indicator):
    return df[df["country"] == country][indicator].tolist()


@pytest.fixture(scope="module")
def apps(start_apps):
    return start_apps("express_figure", "twins/express_figure.py")


def drive(page, url):
    """The same interactions on either version; what the page shows after each one."""
    open_app(page, url)
    seen = []

    def look(country, indicator, scale):
        fig = wait_for_figure(
            page, "clientside-graph-px", series(country, indicator), scale
        )
        layout = fig["layout"]
        # Plotly Express's layout is kept; only the axis type is the radio's
        assert layout["yaxis"]["title"]["text"] == indicator
        assert layout["xaxis"]["title"]["text"] == "year"
        assert layout["yaxis"]["type"] == scale
        assert fig["data"][0]["mode"] == "lines+markers"
        seen.append((settled(fig), page.text_content("#clientside-figure-json-px")))

    look("Canada", "pop", "linear")
    choose_radio(page, "clientside-graph-scale-px", "log")
    look("Canada", "pop", "log")
    select(page, "clientside-graph-country-px", "Brazil")
    look("Brazil", "pop", "log")
    select(page, "clientside-graph-indicator-px", "GDP per Capita")
    look("Brazil", "gdpPercap", "log")
    choose_radio(page, "clientside-graph-scale-px", "linear")
    look("Brazil", "gdpPercap", "linear")
    assert page.problems.errors == []
    return seen


def test_python_and_javascript_versions_show_the_same(apps, new_page):
    python_app, guide_app = apps
    from_python = drive(new_page(), python_app.url)
    from_guide = drive(new_page(), guide_app.url)
    assert from_python == from_guide
