# A store into a container a local holds, where that container is also held by
# another name: put in through setdefault, insert, extend, a slice or update's keywords
# (printing through the other name is refused, CP115); an annotation on an item store
# is refused itself (CP100).


def setdefault_shared(x):
    other = {"t": 5}
    groups = {"a": {"t": 0}}
    groups.setdefault("b", other)
    groups["b"]["t"] = x / 2
    return str(other["t"])


# expect: CP115 12:16


def insert_shared(x):
    row = [0, 0]
    grid = [[1]]
    grid.insert(0, row)
    grid[0][0] = x / 2
    return str(row[0])


# expect: CP115 23:16


def extend_shared(x):
    row = [0, 0]
    grid = [[1]]
    grid.extend([row])
    grid[1][0] = x / 2
    return str(row[0])


# expect: CP115 34:16


def slice_store_shared(x):
    row = [0, 0]
    grid = [[1]]
    grid[0:1] = [row]
    grid[0][0] = x / 2
    return str(row[0])


# expect: CP115 45:16


def update_keyword_shared(x):
    other = {"t": 5}
    groups = {"a": {"t": 0}}
    groups.update(b=other)
    groups["b"]["t"] = x / 2
    return str(other["t"])


# expect: CP115 56:16


def insert_then_append(x):
    # `grid[k].append(v)` (NestedStore): the inner list is also `row`
    row = [0]
    grid = [[1]]
    grid.insert(0, row)
    grid[0].append(x / 2)
    return str(row)


# expect: CP115 68:16


def setdefault_then_append(x):
    other = [0]
    groups = {"a": [1]}
    groups.setdefault("b", other)
    groups["b"].append(x / 2)
    return str(other)


# expect: CP115 79:16


def annotated_item_store(top: int):
    d = {"t": 0}
    d["t"]: float = top / 2
    return str(d["t"])


# expect: CP100 87:5


def ann_alias(x):
    d = {"t": 0}
    g = d
    g["t"]: float = x / 2
    return str(d["t"])


# expect: CP100 97:5
# expect: CP115 98:16


def ann_param(x, d):
    d["t"]: float = x / 2
    return str(d["t"])


# expect: CP100 106:5
# expect: CP115 107:16


def ann_nested(x):
    grid = [[0, 0]]
    grid[0][1]: float = x / 2
    return str(grid[0][1])


# expect: CP100 116:5


def ann_two_level_record(x):
    d = {"a": {"t": 0}}
    d["a"]["t"]: float = x / 2
    return str(d["a"]["t"])


# expect: CP100 125:5


def ann_deep_list(x):
    grid = [[[0]]]
    grid[0][0][0]: float = x / 2
    return str(grid)


# expect: CP100 134:5
