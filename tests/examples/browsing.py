"""Driving Dash components in Chromium as a user does, and reading what the page shows."""

from __future__ import annotations

from clientpy_dash_support import wait_for_dash
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError


def open_app(page, url: str) -> None:
    page.goto(url)
    try:
        wait_for_dash(page)
    except PlaywrightTimeoutError:
        errors = getattr(page, "problems", None) and page.problems.errors
        raise AssertionError(
            f"{url} did not finish loading; page errors: {errors}"
        ) from None


def select(page, dropdown_id: str, label: str) -> None:
    """Open a ``dcc.Dropdown``, type into its search box and click the option."""
    if page.text_content(f"#{dropdown_id}-value") == label:
        return  # already chosen: clicking it again would keep the list open
    page.click(f"#{dropdown_id}")
    page.fill(".dash-dropdown-content .dash-dropdown-search", label)
    options = page.locator(".dash-dropdown-content .dash-dropdown-option")
    options.get_by_text(label, exact=True).click()
    page.wait_for_selector(".dash-dropdown-content", state="detached")
    wait_for_dash(page)


def choose_radio(page, radio_id: str, label: str) -> None:
    page.locator(f"#{radio_id} label").get_by_text(label, exact=True).click()
    wait_for_dash(page)


def expect_text(page, selector: str, expected: str, timeout: float = 10_000) -> None:
    """Wait until the element's text is ``expected``; fail showing what it is instead."""
    try:
        page.wait_for_function(
            "([sel, want]) => { const el = document.querySelector(sel);"
            " return el !== null && el.textContent === want; }",
            arg=[selector, expected],
            timeout=timeout,
        )
    except PlaywrightTimeoutError:
        element = page.query_selector(selector)
        shown = element.text_content() if element else "(no such element)"
        raise AssertionError(
            f"{selector} shows {shown!r}, expected {expected!r}; "
            f"page errors: {getattr(page, 'problems', None) and page.problems.errors}"
        ) from None


def pattern_id(kind: str, index: int) -> str:
    """The CSS selector of a pattern-matching id ``{"type": kind, "index": index}``."""
    return f'[id=\'{{"index":{index},"type":"{kind}"}}\']'


# The figure a dcc.Graph draws: Plotly's input data and layout on the graph's div, as JSON.
FIGURE = """(sel) => {
  const gd = document.querySelector(sel + ' .js-plotly-plot');
  if (!gd || !gd.data || !gd._fullData) return null;
  return JSON.parse(JSON.stringify({
    data: gd.data,
    layout: gd.layout,
    y: gd._fullData.map(t => Array.from(t.y || [])),
    yaxis_type: gd._fullLayout.yaxis.type,
  }));
}"""


def figure(page, graph_id: str):
    return page.evaluate(FIGURE, f"#{graph_id}")


def wait_for_figure(page, graph_id: str, y: list, yaxis_type: str) -> dict:
    """Wait until the graph draws the series ``y`` on a ``yaxis_type`` axis; return it."""
    page.wait_for_function(
        f"([sel, y, type]) => {{ const f = ({FIGURE})(sel); return f !== null"
        " && f.yaxis_type === type && JSON.stringify(f.y[0]) === JSON.stringify(y); }",
        arg=[f"#{graph_id}", y, yaxis_type],
    )
    return figure(page, graph_id)


def settled(value):
    """The figure without what plotly.js adds to it while drawing (its `_inputArray`
    copies, the autorange and autosize it sets): those depend on when the page is read.
    """
    if isinstance(value, dict):
        return {
            k: settled(v)
            for k, v in value.items()
            if not k.startswith("_") and k not in ("range", "autorange", "autosize")
        }
    if isinstance(value, list):
        return [settled(v) for v in value]
    return value
