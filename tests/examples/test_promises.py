"""examples/promises in Chromium: the async callback fetches the app's JSON into the table."""

import plotly.express as px
import pytest
from browsing import open_app, select

iris = px.data.iris()
carshare = px.data.carshare()


@pytest.fixture(scope="module")
def app(start_apps):
    return start_apps("promises")[0]


def headers(page):
    return page.eval_on_selector_all(
        "#my-table-promises th .column-header-name",
        "els => els.map(e => e.textContent)",
    )


def rows(page):
    return page.eval_on_selector_all(
        "#my-table-promises tbody tr:has(td)",
        "trs => trs.map(tr => Array.from(tr.querySelectorAll('td'), td => td.textContent))",
    )


def as_shown(frame, start, stop):
    """The frame's rows as the table shows them: columns sorted as the JSON's keys are,
    numbers as JavaScript prints them."""
    columns = sorted(frame.columns)

    def show(value):
        if isinstance(value, str):
            return value
        return str(int(value)) if float(value).is_integer() else repr(float(value))

    return [
        [show(row[c]) for c in columns] for row in frame[columns].to_dict("records")
    ][start:stop]


def wait_for_pages(page, count):
    page.wait_for_function(
        "n => { const el = document.querySelector('#my-table-promises .last-page');"
        " return el !== null && el.textContent === String(n); }",
        arg=count,
    )


def test_the_table_shows_the_data_set_chosen(app, page):
    with page.expect_request(lambda r: r.url.endswith("/datasets/iris.json")):
        open_app(page, app.url)
    wait_for_pages(page, 15)
    assert headers(page) == sorted(iris.columns)
    assert rows(page) == as_shown(iris, 0, 10)

    with page.expect_request(lambda r: r.url.endswith("/datasets/carshare.json")):
        select(page, "data-select", "Car-sharing data")
    wait_for_pages(page, 25)
    assert headers(page) == sorted(carshare.columns)
    assert rows(page) == as_shown(carshare, 0, 10)

    page.click("#my-table-promises .next-page")
    page.click("#my-table-promises .next-page")
    page.wait_for_function(
        "document.querySelector('#my-table-promises .current-page-shadow')"
        ".textContent === '3'"
    )
    assert rows(page) == as_shown(carshare, 20, 30)

    page.fill("#my-table-promises input.current-page", "25")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelectorAll('#my-table-promises tbody tr:has(td)').length === 9"
    )
    assert rows(page) == as_shown(carshare, 240, 249)

    select(page, "data-select", "Iris data")
    wait_for_pages(page, 15)
    assert headers(page) == sorted(iris.columns)
    assert page.problems.errors == []
