# Values whose int/float nature is known only at run time cannot be printed: `2` and
# `2.0` print differently. Each is refused where it would be printed.


def augmented_float(x):
    total = 0
    total += x
    total += 0.5
    return [total, str(total)]
# expect: CP115 9:24


def rounding_a_product_of_a_float_parameter(x: float):
    return f"{round(x * 3, 1)}"
# expect: CP115 14:15


def formatting_a_product(n):
    return "{:,}".format(n * 1000)
# expect: CP115 19:26


def mixed_numbers_in_a_container(n: int):
    return repr([n, n / 1, True])
# expect: CP115 24:17


def sum_of_float_parameter(xs: list[float]):
    return str(sum(xs))
# expect: CP115 29:16


def _half_above_two(n):
    if n > 2:
        return n / 2
    return n


def helper_giving_int_or_float(n: int):
    return str(_half_above_two(n))
# expect: CP115 40:16


def lambda_called_with_int_and_float(n: int):
    show = lambda v: str(v)
    return [show(n), show(n / 2)]
# expect: CP115 45:26


def int_power_of_unknown_sign(n: int, k: int):
    return [str(n**2), str(n**k)]
# expect: CP115 51:28


def float_dict_lookup_or_none(k):
    limits = {"lo": 0.0, "hi": 10.0}
    return str(limits.get(k))
# expect: CP115 57:16


def parsed_json_number(text):
    return str(json.loads(text))
# expect: CP115 62:16



def float_stored_into_dash_data(store, n: int):
    store["half"] = n / 2
    return str(store["half"])
# expect: CP115 69:16


def float_appended_to_dash_list(xs, n: int):
    xs.append(n / 2)
    return ", ".join(str(v) for v in xs)
# expect: CP115 75:26


def total_kept_by_a_nested_function(xs: list[int]):
    total = 0

    def add(v):
        nonlocal total
        total += v / 2

    for x in xs:
        add(x)
    return str(total)
# expect: CP115 88:16


def mapping_str_over_mixed_numbers(n: int):
    return ",".join(map(str, [n, n / 2]))
# expect: CP115 93:30


def dynamic_spec_of_a_mixed_number(x, spec):
    total = 0 if x is None else x / 2
    return f"{total:{spec}}"
# expect: CP115 99:15



def float_stored_through_a_second_name(keys):
    groups = {}
    for k in keys:
        groups[k] = {"n": 0}
    for k in keys:
        g = groups[k]
        g["n"] = 0.5 + 0.5
    return [str(groups[k]["n"]) for k in keys]
# expect: CP115 111:17



def sum_of_two_dash_numbers(a, b):
    return f"{a + b} {a * 2}"
# expect: CP115 117:15
# expect: CP115 117:23



def maybe_float_in_an_exception(a, b):
    raise ValueError(a + b, "total")
# expect: CP115 124:22


