# Values stored into Dash's data through an item, a loop variable or an alias: the data
# is still printed where nothing stored may be a float, and a float stored is seen.
def str_stored_through_loop(rows):
    for r in rows:
        r["label"] = "x" + str(len(r))
    return repr(rows)


# inputs: [[{"v": 1}, {"v": 2.5}]]


def int_stored_through_item(dd):
    dd["b"][0] = len(dd)
    dd["b"].append(7)
    return str(dd)


# inputs: [{"b": [1.5]}]


def float_stored_then_returned(rows):
    for r in rows:
        r["v"] = r["v"] * 1.5
    return rows


# inputs: [[{"v": 1}, {"v": 2}]]
