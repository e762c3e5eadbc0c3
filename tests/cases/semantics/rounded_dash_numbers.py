# `round(x, n)` of a number as Dash sends it, printed: a float exactly when x has a
# fraction (`round(2.04, 1)` is 2.0), an int when x is one.


def rounded_and_printed(a):
    return [f"{round(a, 1)}", str(round(a, 2)), repr(round(a, 0)), f"{round(a, -1)}"]


# inputs: [2.04]
# inputs: [2]
# inputs: [2.5]
# inputs: [-0.04]
# inputs: [123.456]
# inputs: [true]
# inputs: [-15]


def rounded_none_or_text(a):
    try:
        return f"{round(a, 1)}"
    except TypeError as e:
        return str(e)


# inputs: [null]
# inputs: ["x"]
# inputs: [[1]]


def rounded_an_item_of_dash_data(rows):
    return [f"{r['name']}: {round(r['value'], 2)}" for r in rows]


# inputs: [[{"name": "a", "value": 1.005}, {"name": "b", "value": 3}, {"name": "c", "value": 2.999}]]


def rounded_float_parameter(x: float):
    return f"{round(x, 1)}"


# inputs: [2.04]
# inputs: [3]