def args_of_a_caught_exception(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return str(e.args)
# expect: CP115 132:20


def percent_s_of_maybe_float(a, b, template):
    total = a + b
    return ["%s" % total, "%d|%r" % (1, total), template % (total,), b % total]
# expect: CP115 138:20
# expect: CP115 138:41
# expect: CP115 138:61
# expect: CP115 138:74


def float_default_of_open_parameter(x=2.0):
    return str(x)
# expect: CP115 146:16


def max_with_float_default(xs: list[int]):
    return str(max(xs, default=0.0))
# expect: CP115 151:16


def _store_a_float(target):
    target["a"] = 2.0


def _append_a_float(xs):
    xs.append(2.0)


def dict_given_to_a_helper_that_stores(x):
    d = {"a": 1}
    _store_a_float(d)
    return str(d["a"])
# expect: CP115 166:16


def list_given_to_a_helper_that_appends(x):
    xs = [1]
    _append_a_float(xs)
    return [str(v) for v in xs]
# expect: CP115 173:17


def parameter_given_to_a_helper_that_stores(d):
    _store_a_float(d)
    return str(d["a"])
# expect: CP115 179:16


def rows_changed_by_a_helper_in_a_loop(rows):
    for r in rows:
        _store_a_float(r)
    return [f"{r['a']}" for r in rows]
# expect: CP115 186:16


def dict_updated_with_a_float(x):
    d = {"a": 1}
    d.update({"a": 0.5 + 0.5})
    return str(d["a"])
# expect: CP115 193:16



def lambda_given_floats_by_map(n: int):
    xs = [n / 2, n * 1.5]
    return list(map(lambda v: f"{v}", xs))
# expect: CP115 200:34


def sum_of_computed_floats(n: int):
    halves = [v / 2 for v in range(n)]
    return str(sum(halves))  # an empty list sums to the int 0
# expect: CP115 206:16


def float_passed_to_a_stored_function(x: int):
    fs = [lambda v: str(v)]
    return [f(x / 1) for f in fs]
# expect: CP115 211:25


def float_returned_through_a_value(x: int):
    fs = [lambda: x / 1]
    return str(fs[0]())
# expect: CP115 218:16


def float_given_to_a_function_parameter(x: int):
    def apply(fn, v):
        return fn(v)

    return apply(lambda v: f"{v}", x / 1)
# expect: CP115 226:31


def ints_and_floats_collected_by_star_args(x: int):
    def show(*vals):
        return ",".join(str(v) for v in vals)

    return show(x / 1, 2)
# expect: CP115 232:29



def float_read_through_a_bound_method(x: int):
    d = {"a": x / 1}
    get = d.get
    return str(get("a"))
# expect: CP115 242:16


def float_stored_through_a_bound_method(x: int):
    xs = [1]
    add = xs.append
    add(x / 1)
    return str(xs)
# expect: CP115 250:16



def bitwise_or_into_a_maybe_float(n: int):
    x = n / 2
    x |= 1
    return x
# expect: CP115 257:5



def sum_of_halves(xs: list[int]):
    return str(sum(x / 2 for x in xs))  # sum of no floats is the int 0
# expect: CP115 264:16



async def float_awaited_through_a_value(n: int):
    async def half():
        return n / 2

    steps = [half]
    return str(await steps[0]())
# expect: CP115 274:16


def product_of_dash_numbers(xs):
    return str(math.prod(xs))  # prod([1.5, 2]) is 3.0
# expect: CP115 279:16


import json  # noqa: E402  (last, so that the expected lines above stay put)
import math  # noqa: E402


def float_parameter_of_a_function_using_itself(x: float, depth: int):
    again = float_parameter_of_a_function_using_itself
    if depth:
        return again(x / 2, depth - 1)
    return f"{x}"
# expect: CP115 291:15


def view_joined_with_floats():
    d = {"a": 1}
    return repr(list(d.keys() | {1.0}))
# expect: CP115 297:17


def dash_dict_keys_joined_with_floats(dd):
    return repr(sorted(dd.keys() | {1.0}, key=repr))
# expect: CP115 302:17


def float_key_into_rebound_dict(dd):
    d = {True: "a"}
    d[2.0] = "z"
    r = repr(d)
    d = dd
    return r
# expect: CP115 309:14


def float_key_into_one_of_two(dd, c):
    d = {"a": 1} if c else dd
    d.setdefault(2.0, 1)
    return repr(d)
# expect: CP115 318:17


def float_stored_into_an_item(dd):
    dd["b"][0] = 2.0
    return repr(dd)
# expect: CP115 324:17


def float_stored_through_loop(rows):
    for r in rows:
        r["v"] = r["v"] * 1.0
    return repr(rows)
# expect: CP115 331:17


def float_appended_through_alias(xs):
    ys = xs
    ys.append(2.0)
    return repr(xs)
# expect: CP115 338:17


def float_appended_among_dash_floats(xs: list[float]):
    ys = [xs]
    ys[0].append(2.0)
    return repr(xs)
# expect: CP115 345:17


def float_stored_by_a_nested_function(dd):
    def put():
        dd["v"] = 2.0

    put()
    return repr(dd)
# expect: CP115 354:17


def float_stored_into_what_a_nested_function_is_given(dd):
    def put(d):
        d["v"] = 2.0

    put(dd)
    return repr(dd)
# expect: CP115 363:17
