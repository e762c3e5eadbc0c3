# Values whose int/float nature is known only at run time cannot be printed: `2` and
# `2.0` print differently. Each is refused where it would be printed.


def mixed_numbers_in_a_container(n: int):
    return repr(list([n, n / 1, True]))  # a display itself prints item by item
# expect: CP115 6:17


def _half_above_two(n):
    if n > 2:
        return n / 2
    return n


def helper_giving_int_or_float(n: int):
    return str(_half_above_two(n))
# expect: CP115 17:16


def lambda_called_with_int_and_float(n: int):
    show = lambda v: str(v)
    return [show(n), show(n / 2)]
# expect: CP115 22:26


def int_power_of_unknown_sign(n: int, k: int):
    return [str(n**2), str(n**k)]
# expect: CP115 28:28


def mixed_dict_lookup_or_none(k):
    limits = {"lo": 0, "hi": 10.0}
    return str(limits.get(k))
# expect: CP115 34:16


def parsed_json_number(text):
    return str(json.loads(text))
# expect: CP115 39:16



def float_stored_into_dash_data(store, n: int):
    store["half"] = n / 2
    return str(store["half"])
# expect: CP115 46:16


def float_appended_to_dash_list(xs, n: int):
    xs.append(n / 2)
    return ", ".join(str(v) for v in xs)
# expect: CP115 52:26


def total_kept_by_a_nested_function(xs: list[int]):
    total = 0

    def add(v):
        nonlocal total
        total += v / 2

    for x in xs:
        add(x)
    return str(total)
# expect: CP115 65:16


def mapping_str_over_mixed_numbers(n: int):
    return ",".join(map(str, [n, n / 2]))
# expect: CP115 70:30


def dynamic_spec_of_a_mixed_number(x, spec):
    total = 0 if x is None else x / 2
    return f"{total:{spec}}"
# expect: CP115 76:15



def float_stored_through_a_second_name(keys):
    groups = {}
    for k in keys:
        groups[k] = {"n": 0}
    for k in keys:
        g = groups[k]
        g["n"] = 0.5 + 0.5
    return [str(groups[k]["n"]) for k in keys]
# expect: CP115 88:17



def maybe_float_in_an_exception(a, b):
    raise ValueError(a + b, "total")
# expect: CP115 94:22


