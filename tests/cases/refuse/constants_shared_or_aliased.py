# Module-level constants changed through a name bound to a part of them and passed to a
# function of the module, through `+=` on such a name, through another module-level
# name sharing their objects (`FIRST = GRID[0]`, `ALL = {"g": GRID}`): printing them
# is refused.


GRID_N = [[1, 2]]


def _add_n(r, v):
    r.append(v)


def alias_passed_same_function(x: int):
    row = GRID_N[0]
    _add_n(row, x / 2)
    return str(GRID_N)


# expect: CP115 17:16


ITEMS_B = [1, 2]


def _ext_b(x):
    items = ITEMS_B
    items += [x / 2]


def augassign_through_alias(x: int):
    _ext_b(x)
    return str(ITEMS_B)


# expect: CP115 33:16


GRID_F = [[1, 2]]
FIRST_F = GRID_F[0]


def _put_f(x):
    FIRST_F[0] = x / 2


def module_level_part_alias(x: int):
    _put_f(x)
    return str(GRID_F)


# expect: CP115 49:16


GRID_P = [1, 2]
ALL_P = {"g": GRID_P}


def _put_p(x):
    GRID_P.append(x / 2)


def printed_through_container_holding_it(x: int):
    _put_p(x)
    return str(ALL_P["g"])


# expect: CP115 65:16


GRID_Q = [[1, 2]]
FIRST_Q = GRID_Q[0]


def _put_q(x):
    GRID_Q[0].append(x / 2)


def printed_through_module_part_alias(x: int):
    _put_q(x)
    return str(FIRST_Q)


# expect: CP115 81:16
