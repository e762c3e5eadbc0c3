# Probes: constructs outside the subset, each refused where it stands.
import json


def calls_getattr(d):
    return getattr(d, "x", 1)
# expect: CP112 6:12


def calls_hasattr(d):
    return hasattr(d, "x")
# expect: CP112 11:12


def calls_id(d):
    return id(d)
# expect: CP112 16:12


def calls_hash(d):
    return hash(d)
# expect: CP112 21:12


def builds_frozenset(d):
    return frozenset(d)
# expect: CP112 26:12


def uses_iter_with_a_sentinel(xs):
    it = iter(xs.pop, None)
    return next(it)
# expect: CP100 31:10



def uses_frozenset(xs):
    return frozenset((x for x in xs if x))
# expect: CP112 38:12


def uses_type(x):
    return type(x)
# expect: CP112 43:12


def uses_bytes_literal(x):
    return b"abc" + x
# expect: CP100 48:12


def uses_complex_literal(x):
    return x * 2j
# expect: CP100 53:16


def uses_ellipsis(x):
    return ...
# expect: CP100 58:12


def decorates_nested_function(x):
    def deco(f):
        return f

    @deco
    def inner():
        return x

    return inner()
# expect: CP100 66:6


def lambda_with_yield(x):
    return lambda: (yield x)
# expect: CP102 75:21


def uses_except_star(x):
    try:
        return x
    except* ValueError:
        pass
# expect: CP100 80:5


def isinstance_with_computed_class(x, classes):
    for cls in classes:
        if isinstance(x, cls):
            return True
    return False
# expect: CP121 89:26


def unknown_method_of_typed_str(s: str):
    return s.trim()
# expect: CP116 96:12


def unknown_method_of_literal_list(x):
    return [1, 2].at(x)
# expect: CP116 101:12


def append_to_built_tuple(x):
    t = (x,)
    t.append(1)
    return t
# expect: CP116 107:5


def builtin_passed_as_value(xs):
    return list(map(pow, xs, xs))
# expect: CP112 113:21


def deletes_an_attribute(d):
    del d.a
    return d
# expect: CP107 118:9


def prints_mixed_container(n: int):
    return str([n, 1.5] * 2)
# expect: CP115 124:16


def rounds_open_digits(x, n):
    return f"{round(x, n)}"
# expect: CP115 129:15


def int_or_float_in_json(x):
    total = 0
    total += x
    total += 0.5
    return json.dumps(total)
# expect: CP115 137:23


def int_or_float_in_format_call(x):
    total = x
    total *= 1.5
    total += 1
    return "{}".format(max(total, x))
# expect: CP115 145:24


def await_in_dict_comprehension(xs):
    async def one(v):
        return v

    async def run():
        return {v: await one(v) for v in xs}

    return run
# expect: CP108 154:20


def global_statement_in_nested(x):
    def inner():
        global STATE
        return x

    return inner()
# expect: CP104 162:9


def class_in_nested_function(x):
    def inner():
        class Box:
            pass

        return Box

    return inner()
# expect: CP101 171:9


def import_inside_lambda_body(x):
    import json as j
    j = j.dumps
    return j(x)
# expect: CP105 181:5


def yield_from_in_helper(xs):
    def gen():
        yield from xs

    return list(gen())
# expect: CP102 189:9


def with_in_nested(x):
    def inner():
        with x:
            pass

    return inner
# expect: CP103 197:9


def match_in_nested(x):
    def inner():
        match x:
            case dict(kind=k):
                return k

    return inner()
# expect: CP106 207:18


def uses_unbound_js_method(s):
    return s.translate(str.trim(s))
# expect: CP116 215:24


def prints_without_newline(x):
    print(x, end="")
    print()
    return x
# expect: CP100 220:18


def prints_empty_end(x):
    print(end="")
    return x
# expect: CP100 227:15



def _helper_with_problem(v):
    return hash(v)


def problem_in_helper(x):
    return _helper_with_problem(x)
# expect: CP112 234:12


def problem_in_lambda_and_nested(x):
    f = lambda v: id(v)

    def g():
        return frozenset(x)

    return [f(x), g()]
# expect: CP112 243:19
# expect: CP112 246:16


def str_encode(s):
    return s.encode("utf-8")
# expect: CP100 254:12


def maketrans_on_a_value(s: str):
    return s.translate(s.maketrans("a", "b"))
# expect: CP116 259:24


def is_integer_of_an_int_or_open(n: int, x):
    return [n.is_integer(), x.is_integer()]
# expect: CP116 264:13
# expect: CP115 264:29
