# A module-level container one of whose containers some code of the module hands to
# another name (an alias of an item, a display holding it, .get(), .items(), a call
# argument, a default argument, `or`), where a store through that name may change it:
# its items are open in every function of the module, so printing them is refused.


DEFAULTS1 = {"n": 0}


def _read1():
    return str(DEFAULTS1["n"])


def const_in_display_helper_reads(x):
    groups = {"a": DEFAULTS1}
    groups["a"]["n"] = x / 2
    return _read1()


# expect: CP115 11:16


ROWS2 = [[0, 0]]


def _read2():
    return str(ROWS2[0][0])


def const_in_list_helper_reads(x):
    grid = [ROWS2[0]]
    grid[0][0] = x / 2
    return _read2()


# expect: CP115 27:16


GRID3 = [[0, 0]]


def _read3():
    return str(GRID3[0][0])


def item_alias_helper_reads(x):
    row = GRID3[0]
    row[0] = x / 2
    return _read3()


# expect: CP115 43:16


CFG4 = {"a": {"n": 0}}


def _read4():
    return str(CFG4["a"]["n"])


def const_via_get(x):
    d = CFG4.get("a")
    d["n"] = x / 2
    return _read4()


# expect: CP115 59:16


TABLE5 = {"a": {"n": 0}}


def _read5():
    return str(TABLE5["a"]["n"])


def items_loop_helper_reads(x):
    for k, v in TABLE5.items():
        v["n"] = x / 2
    return _read5()


# expect: CP115 75:16


GRID6 = [[0, 0]]


def _fill6(row, x):
    row[0] = x / 2


def _read6():
    return str(GRID6[0][0])


def item_passed_to_writer(x):
    _fill6(GRID6[0], x)
    return _read6()


# expect: CP115 95:16


RATES7 = [0, 0]


def _scale7(x, rates=RATES7):
    rates[0] = x / 2


def _read7():
    return str(RATES7[0])


def default_arg_writer(x):
    _scale7(x)
    return _read7()


# expect: CP115 114:16


RATES8 = [0, 0]


def _read8():
    return str(RATES8)


def alias_or(x):
    r = RATES8 or []
    r[0] = x / 2
    return _read8()


# expect: CP115 129:16
