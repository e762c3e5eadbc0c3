# Constructs outside the subset, each refused where it stands.
import os


def uses_class(x):
    class Point:
        pass

    return x
# expect: CP101 6:5


def uses_yield(xs):
    for x in xs:
        yield x
# expect: CP102 15:9


def uses_with(path):
    with path:
        return 1
# expect: CP103 20:5


def uses_global(x):
    global COUNTER
    return x
# expect: CP104 26:5


def uses_import(x):
    import statistics

    return statistics.mean(x)
# expect: CP105 32:5


def uses_match(x):
    match x:
        case [y] | [y, _]:
            return y
    return "other"
# expect: CP106 40:14


def deletes_an_attribute_of_a_local(x):
    y = x
    del y.a
    return x
# expect: CP107 48:9


async def awaits_in_comprehension(xs):
    return [await x for x in xs]
# expect: CP108 54:13


def uses_a_module(x):
    return os.getcwd()
# expect: CP109 59:12


def uses_undefined_name(x):
    return x + undefined_thing  # noqa: F821
# expect: CP110 64:16


def opens_a_file(x):
    return open(x)
# expect: CP112 69:12


class CodedError(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def raises_coded_error(x):
    raise CodedError(x)
# expect: CP100 80:11


def reads_a_traceback(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return e.__traceback__ is None
# expect: CP100 88:16


def json_options_from_a_mapping(data, options):
    return json.dumps(data, **options)
# expect: CP113 93:31


import json  # noqa: E402  (last, so that the expected lines above stay put)


def deletes_a_name_of_an_enclosing_function(x):
    def forget():
        nonlocal x
        del x

    forget()
    return 1
# expect: CP107 103:13


def prints_to_a_file(x):
    print("a", file=x)
    return 0
# expect: CP100 111:21


def prints_with_an_unknown_keyword(x):
    print("a", colour=x)
    return 0
# expect: CP100 117:23


def _scaled(vals=[2.0]):
    return str(vals)


def default_reached_through_a_value(n):
    g = _scaled
    return g()
# expect: CP115 123:16


def _args_of(*args, k=None):
    return list(args)


def keyword_runs_after_a_lone_star(xs):
    return _args_of(*xs, k=xs.pop())
# expect: CP100 137:28


def import_after_other_statements(x):
    if not x:
        return None
    import json
    return json.dumps(x)
# expect: CP105 144:5


def import_hiding_a_local_of_the_def_around(x):
    floor = "outer"

    def inner():
        from math import floor

        return floor(x)

    return [inner(), floor]
# expect: CP105 153:9


def import_rebound_by_a_nonlocal(x):
    from math import floor

    def use_abs():
        nonlocal floor
        floor = abs

    use_abs()
    return floor(x)
# expect: CP105 162:5