def args_of_a_caught_exception(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return str(e.args)
# expect: CP115 102:20


def percent_s_of_maybe_float(a, b, template):
    total = a + b
    return ["%s" % total, "%d|%r" % (1, total), template % (total,), b % total]
# expect: CP115 108:41
# expect: CP115 108:61
# expect: CP115 108:74


def float_default_of_open_parameter(x=2.0):
    return str(x)
# expect: CP115 115:16


def max_with_float_default(xs: list[int]):
    return str(max(xs, default=0.0))
# expect: CP115 120:16


def _store_a_float(target):
    target["a"] = 2.0


def _append_a_float(xs):
    xs.append(2.0)


def dict_given_to_a_helper_that_stores(x):
    d = {"a": 1}
    _store_a_float(d)
    return str(d["a"])
# expect: CP115 135:16


def list_given_to_a_helper_that_appends(x):
    xs = [1]
    _append_a_float(xs)
    return [str(v) for v in xs]
# expect: CP115 142:17


def parameter_given_to_a_helper_that_stores(d):
    _store_a_float(d)
    return str(d["a"])
# expect: CP115 148:16


def rows_changed_by_a_helper_in_a_loop(rows):
    for r in rows:
        _store_a_float(r)
    return [f"{r['a']}" for r in rows]
# expect: CP115 155:16


def dict_updated_with_a_float(x):
    d = {"a": 1}
    d.update({"a": 0.5 + 0.5})
    return str(d["a"])
# expect: CP115 162:16



def lambda_given_floats_by_map(n: int):
    xs = [n / 2, n * 1.5]
    return list(map(lambda v: f"{v}", xs))
# expect: CP115 169:34


def sum_of_computed_floats(n: int):
    halves = [v / 2 for v in range(n)]
    return str(sum(halves))  # an empty list sums to the int 0
# expect: CP115 175:16


def float_passed_to_a_stored_function(x: int):
    fs = [lambda v: str(v)]
    return [f(x / 1) for f in fs]
# expect: CP115 180:25


def float_returned_through_a_value(x: int):
    fs = [lambda: x / 1]
    return str(fs[0]())
# expect: CP115 187:16


def float_given_to_a_function_parameter(x: int):
    def apply(fn, v):
        return fn(v)

    return apply(lambda v: f"{v}", x / 1)
# expect: CP115 195:31


def ints_and_floats_collected_by_star_args(x: int):
    def show(*vals):
        return ",".join(str(v) for v in vals)

    return show(x / 1, 2)
# expect: CP115 201:29



def float_read_through_a_bound_method(x: int):
    d = {"a": x / 1}
    get = d.get
    return str(get("a"))
# expect: CP115 211:16


def float_stored_through_a_bound_method(x: int):
    xs = [1]
    add = xs.append
    add(x / 1)
    return str(xs)
# expect: CP115 219:16



def bitwise_or_into_a_maybe_float(n: int):
    x = n / 2
    x |= 1
    return x
# expect: CP115 226:5



def sum_of_halves(xs: list[int]):
    return str(sum(x / 2 for x in xs))  # sum of no floats is the int 0
# expect: CP115 233:16



async def float_awaited_through_a_value(n: int):
    async def half():
        return n / 2

    steps = [half]
    return str(await steps[0]())
# expect: CP115 243:16


def product_of_dash_numbers(xs):
    return str(math.prod(xs))  # prod([1.5, 2]) is 3.0
# expect: CP115 248:16


import json  # noqa: E402  (last, so that the expected lines above stay put)
import math  # noqa: E402


def float_parameter_of_a_function_using_itself(x: float, depth: int):
    again = float_parameter_of_a_function_using_itself
    if depth:
        return again(x / 2, depth - 1)
    return f"{x}"
# expect: CP115 260:15


# Arithmetic of Dash numbers prints by its operands' fractions only where the operands
# are names read again after it: not a power (2 ** -1 is 0.5), a call among the
# operands, or the result kept in a variable.
def power_of_float_parameters(a: float, b: float):
    return f"{a ** b}"
# expect: CP115 268:15


def _scale_rows(rows, factor):
    for r in rows:
        r["n"] = r["n"] * factor


def printed_after_a_helper_scaled_the_rows(rows):
    _scale_rows(rows, 0.5)
    return [f"{r['n']}" for r in rows]
# expect: CP115 279:16


def _stamp(r):
    r["x"] = 0.5 + 0.5


def _stamp_all(rows):
    for r in rows:
        _stamp(r)


def printed_after_parts_changed_through_two_helpers():
    data = [{"x": 1}]
    _stamp_all(data)
    return str(data[0]["x"])
# expect: CP115 295:16


def _stamp_first(xs):
    xs[0]["x"] = 0.5 + 0.5


def printed_after_a_collected_part_changed(config):
    out = []
    out.append(config["a"])
    _stamp_first(out)
    return str(config["a"]["x"])
# expect: CP115 307:16


def printed_after_map_called_a_changing_helper():
    data = [{"x": 1}]
    list(map(lambda r: _stamp(r), data))
    return str(data[0]["x"])
# expect: CP115 314:16


def printed_after_a_key_called_a_changing_helper():
    data = [{"x": 1}, {"x": 2}]
    sorted(data, key=lambda r: _stamp(r) or 0)
    return str(data[0]["x"])
# expect: CP115 321:16


def percent_int_conversions_of_maybe_float(x: float, n: int):
    # %x, %o and %c take an int only, and a `*` width too: an integral float there is
    # a TypeError, so a value that may be one is refused as for %s ("%d" is safe)
    y = x * n
    return ["%x" % y, "%o|%c" % (n, y), "%*d" % (y, n), "%d" % y]
# expect: CP115 329:37
# expect: CP115 329:50


def summed_then_bound_by_except(v):
    # `except ... as total` binds it too: no longer a sum of Dash's numbers
    total = 0
    total += v
    try:
        raise ValueError("boom")
    except ValueError as total:
        return str(total)
# expect: CP115 341:20


def summed_then_redefined(v):
    total = 0
    total += v

    def total():
        return 1

    return str(total)
# expect: CP115 352:16


def summed_by_its_own_key(xs, jumps):
    # the flag would ask xs[i] again after i is rebound: another item
    i = 0
    i = xs[i] * 1
    pos = 0
    pos += abs(jumps[pos])
    return [str(i), str(pos)]
# expect: CP115 362:17
# expect: CP115 362:25


def display_changed_by_a_later_item(xs, n):
    # CPython prints the display once built: xs after the pop
    return [str([xs[0] * xs[1], xs, xs.pop()]), str((n / 2, xs, xs.pop()))]
# expect: CP115 369:17
# expect: CP115 369:53


def flag_after_a_nested_spec(r, a):
    # the kind would be asked after the spec ran, which changes an operand
    return [f"{r['p'] * 2:{r.update({'p': 1}) or ''}}", f"{a * 2:{(a := 1) and ''}}"]
# expect: CP115 376:16
# expect: CP115 376:60


def dict_display_changed_after_a_value(xs):
    n = len(xs)
    return str({"half": n / 2, "xs": xs, "last": xs.pop()})
# expect: CP115 383:16


def _kept(seen=[2.0]):
    return str(seen)  # a caller may have put an int in it


def default_list_printed(a):
    return _kept()
# expect: CP115 388:16


def counter_with_a_float_default_step(n, step=1.0):
    n += step  # step may be the default 1.0, which no fraction tells from 1
    return f"{n}"
# expect: CP115 398:15


def counter_of_a_recursive_callback(n, depth):
    n = n or 0
    n += 0.5 if depth else 0
    if depth:
        return counter_of_a_recursive_callback(n, depth - 1)
    return f"{n}"
# expect: CP115 407:15


def parameter_changed_in_place_then_rebound(d, c):
    d["k"] = c / 2  # a float stored into what Dash sent: it no longer prints as it came
    out = str(d)
    d = 0
    return out
# expect: CP115 413:15


def list_parameter_appended_then_rebound(xs, c):
    if c > 100:
        xs = 0
    xs.append(c / 2)
    return str(xs)
# expect: CP115 423:16


def parameter_changed_through_or_then_rebound(d, c):
    (d or {})["k"] = c / 2
    out = str(d)
    d = 0
    return out
# expect: CP115 429:15


def parameter_items_shared_by_a_copy(rows, c):
    t = rows + []
    t[0]["k"] = c / 2
    out = str(rows)
    rows = 0
    return out
# expect: CP115 438:15
