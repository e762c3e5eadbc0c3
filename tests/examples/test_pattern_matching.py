"""examples/pattern_matching in Chromium: rows added at run time, MATCH and ALL callbacks."""

import pytest
from browsing import expect_text, open_app, pattern_id, select

PRICES = {"Apples": 0.5, "Bread": 2.25, "Coffee": 7.99}


def line(quantity, price):
    return f"{quantity:g} × {price:.2f} = {quantity * price:.2f}"


def total(quantities, prices):
    items = sum(q or 0 for q in quantities)
    money = sum((q or 0) * p for q, p in zip(quantities, prices))
    return f"{len(quantities)} rows, {items:g} items, total {money:.2f}"


@pytest.fixture(scope="module")
def app(start_apps):
    return start_apps("pattern_matching")[0]


def test_rows_added_at_run_time_update_their_own_line_and_the_total(app, page):
    open_app(page, app.url)
    expect_text(page, "#pm-total", "The basket is empty.")

    products = ["Coffee", "Bread", "Apples"]
    for row, product in enumerate(products, start=1):
        select(page, "pm-product", product)
        page.click("#pm-add")
        expect_text(page, pattern_id("pm-line", row), line(1, PRICES[product]))
    prices = [PRICES[p] for p in products]
    expect_text(page, "#pm-total", total([1, 1, 1], prices))
    assert (
        page.eval_on_selector_all(
            ".pm-row .pm-name", "els => els.map(e => e.textContent)"
        )
        == products
    )

    # MATCH: only the row whose quantity changed is recomputed
    page.fill(pattern_id("pm-qty", 2), "4")
    expect_text(page, pattern_id("pm-line", 2), line(4, 2.25))
    expect_text(page, "#pm-total", total([1, 4, 1], prices))
    assert page.text_content(pattern_id("pm-line", 1)) == line(1, 7.99)
    assert page.text_content(pattern_id("pm-line", 3)) == line(1, 0.5)

    page.fill(pattern_id("pm-qty", 1), "")
    expect_text(page, pattern_id("pm-line", 1), "enter a quantity")
    expect_text(page, "#pm-total", total([None, 4, 1], prices))

    page.fill(pattern_id("pm-qty", 3), "1.5")
    expect_text(page, pattern_id("pm-line", 3), line(1.5, 0.5))
    expect_text(page, "#pm-total", total([None, 4, 1.5], prices))

    stepper = "button.dash-stepper-increment[aria-controls='{}']"
    page.click(stepper.format('{"index":2,"type":"pm-qty"}'))
    expect_text(page, pattern_id("pm-line", 2), line(5, 2.25))
    expect_text(page, "#pm-total", total([None, 5, 1.5], prices))

    # a row added later joins the ALL callback
    select(page, "pm-product", "Apples")
    page.click("#pm-add")
    expect_text(page, pattern_id("pm-line", 4), line(1, 0.5))
    expect_text(page, "#pm-total", total([None, 5, 1.5, 1], prices + [0.5]))
    assert page.problems.errors == []
