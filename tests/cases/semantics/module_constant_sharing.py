# Module-level lists and dicts reached through several names or containers are one
# object, as in the Python module. Each case changes constants of its own, once.
ALIAS_LIST = [1]
ALIAS_HOLDER = {"a": ALIAS_LIST, "b": ALIAS_LIST}
ALIAS_PAIR = [ALIAS_LIST, ALIAS_LIST]

ALIAS_ROW = {"x": 1}
ALIAS_TABLE = [ALIAS_ROW, ALIAS_ROW]

GRID = [[0] * 3] * 3

SAME_LIST = [7]
OTHER_NAME = SAME_LIST

IDENTITY_ROW = {"k": 1}
IDENTITY_HOLDER = {"rows": [IDENTITY_ROW], "first": IDENTITY_ROW}

TUPLE_OF_LISTS = ([0], [0])


def change_through_a_dict_of_aliases(x):
    ALIAS_HOLDER["a"].append(x)
    return [
        ALIAS_HOLDER["a"] is ALIAS_HOLDER["b"],
        list(ALIAS_HOLDER["b"]),
        ALIAS_PAIR[0] is ALIAS_PAIR[1],
        list(ALIAS_PAIR[1]),
        list(ALIAS_LIST),
    ]


# inputs: [2]


def change_a_shared_row(x):
    ALIAS_TABLE[0]["x"] = x
    return [ALIAS_TABLE[1]["x"], ALIAS_ROW["x"], ALIAS_TABLE[0] is ALIAS_ROW]


# inputs: [5]


def rows_of_a_repeated_list(x):
    GRID[0][0] = x
    return [GRID, GRID[1] is GRID[2]]


# inputs: [4]


def two_names_for_one_list(x):
    OTHER_NAME.append(x)
    return [SAME_LIST, SAME_LIST is OTHER_NAME]


# inputs: [8]


def identity_across_containers(x):
    IDENTITY_HOLDER["first"]["k"] = x
    return [IDENTITY_HOLDER["rows"][0]["k"], IDENTITY_ROW is IDENTITY_HOLDER["first"]]


# inputs: [3]


def lists_inside_a_tuple(x):
    TUPLE_OF_LISTS[0].append(x)
    return [list(TUPLE_OF_LISTS[0]), list(TUPLE_OF_LISTS[1])]


# inputs: [9]
