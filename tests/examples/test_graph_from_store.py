"""examples/graph_from_store in Chromium, next to the guide's JavaScript version."""

import plotly.express as px
import pytest
from browsing import choose_radio, open_app, select, settled, wait_for_figure

df = px.data.gapminder()


def series(country, indicator):
    return df[df["country"] == country][indicator].tolist()


@pytest.fixture(scope="module")
def apps(start_apps):
    return start_apps("graph_from_store", "twins/graph_from_store.py")


def drive(page, url):
    """The same interactions on either version; what the page shows after each one."""
    open_app(page, url)
    seen = []

    def look(country, indicator, scale):
        fig = wait_for_figure(
            page, "clientside-graph", series(country, indicator), scale
        )
        assert fig["data"][0]["mode"] == "markers"
        assert fig["data"][0]["x"] == series(country, "year")
        storage = page.text_content("#clientside-figure-json")
        assert f'"y": [\n      {series(country, indicator)[0]},' in storage
        seen.append((settled(fig), storage))

    look("Canada", "pop", "linear")
    select(page, "clientside-graph-country", "France")
    look("France", "pop", "linear")
    select(page, "clientside-graph-indicator", "Life Expectancy")
    look("France", "lifeExp", "linear")
    choose_radio(page, "clientside-graph-scale", "log")
    look("France", "lifeExp", "log")
    select(page, "clientside-graph-country", "Japan")
    look("Japan", "lifeExp", "log")
    select(page, "clientside-graph-indicator", "GDP per Capita")
    choose_radio(page, "clientside-graph-scale", "linear")
    look("Japan", "gdpPercap", "linear")
    page.click("summary")
    assert page.is_visible("#clientside-figure-json")
    assert page.problems.errors == []
    return seen


def test_python_and_javascript_versions_show_the_same(apps, new_page):
    python_app, guide_app = apps
    from_python = drive(new_page(), python_app.url)
    from_guide = drive(new_page(), guide_app.url)
    assert from_python == from_guide
