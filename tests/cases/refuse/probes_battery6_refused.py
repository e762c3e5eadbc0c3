# Probes, sixth battery: values the compiler took for floats (or ints) that may be the
# other: an int stored into float containers by a way in their own name does not see,
# and what a helper called with `*args` returns where it may be an integral float.
import json


def int_into_nested_float_row(a: int):
    res = [[0.0]]
    res[0][0] = a
    return str(res[0][0])
# expect: CP115 10:16


def int_appended_through_alias(a: int):
    res = [[0.0]]
    row = res[0]
    row.append(a)
    return str(res[0][1])
# expect: CP115 18:16


def int_into_loop_row(a: int):
    res = [[0.0], [1.0]]
    for row in res:
        row[0] = a
    return str(res[1][0])
# expect: CP115 26:16


def int_into_record_list(a: int):
    res = {"r": [0.0]}
    res["r"][0] = a
    return str(res["r"][0])
# expect: CP115 33:16


def float_into_record_list(a: int):
    res = {"r": [0]}
    res["r"][0] = a / 1
    return str(res["r"][0])
# expect: CP115 40:16


def int_into_float_list_slice(a: int):
    res = [0.0, 0.0]
    res[::2] = [a]
    return str(res[0])
# expect: CP115 47:16


def _times_default(v, f=1.0):
    return v * f


def _parsed(v):
    return json.loads(v)


def float_default_taken_by_star_call(a: int):
    return str(_times_default(*[a]))  # 3 * 1.0 is 3.0
# expect: CP115 60:16


def open_float_result_of_star_call(s: str):
    return str(_parsed(*[s]))  # "2.0" parses to 2.0
# expect: CP115 65:16


def float_added_into_int_list(a: int):
    xs = [a]
    xs[0] += 1.0  # 3 becomes 4.0
    return str(xs[0])
# expect: CP115 72:16


def quotient_into_int_dict(a: int):
    d = {}
    d[a] = a
    d[a] /= 1
    return str(d[a])
# expect: CP115 80:16


def int_list_added_to_float_row(a: int):
    res = [[0.0]]
    res[0] += [a]
    return str(res[0][1])
# expect: CP115 87:16


def int_list_added_into_float_slice(a: int):
    res = [0.0, 0.5]
    res[0:1] += [a]
    return str(res[1])
# expect: CP115 94:16


def int_unpacked_into_float_list(a: int):
    xs = [0.0]
    xs[0], y = a, 1
    return str(xs[0])
# expect: CP115 101:16


def int_looped_into_float_list(a: int):
    xs = [0.0]
    for xs[0] in [a]:
        pass
    return str(xs[0])
# expect: CP115 109:16


def int_unpacked_into_nested_float_row(a: int):
    xs = [[0.0]]
    xs[0][0], y = a, 1
    return str(xs[0][0])
# expect: CP115 116:16


def int_list_unpacked_into_float_slice(a: int):
    xs = [0.0]
    ys = [a]
    xs[0:1], ys[0] = ys, 2
    return str(xs[0])
# expect: CP115 124:16


def int_updated_by_keyword_through_alias(a: int):
    rows = [{"k": 0.0, "j": 0.5}]
    row = rows[0]
    row.update(k=a)
    return str(rows[0]["k"])
# expect: CP115 132:16


def float_updated_by_keyword_through_alias(a: int):
    rows = [{"k": 0}]
    row = rows[0]
    row.update(k=a / 1)
    return str(rows[0]["k"])
# expect: CP115 140:16


def round_of_unpacked_arguments(x: float):
    f = x * 1.0
    return str(round(*[f, 1]))  # round(2.0, 1) is 2.0
# expect: CP115 146:16






def power_of_unpacked_float(x: float):
    f = x * 1.0
    return str(pow(*[f, 2]))  # 4.0
# expect: CP115 156:16


def abs_of_parsed_float(s: str):
    return str(abs(json.loads(s)))  # abs(-2.0) is 2.0
# expect: CP115 161:16


def appended_unpacked_float(x: float, n: int):
    f = x * 1.0
    xs = [n]
    xs.append(*[f])
    return str(xs)  # [3, 2.0]
# expect: CP115 169:16


def inserted_unpacked_float(x: float, n: int):
    f = x * 1.0
    xs = [n]
    xs.insert(*[0, f])
    return str(xs)  # [2.0, 3]
# expect: CP115 177:16


def get_with_unpacked_default(x: float, n: int):
    f = x * 1.0
    d = {"k": n}
    return str(d.get(*["z", f]))  # 2.0
# expect: CP115 184:16


def format_of_unpacked_floats(x: float):
    f = x * 1.0
    return str("{}".format(*[f]))  # '2.0'
# expect: CP115 190:28


def format_of_unpacked_float_mapping(x: float):
    f = x * 1.0
    return str("{a}".format(**{"a": f}))  # '2.0'
# expect: CP115 196:31


_SHARED_RATES = [0.5]


def int_stored_into_global_float_list(n: int):
    _SHARED_RATES[0] = n
    return str(_SHARED_RATES[0])  # 3 once an int is stored there
# expect: CP115 205:16
