# A sum of a generator over what Dash sent, printed: CPython's sum starts from the int 0
# and is a float exactly when an item is one (0.5 + 0.5 prints 1.0, 1 + 2 prints 3),
# which each item tells by its fraction as it is added.


def total_label(rows):
    return f"Total: {sum(r['v'] for r in rows)}"


# inputs: [[{"v": 0.5}, {"v": 0.5}]]
# inputs: [[{"v": 1}, {"v": 2}]]
# inputs: [[]]
# inputs: [[{"v": true}, {"v": 2}]]
# inputs: [[{"v": -0.25}, {"v": 0.25}]]
# inputs: [[{"v": "a"}]]
# inputs: [[{"v": null}]]


def products_in_a_template(rows):
    count = len(rows)
    return "%s items, %s" % (count, sum(r["price"] * r["qty"] for r in rows))


# inputs: [[{"price": 0.5, "qty": 2}]]
# inputs: [[{"price": 3, "qty": 2}, {"price": 1, "qty": 1}]]


def doubled_items(values):
    return str(sum(v * 2 for v in values if v))


# inputs: [[0.5, 1, null, 0]]
# inputs: [[1, 2]]


def bound_then_printed(rows):
    total = sum(r["v"] for r in rows)
    return "sum=" + str(total)


# inputs: [[{"v": 1.5}, {"v": 0.5}]]
# inputs: [[{"v": 1}]]


def added_to_a_total(groups):
    grand = 0
    for g in groups:
        grand += sum(x for x in g)
    return f"{grand}"


# inputs: [[[1, 2], [3]]]
# inputs: [[[0.5], [0.5]]]


def per_group(groups):
    return [f"{sum(v for v in g)}" for g in groups]


# inputs: [[[0.5, 0.5], [1, 2], []]]


def with_specs_and_repr(rows):
    s = sum(r["v"] for r in rows)
    t = f"{sum(r['v'] for r in rows):>8}|{sum(r['v'] for r in rows) * 2}"
    return [t, repr(s), format(sum(r["v"] for r in rows))]


# inputs: [[{"v": 0.25}, {"v": 0.75}]]
# inputs: [[{"v": 2}]]


def printed_twice_from_one_rows(rows):
    print(sum(r for r in rows), sum(r * 3 for r in rows))
    return 0


# inputs: [[0.5, 0.5]]
# inputs: [[4]]


def negated_generator_sum(vals):
    return f"{-sum(v for v in vals)}"


# inputs: [[0.5, -0.5]]
# inputs: [[1, -1]]


def negated_generator_sum_bound(vals):
    x = -sum(v for v in vals)
    return str(x)


# inputs: [[0.5, -0.5]]
# inputs: [[1, -1]]


def sum_of_flagged_local(rows, n, c):
    w = n
    if c:
        w = n / 2
    return f"{sum(w for r in rows)}"


# inputs: [[{"on": 1}], 4, true]


def sum_of_product_local(rows, a, b):
    k = a * b
    return f"{sum(k for r in rows)}"


# inputs: [[{"on": 1}], 0.5, 2]
# inputs: [[{"on": 1}], 3, false]


def percent_of_a_sum(rows):
    return ["%s" % sum(r["v"] for r in rows), "%s|%s" % (sum(r["v"] for r in rows), 1)]


# inputs: [[{"v": 0.5}, {"v": 0.5}]]
# inputs: [[{"v": 1}, {"v": 2}]]


def got_items_and_format(rows):
    units = 0
    for r in rows:
        units += r.get("qty", 0)
    total = sum(r.get("v") or 0 for r in rows) if False else 0
    return [
        f"{units}",
        f"{sum(r.get('v', 0) for r in rows)}",
        "{} / {}".format(sum(r["qty"] for r in rows if "qty" in r), len(rows)),
        total,
    ]


# inputs: [[{"qty": 0.5, "v": 1}, {"qty": 0.5}]]
# inputs: [[{"qty": 1}, {"v": 2.5}]]
# inputs: [[]]
# inputs: [[{"qty": "a"}]]


def sums_of_list_comprehensions(rows, values):
    total = sum([r["v"] for r in rows if r["v"]])
    return [
        f"{sum([v for v in values])}",
        f"Total: {total}",
        str(sum([v * 2 for v in values])),
        "%s" % sum([r.get("v", 0) for r in rows]),
    ]


# inputs: [[{"v": 0.5}, {"v": 0.5}], [1, 2]]
# inputs: [[{"v": 1}, {"v": 2}], [0.5, 0.5]]
# inputs: [[], []]
# inputs: [[{"v": 0}], [true, 2]]
# inputs: [[{"v": "a"}], [1]]
# inputs: [[{"v": 1}], ["a", 1]]


def list_items_raise_before_any_addition(rows):
    return f"{sum([r['v'] for r in rows])}"


# inputs: [[{"v": "a"}, {}]]
# inputs: [[{"v": null}, {"w": 1}]]
# inputs: [[{"v": 2}, {"v": 0.25}]]
# messages


def list_sum_in_a_loop(groups):
    out = []
    for g in groups:
        out.append(f"{sum([x for x in g])}")
    return out


# inputs: [[[0.5, 0.5], [1, 2], []]]
