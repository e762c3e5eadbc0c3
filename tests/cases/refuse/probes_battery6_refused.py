# Probes, sixth battery: an int stored where the compiler's types said floats, by a way
# in that the stored container's own name does not see: printing what is read back out
# would show 5 as 5.0.


def int_into_nested_float_row(a: int):
    res = [[0.0]]
    res[0][0] = a
    return str(res[0][0])
# expect: CP115 9:16


def int_appended_through_alias(a: int):
    res = [[0.0]]
    row = res[0]
    row.append(a)
    return str(res[0][1])
# expect: CP115 17:16


def int_into_loop_row(a: int):
    res = [[0.0], [1.0]]
    for row in res:
        row[0] = a
    return str(res[1][0])
# expect: CP115 25:16


def int_into_record_list(a: int):
    res = {"r": [0.0]}
    res["r"][0] = a
    return str(res["r"][0])
# expect: CP115 32:16


def float_into_record_list(a: int):
    res = {"r": [0]}
    res["r"][0] = a / 1
    return str(res["r"][0])
# expect: CP115 39:16


def int_into_float_list_slice(a: int):
    res = [0.0, 0.0]
    res[::2] = [a]
    return str(res[0])
# expect: CP115 46:16
