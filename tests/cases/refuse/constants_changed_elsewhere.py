# Module-level constants changed by other functions of the module through a tuple's
# items, an alias of an item, a comprehension's or loop's variable handed on, *args, or
# another constant sharing their rows from import time: printing their items is refused;
# and a set of numbers whose order CPython got from the order its members were added.


PAIRS = ([1, 2], [3])


def _put(x):
    PAIRS[0][0] = x / 2


def tuple_constant_changed_by_helper(x: int):
    _put(x)
    return str(PAIRS[0][0])


# expect: CP115 16:16


ROWS = ({"a": 1},)


def _put_alias(x):
    row = ROWS[0]
    row["a"] = x / 2


def tuple_constant_changed_through_alias(x: int):
    _put_alias(x)
    return str(ROWS)


# expect: CP115 32:16


GRID = [[1, 2], [3, 4]]


def _scale(x):
    rows = [row for row in GRID]
    rows[0][0] = x / 2


def constant_rows_changed_through_comprehension(x: int):
    _scale(x)
    return str(GRID[0][0])


# expect: CP115 48:16


GRID2 = [[1, 2], [3, 4]]


def _scale2(x):
    keep = []
    for row in GRID2:
        keep.append(row)
    keep[0][0] = x / 2


def constant_rows_changed_through_appended_loop_variable(x: int):
    _scale2(x)
    return str(GRID2[0][0])


# expect: CP115 66:16


GRID3 = [[1, 2], [3, 4]]


def _fill(*rows):
    rows[0][0][0] = rows[1]


def _prep(x):
    _fill(GRID3, x / 2)


def constant_changed_through_star_args(x: int):
    _prep(x)
    return str(GRID3[0][0])


# expect: CP115 85:16


GRID4 = [[1, 2], [3, 4]]
ROWS4 = [r for r in GRID4]


def _put4(x):
    ROWS4[0][0] = x / 2


def constants_sharing_rows_from_import_comprehension(x: int):
    _put4(x)
    return str(GRID4[0][0])


# expect: CP115 101:16


CODES = set([33, 1, 65, 2, 97])


def set_constant_built_by_call_order():
    return list(CODES)


# expect: CP100 111:17
