# A store into a container a local holds, where that container is also held by
# another name: put in through setdefault, insert, extend, a slice, update's keywords, or
# an annotated item store. Printing through the other name is refused (CP115).


def setdefault_shared(x):
    other = {"t": 5}
    groups = {"a": {"t": 0}}
    groups.setdefault("b", other)
    groups["b"]["t"] = x / 2
    return str(other["t"])


# expect: CP115 11:16


def insert_shared(x):
    row = [0, 0]
    grid = [[1]]
    grid.insert(0, row)
    grid[0][0] = x / 2
    return str(row[0])


# expect: CP115 22:16


def extend_shared(x):
    row = [0, 0]
    grid = [[1]]
    grid.extend([row])
    grid[1][0] = x / 2
    return str(row[0])


# expect: CP115 33:16


def slice_store_shared(x):
    row = [0, 0]
    grid = [[1]]
    grid[0:1] = [row]
    grid[0][0] = x / 2
    return str(row[0])


# expect: CP115 44:16


def update_keyword_shared(x):
    other = {"t": 5}
    groups = {"a": {"t": 0}}
    groups.update(b=other)
    groups["b"]["t"] = x / 2
    return str(other["t"])


# expect: CP115 55:16


def insert_then_append(x):
    # `grid[k].append(v)` (NestedStore): the inner list is also `row`
    row = [0]
    grid = [[1]]
    grid.insert(0, row)
    grid[0].append(x / 2)
    return str(row)


# expect: CP115 67:16


def setdefault_then_append(x):
    other = [0]
    groups = {"a": [1]}
    groups.setdefault("b", other)
    groups["b"].append(x / 2)
    return str(other)


# expect: CP115 78:16


def annotated_item_store(top: int):
    d = {"t": 0}
    d["t"]: float = top / 2
    return str(d["t"])


# expect: CP115 87:16


def ann_alias(x):
    d = {"t": 0}
    g = d
    g["t"]: float = x / 2
    return str(d["t"])


# expect: CP115 97:16


def ann_param(x, d):
    d["t"]: float = x / 2
    return str(d["t"])


# expect: CP115 105:16


def ann_nested(x):
    grid = [[0, 0]]
    grid[0][1]: float = x / 2
    return str(grid[0][1])


# expect: CP115 114:16
