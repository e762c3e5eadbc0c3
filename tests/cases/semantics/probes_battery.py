# Probes: a skeptical reviewer's battery over the traps of docs/semantics.md (truthiness,
# equality, int/float printing, division, formatting, str/list/dict/set methods, calls,
# closures, exceptions, json), written to find silent differences.
import json
import math


def t_truth(x):
    r = []
    for v in [x, [x], {}, {"a": x}, (), (x,), "", "0", 0.0, -0.0, None]:
        r.append("T" if v else "F")
    return "".join(r)


# inputs: [0]
# inputs: [[]]
# inputs: [""]


def t_while_list(xs):
    n = 0
    while xs:
        xs.pop()
        n += 1
    return n


# inputs: [[1, 2, 3]]


def t_deep_eq(a, b):
    return [a == b, a != b, [a] == [b], (a, 1) == (b, 1), {"k": a} == {"k": b}]


# inputs: [[1, [2, 3]], [1, [2, 3]]]
# inputs: [1, 1.0]
# inputs: [1, true]
# inputs: [{"a": 1, "b": 2}, {"b": 2, "a": 1}]
# inputs: [null, false]
# inputs: [0, false]
# inputs: ["1", 1]


def t_tuple_list_eq(xs):
    return [tuple(xs) == xs, list(tuple(xs)) == xs, (1, 2) == [1, 2]]


# inputs: [[1, 2]]


def t_in(x, c):
    return x in c


# inputs: [1, [1.0, 2]]
# inputs: [true, [1]]
# inputs: ["a", {"a": 1}]
# inputs: ["", "abc"]
# inputs: [[1], [[1], 2]]
# inputs: [0, [false]]
# inputs: [null, [null]]
# inputs: ["ab", "xaby"]


def t_in_dict_intkey(k):
    d = {1: "a", 2: "b"}
    return [k in d, d.get(k), str(list(d))]


# inputs: [1]
# inputs: [1.0]
# inputs: [true]


def t_key_collision():
    d = {}
    d[1] = "int"
    d[1.0] = "float"
    d[True] = "bool"
    return [d, len(d), str(list(d.values()))]


# inputs: []


def t_key_collision2():
    d = {True: "a", 1: "b", 1.0: "c"}
    s = {1, 1.0, True}
    return [d, s, len(s), repr(list(d.values()))]


# inputs: []


def t_key_collision_float_first():
    d = {1.0: "x"}
    d[1] = "y"
    return [d, list(d.keys()), repr(list(d.values()))]


# inputs: []


def t_neg_index(xs, i: int):
    try:
        return xs[i]
    except IndexError as e:
        return "IndexError:" + str(e)


# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], -3]
# inputs: [[1, 2, 3], -4]
# inputs: [[1, 2, 3], 3]
# inputs: ["abc", -4]
# inputs: ["abc", -1]


def t_slices(xs):
    return [
        xs[::2],
        xs[::-1],
        xs[1::-1],
        xs[-2::-2],
        xs[5:1:-1],
        xs[-100:100],
        xs[3:1],
        xs[::-3],
        xs[:-1:-1],
        xs[-1:-5:-2],
    ]


# inputs: [[0, 1, 2, 3, 4, 5, 6]]
# inputs: ["abcdefg"]
# inputs: [[]]


def t_slice_var(xs, a, b, c):
    try:
        return xs[a:b:c]
    except ValueError as e:
        return "ValueError:" + str(e)
    except TypeError as e:
        return "TypeError"


# inputs: [[0, 1, 2, 3, 4], null, null, -1]
# inputs: [[0, 1, 2, 3, 4], 4, null, -2]
# inputs: [[0, 1, 2, 3, 4], null, 0, -1]
# inputs: [[0, 1, 2, 3, 4], 1, 3, 0]
# inputs: ["hello", -2, null, null]
# inputs: [[0, 1, 2], true, null, null]


def t_floordiv_mod(a, b):
    try:
        return [a // b, a % b, divmod(a, b)]
    except ZeroDivisionError as e:
        return "ZDE:" + str(e)


# inputs: [-7, 3]
# inputs: [7, -3]
# inputs: [-7, -3]
# inputs: [7.5, 2]
# inputs: [-7.5, 2]
# inputs: [7, 0]
# inputs: [-0.5, 1]
# inputs: [1e300, 1e-300]
# inputs: [true, 2]
# inputs: [-1, 1e100]


def t_floordiv_typed(a: int, b: int):
    try:
        return [a // b, a % b, str(a / b), str(-a // b)]
    except ZeroDivisionError as e:
        return "ZDE:" + str(e)


# inputs: [-7, 3]
# inputs: [7, -3]
# inputs: [6, 3]
# inputs: [1, 0]


def t_float_typed(a: float, b: float):
    try:
        return [a // b, a % b, str(a / b), str(float(a // b))]
    except ZeroDivisionError as e:
        return "ZDE:" + str(e)


# inputs: [-7, 3]
# inputs: [7.5, -2]
# inputs: [1, 0]


def t_str_numbers(x):
    return [
        str(x),
        repr(x),
        f"{x}",
        "%s" % (x,),
        "{}".format(x),
        json.dumps(x),
        str([x]),
    ]


# inputs: [2]
# inputs: [1e-5]
# inputs: [0.0001]
# inputs: [true]
# inputs: [null]
# inputs: [0.1]


def t_float_ops():
    a = 0.1 + 0.2
    return [
        str(a),
        repr(a),
        str(1e16),
        str(1e15),
        str(1.0 * 10**16),
        str(2**0.5),
        str(1 / 3),
        str(10 / 2),
        str(3 * 1.0),
    ]


# inputs: []


def t_round(x, n):
    if n is None:
        return round(x)
    return round(x, n)


# inputs: [2.5, null]
# inputs: [3.5, null]
# inputs: [-2.5, null]
# inputs: [0.5, null]
# inputs: [2.675, 2]
# inputs: [1234.5, -1]
# inputs: [1250, -2]
# inputs: [1350, -2]
# inputs: [15, -1]
# inputs: [25, -1]
# inputs: [2.5, 0]
# inputs: [1.005, 2]
# inputs: [7, 2]
# inputs: [-0.4, null]
# inputs: [-0.4, 0]
# inputs: [1e20, 2]
# inputs: [0.125, 2]


def t_int_conv(s):
    try:
        return repr(int(s))
    except ValueError as e:
        return "ValueError:" + str(e)
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: ["12"]
# inputs: [" 12 "]
# inputs: ["1_000"]
# inputs: ["+5"]
# inputs: ["-0"]
# inputs: ["1.5"]
# inputs: ["x"]
# inputs: [""]
# inputs: [3.9]
# inputs: [-3.9]
# inputs: [true]
# inputs: [null]
# inputs: ["_1"]
# inputs: ["1__0"]
# inputs: ["١٢"]
# inputs: ["0x10"]
# inputs: ["\t-7\n"]
# inputs: ["- 7"]


def t_int_base(s, b: int):
    try:
        return repr(int(s, b))
    except ValueError as e:
        return "ValueError:" + str(e)


# inputs: ["ff", 16]
# inputs: ["0xff", 16]
# inputs: ["0xff", 0]
# inputs: ["0b101", 0]
# inputs: ["z", 36]
# inputs: ["012", 0]
# inputs: ["12", 2]
# inputs: [" -0o17 ", 0]


def t_float_conv(s):
    try:
        return repr(float(s))
    except ValueError as e:
        return "ValueError:" + str(e)


# inputs: ["inf"]
# inputs: ["-Infinity"]
# inputs: ["nan"]
# inputs: [" 1e3 "]
# inputs: ["1_0.5"]
# inputs: ["abc"]
# inputs: [""]
# inputs: ["0x10"]
# inputs: [".5"]
# inputs: ["5."]
# inputs: ["+.5e-2"]
# inputs: ["infinity"]
# inputs: ["in"]
# inputs: [3]
# inputs: [true]
# inputs: ["1e500"]


def t_exc_messages(d, xs, k):
    r = []
    try:
        d[k]
    except KeyError as e:
        r.append(str(e))
        r.append(repr(e))
        r.append(e.args)
    try:
        xs[10]
    except IndexError as e:
        r.append(str(e))
    try:
        1 / 0
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        1 // 0
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        1 % 0
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        1.0 / 0
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        int("x")
    except ValueError as e:
        r.append(str(e))
        r.append(repr(e))
    return r


# inputs: [{}, [], "a"]
# inputs: [{}, [], 1]
# inputs: [{}, "abc", "it's"]
# messages


class MyErr(ValueError):
    pass


def t_custom_exc(x):
    try:
        raise MyErr("bad", x)
    except ValueError as e:
        return [str(e), e.args, isinstance(e, MyErr), isinstance(e, Exception)]


# inputs: [1]
# inputs: [2.5]


def t_exc_noargs():
    try:
        raise ValueError()
    except ValueError as e:
        return [str(e), repr(e), e.args]


# inputs: []


def t_exc_onearg(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return [str(e), repr(e), e.args]


# inputs: ["x"]
# inputs: [[1, "a"]]
# inputs: [null]


def t_finally_return():
    def f():
        try:
            return "try"
        finally:
            return "finally"

    def g(xs):
        try:
            xs.append(1)
            return len(xs)
        finally:
            xs.append(2)

    ys = []
    return [f(), g(ys), ys]


# inputs: []


def t_finally_swallow():
    def f():
        for i in range(3):
            try:
                raise KeyError(i)
            finally:
                if i == 1:
                    break
        return i

    def g():
        n = 0
        for i in range(4):
            try:
                if i % 2:
                    continue
                n += 10
            finally:
                n += 1
        return n

    return [f(), g()]


# inputs: []


def t_nested_try(x):
    log = []
    try:
        try:
            log.append("a")
            if x:
                raise ValueError("v")
            log.append("b")
        except KeyError:
            log.append("k")
        else:
            log.append("else")
        finally:
            log.append("f1")
    except ValueError as e:
        log.append("outer " + str(e))
    return log


# inputs: [true]
# inputs: [false]


def t_reraise(x):
    try:
        try:
            {}[x]
        except KeyError:
            raise
    except LookupError as e:
        return ["Lookup", str(e), isinstance(e, KeyError)]


# inputs: ["q"]
# inputs: [3]


def t_raise_from():
    try:
        try:
            [][1]
        except IndexError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        return [str(e), isinstance(e.__cause__, IndexError)]


# inputs: []


def t_float_div_zero(n: int):
    r = []
    for k in range(4):
        try:
            if k == 0:
                r.append(1.0 / 0)
            elif k == 1:
                r.append(n / 0.0)
            elif k == 2:
                x = n * 1.5
                x /= 0
                r.append(x)
            else:
                r.append(n / 0)
        except ZeroDivisionError as e:
            r.append(str(e))
    return r


# inputs: [3]
# messages


def s_split(s, sep, n: int):
    try:
        return [s.split(sep, n), s.rsplit(sep, n)]
    except ValueError as e:
        return "ValueError:" + str(e)


# inputs: ["a,b,c,d", ",", 2]
# inputs: ["a,b,c,d", ",", 0]
# inputs: ["a,b,c,d", ",", -1]
# inputs: ["  a  b  c  ", null, 1]
# inputs: ["  a  b  c  ", null, 0]
# inputs: ["a::b::c", "::", 1]
# inputs: ["abc", "", 1]
# inputs: ["", ",", 1]
# inputs: ["", null, 1]
# inputs: ["aaa", "a", 5]


def s_strip_chars(s, c):
    return [s.strip(c), s.lstrip(c), s.rstrip(c)]


# inputs: ["xxhixx", "x"]
# inputs: ["..a.b..", "."]
# inputs: ["abcba", "ab"]
# inputs: ["  x  ", null]
# inputs: ["$$", "$"]


def s_title_cap(s):
    return [s.title(), s.capitalize(), s.swapcase(), s.istitle()]


# inputs: ["they're bill's friends from the UK"]
# inputs: ["hello 2nd world3rd"]
# inputs: ["HELLO wORLD"]
# inputs: ["élan vital"]
# inputs: ["a-b_c d.e"]
# inputs: ["ß"]
# inputs: [""]


def s_zfill_center(s, w: int):
    return [s.zfill(w), s.center(w), s.center(w, "*"), s.ljust(w, "-"), s.rjust(w, "0")]


# inputs: ["-42", 6]
# inputs: ["+42", 6]
# inputs: ["42", 1]
# inputs: ["abc", 6]
# inputs: ["ab", 5]
# inputs: ["abc", 4]
# inputs: ["a", 4]
# inputs: ["-", 3]
# inputs: ["", 3]


def s_count_replace(s, sub, n: int):
    return [
        s.count(sub),
        s.replace(sub, "X", n),
        s.replace(sub, "X"),
        s.replace("", "-", n),
    ]


# inputs: ["aaaa", "aa", 1]
# inputs: ["aaaa", "", 2]
# inputs: ["abcabc", "b", -1]
# inputs: ["abcabc", "b", 0]
# inputs: ["", "", 1]


def s_find(s, sub, a, b):
    r = [s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b)]
    try:
        r.append(s.index(sub, a, b))
    except ValueError as e:
        r.append("VE:" + str(e))
    try:
        r.append(s.rindex(sub, a, b))
    except ValueError as e:
        r.append("VE:" + str(e))
    return r


# inputs: ["hello world", "o", 5, null]
# inputs: ["hello world", "o", -3, null]
# inputs: ["hello world", "o", 0, -4]
# inputs: ["hello", "", 10, null]
# inputs: ["hello", "", 5, null]
# inputs: ["hello", "", 2, 1]
# inputs: ["hello", "l", null, null]
# inputs: ["hello", "lo", 3, 4]


def s_startswith(s, p, a):
    return [
        s.startswith(p, a),
        s.endswith(p, a),
        s.startswith(("x", p)),
        s.endswith(("", "q")),
    ]


# inputs: ["hello", "ll", 2]
# inputs: ["hello", "he", -5]
# inputs: ["hello", "", 10]
# inputs: ["hello", "lo", -2]


def s_predicates(s):
    return [
        s.isdigit(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.isupper(),
        s.islower(),
        s.isdecimal(),
        s.isnumeric(),
        s.isidentifier(),
    ]


# inputs: ["١٢٣"]
# inputs: ["½"]
# inputs: ["ǅ"]
# inputs: ["Ⅷ"]
# inputs: ["abc1"]
# inputs: ["ABC1"]
# inputs: ["123"]
# inputs: ["_x1"]
# inputs: ["1x"]
# inputs: [""]
# inputs: ["中文"]
# inputs: ["\u200b"]
# inputs: ["ª"]


def s_join(xs):
    try:
        return ",".join(xs)
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: [["a", "b"]]
# inputs: [["a", 1]]
# inputs: [[null]]
# inputs: [{"a": 1, "b": 2}]
# inputs: ["abc"]
# inputs: [[]]
# messages


def s_mul(s, n: int):
    return [s * n, n * s, [s] * n, (s,) * n]


# inputs: ["ab", 3]
# inputs: ["ab", -1]
# inputs: ["ab", 0]


def s_mul_open(s, n):
    try:
        return [s * n]
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: ["ab", 2]
# inputs: ["ab", true]
# inputs: ["ab", 2.5]
# inputs: [[1], -3]
# inputs: [2, "x"]
# inputs: ["a", "b"]


def s_repr_quotes(s):
    return [repr(s), f"{s!r}", str([s]), repr((s,)), "%r" % (s,), "{!r}".format(s)]


# inputs: ["it's"]
# inputs: ["say \"hi\""]
# inputs: ["both ' and \""]
# inputs: ["tab\there"]
# inputs: ["back\\slash"]
# inputs: ["é ü 中"]
# inputs: ["\u0000\u001f\u007f\u0080\u00a0\u00ad"]
# inputs: ["\ud83d\ude00"]
# inputs: ["\u2028"]
# inputs: ["\ufeff"]
# inputs: [""]


def s_format_misc(x: int, y0, s: str):
    y = float(y0)
    return [
        "%5.2f|%-6d|%+d|%05d|%x|%X|%o|%e|%g|%%|%s|%r|%c"
        % (y, x, x, x, x, x, x, y, y, s, s, x),
        "{0}{1}{0}".format(s, x),
        "{:>6}|{:<6}|{:^6}|{:06.2f}|{:+}|{:,}|{:_}|{:b}|{:#x}".format(
            s, x, s, y, x, x, x, x, x
        ),
        f"{x:>{x}}",
        f"{y:.{x}f}",
        f"{s!r:>10}",
        f"{x=}",
        f"{y:e}",
        f"{y:g}",
        f"{y:%}",
        f"{x:c}",
    ]


# inputs: [5, 3.14159, "ab"]
# inputs: [65, -0.000123, "x'y"]
# inputs: [3, 1234567.5, ""]


def s_format_open(v):
    try:
        return [f"{v:>8}", f"{v:08.3f}", "{:,}".format(v), "%s|%r" % (v, v)]
    except ValueError as e:
        return "ValueError:" + str(e)
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: [3.5]
# inputs: ["s"]
# inputs: [12345678]
# inputs: [true]
# inputs: [null]
# inputs: [[1, 2.5]]
# messages


def s_percent_tuple(v):
    try:
        return "%s" % v
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: [[1, 2]]
# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: ["x"]
# inputs: [[]]


def s_percent_tuple2():
    t = (1, 2)
    r = []
    try:
        r.append("%s" % (t,))
        r.append("%s %s" % t)
        r.append("%s" % t)
    except TypeError as e:
        r.append("TypeError:" + str(e))
    return r


# inputs: []
# messages


def s_percent_dict(d):
    return ["%(a)s-%(b)05.1f" % d, "%(a)r" % d]


# inputs: [{"a": "x", "b": 2.25}]
# inputs: [{"a": 1, "b": 3}]


def s_misc_methods(s):
    return [
        s.partition("-"),
        s.rpartition("-"),
        s.expandtabs(4),
        s.removeprefix("a"),
        s.removesuffix("c"),
        s.splitlines(True),
        s.ljust(2),
        s[::-1],
        s.casefold(),
    ]


# inputs: ["a-b-c"]
# inputs: ["abc"]
# inputs: ["a\tbc\td\n-x\r\ny"]


def s_compare(a, b):
    try:
        return [a < b, a <= b, a > b, max(a, b), min(a, b)]
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: ["a", "B"]
# inputs: ["abc", "ab"]
# inputs: ["é", "z"]
# inputs: ["\ud83d\ude00", "\uffff"]
# inputs: [[1, 2], [1, 2, 0]]
# inputs: [[1, "a"], [1, 2]]
# inputs: [[1, 2], [1, "a"]]
# inputs: [1, "a"]
# inputs: [null, 1]
# inputs: [true, 0.5]
# inputs: [{"a": 1}, {"a": 1}]
# messages


def s_ord_chr(s, n: int):
    try:
        return [ord(s), chr(n), hex(n), oct(n), bin(n), hex(-n)]
    except TypeError as e:
        return "TypeError:" + str(e)
    except ValueError as e:
        return "ValueError:" + str(e)


# inputs: ["a", 97]
# inputs: ["\ud83d\ude00", 128512]
# inputs: ["ab", 65]
# inputs: ["", 65]
# inputs: ["a", -1]
# inputs: ["a", 1114112]
# inputs: ["a", 0]
# messages


def s_str_index_iter(s):
    return [
        list(s),
        len(s),
        s[-1] if s else None,
        [c for c in s if c.isupper()],
        sorted(s),
        s.upper(),
    ]


# inputs: ["a\ud83d\ude00b"]
# inputs: ["éA"]
# inputs: ["ﬃx"]


def l_sort_stab(xs):
    a = sorted(xs, key=lambda p: p[0])
    b = sorted(xs, key=lambda p: p[0], reverse=True)
    c = list(xs)
    c.sort(key=lambda p: -p[0])
    return [a, b, c]


# inputs: [[[1, "a"], [0, "b"], [1, "c"], [0, "d"]]]


def l_sort_mixed(xs):
    try:
        return sorted(xs)
    except TypeError as e:
        return "TypeError:" + str(e)


# inputs: [[3, 1.5, true, 0]]
# inputs: [[1, "a"]]
# inputs: [["b", "a", "B", "é", ""]]
# inputs: [[[2, 1], [1, 2], [1]]]
# inputs: [[null, 1]]
# inputs: [[[1, "a"], [1, 2]]]
# inputs: [[{"a": 1}, {"a": 2}]]
# inputs: [[false, true, false]]
# messages


def l_min_max(xs):
    r = []
    try:
        r.append(min(xs))
    except ValueError as e:
        r.append("VE:" + str(e))
    except TypeError as e:
        r.append("TE:" + str(e))
    try:
        r.append(max(xs))
    except ValueError as e:
        r.append("VE:" + str(e))
    except TypeError as e:
        r.append("TE:" + str(e))
    r.append(min(xs, default="d"))
    r.append(max(xs, default="d"))
    r.append(
        min(xs, key=lambda v: -v if isinstance(v, (int, float)) else 0, default=None)
    )
    r.append(
        max(xs, key=lambda v: -v if isinstance(v, (int, float)) else 0, default=None)
    )
    return r


# inputs: [[3, 1, 2]]
# inputs: [[]]
# inputs: [[1, 1.0, true]]
# inputs: [[2, "a"]]
# messages


def l_min_max_args(a, b):
    return [min(a, b), max(a, b), min(a, b, key=abs), max([a, b], key=abs), min((a, b))]


# inputs: [1, 1.0]
# inputs: [-3, 3]
# inputs: [3, -3]
# inputs: [true, 1]


def l_insert(xs, i: int):
    ys = list(xs)
    ys.insert(i, "X")
    return ys


# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], -10]
# inputs: [[1, 2, 3], 10]
# inputs: [[], -1]
# inputs: [[1, 2, 3], 0]


def l_pop(xs, i):
    try:
        ys = list(xs)
        v = ys.pop(i) if i is not None else ys.pop()
        return [v, ys]
    except IndexError as e:
        return "IE:" + str(e)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], 3]
# inputs: [[1, 2, 3], -4]
# inputs: [[], null]
# inputs: [[1], 0]
# inputs: [[1, 2], true]
# messages


def l_remove_index(xs, v):
    ys = list(xs)
    r = []
    try:
        ys.remove(v)
        r.append(ys)
    except ValueError as e:
        r.append("VE:" + str(e))
    try:
        r.append(xs.index(v, 1))
    except ValueError as e:
        r.append("VE:" + str(e))
    try:
        r.append(xs.index(v, -2, -1))
    except ValueError as e:
        r.append("VE:" + str(e))
    r.append(xs.count(v))
    return r


# inputs: [[1, 2, 1, 2], 2]
# inputs: [[1, 2, 1, 2], 5]
# inputs: [[1, 2, 1, 2], 1.0]
# inputs: [[[1], [1]], [1]]
# inputs: [["a"], "b"]
# messages


def l_alias_mul():
    a = [[0] * 2] * 2
    a[0][0] = 1
    b = [[0] * 2 for _ in range(2)]
    b[0][0] = 1
    c = [[]] * 3
    c[1].append(5)
    return [a, b, c]


# inputs: []


def l_extend_iadd(xs):
    ys = xs
    ys += [9]
    zs = xs
    zs = zs + [8]
    t = (1,)
    u = t
    u += (2,)
    return [xs, ys, zs, t, u]


# inputs: [[1]]


def l_iadd_str(xs):
    xs += "ab"
    xs += {"k": 1}
    xs += (3,)
    return xs


# inputs: [[]]


def l_slice_assign(xs):
    ys = list(xs)
    ys[1:3] = ["a"]
    zs = list(xs)
    zs[::2] = [0] * len(zs[::2])
    ws = list(xs)
    del ws[::2]
    vs = list(xs)
    vs[5:] = [7, 8]
    us = list(xs)
    try:
        us[::2] = [1]
    except ValueError as e:
        us = "VE:" + str(e)
    return [ys, zs, ws, vs, us]


# inputs: [[1, 2, 3, 4]]
# inputs: [[1]]
# messages


def l_del(xs):
    ys = list(xs)
    del ys[0]
    del ys[-1]
    d = {"a": 1, "b": 2}
    del d["a"]
    try:
        del d["zz"]
    except KeyError as e:
        return [ys, d, "KE:" + str(e)]
    return [ys, d]


# inputs: [[1, 2, 3, 4]]


def l_unpack(xs):
    try:
        a, *b, c = xs
        return [a, b, c]
    except ValueError as e:
        return "VE:" + str(e)


# inputs: [[1, 2, 3, 4]]
# inputs: [[1, 2]]
# inputs: [[1]]
# inputs: ["abc"]
# inputs: [{"x": 1, "y": 2}]
# messages


def l_unpack2(xs):
    try:
        a, b = xs
        return [a, b]
    except ValueError as e:
        return "VE:" + str(e)


# inputs: [[1, 2, 3]]
# inputs: [[1]]
# inputs: ["ab"]
# messages


def l_nested_unpack(rows):
    out = []
    for i, (a, (b, *c)) in enumerate(rows):
        out.append([i, a, b, c])
    return out


# inputs: [[[1, [2, 3, 4]], [5, [6]]]]


def l_swap(xs):
    i = 0
    xs[i], i = 5, 1
    a = [1, 2, 3]
    j = 0
    j, a[j] = 2, 9
    return [xs, i, a, j]


# inputs: [[0, 0]]


def l_enum_zip_range():
    return [
        list(enumerate("ab", -1)),
        list(zip([1, 2, 3], "ab")),
        list(zip()),
        list(range(5, 0, -2)),
        list(range(0)),
        list(range(-3)),
        list(range(0, 10, 3))[-1],
        len(range(10, 0, -3)),
        list(reversed(range(4))),
        list(range(10))[-2],
        list(range(10)[2:8:3]),
        5 in range(0, 10, 2),
        4 in range(0, 10, 2),
    ]


# inputs: []


def l_range_err(n):
    try:
        return list(range(0, 10, n))
    except ValueError as e:
        return "VE:" + str(e)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [0]
# inputs: [2.5]
# inputs: [-1]
# messages


def l_sum(xs):
    try:
        return [sum(xs), sum(xs, 10)]
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [[0.1, 0.2, 0.3]]
# inputs: [[1e100, 1, -1e100]]
# inputs: [[0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]]
# inputs: [[1, 2, 3]]
# inputs: [[true, true]]
# inputs: [["a"]]
# inputs: [[]]
# messages


def l_sum_float_str(xs):
    return [
        str(sum([float(x) for x in xs], 0.0)),
        str(sum([0.5, 1.5])),
        str(sum((0.25,))),
    ]


# inputs: [[0.1, 0.2, 0.3]]
# inputs: [[1e100, 1, -1e100]]
# inputs: [[1, 2]]
# inputs: [[]]


def l_sum_start_list():
    return [sum([[1], [2]], []), sum(((1,), (2,)), ())]


# inputs: []


def l_any_all_short():
    calls = []

    def f(x):
        calls.append(x)
        return x > 1

    a = any(f(x) for x in [1, 2, 3])
    b = all(f(x) for x in [5, 0, 7])
    return [a, b, calls, any([]), all([]), any([0, "", None]), all([1, "a", [0]])]


# inputs: []


def l_genexpr_lazy():
    log = []
    g = (log.append(x) or x for x in range(3))
    log.append("made")
    first = [v for v in g]
    return [log, first]


# inputs: []


def l_walrus(xs):
    ys = [y for x in xs if (y := x * 2) > 2]
    return [ys, y]


# inputs: [[1, 2, 3]]


def l_closures_loop():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    hs = []
    for j in range(3):
        hs.append(lambda: j)
    return [[f() for f in fs], [g() for g in gs], [h() for h in hs]]


# inputs: []


def l_closure_nonlocal():
    def counter():
        n = 0

        def inc():
            nonlocal n
            n += 1
            return n

        return inc

    c = counter()
    d = counter()
    return [c(), c(), d(), c()]


# inputs: []


def l_default_mutable():
    def f(x, acc=[]):
        acc.append(x)
        return len(acc)

    return [f(1), f(2), f(3, []), f(4)]


# inputs: []


def l_chain_side():
    calls = []

    def f(x):
        calls.append(x)
        return x

    r = [
        1 < f(2) < 3,
        1 < f(0) < f(9),
        f(1) == f(1) == f(2) == f(3),
        3 > f(2) > f(1) > f(0),
    ]
    return [r, calls]


# inputs: []


def l_chain_mixed(a, b, c):
    return [a < b < c, a == b < c, a < b > c, a in [b] in [[c]], a is not None is not b]


# inputs: [1, 2, 3]
# inputs: [1, 1, 3]
# inputs: [2, 2, 2]


def n_pow(n: int, k: int):
    try:
        return [n**k, pow(n, k)]
    except ZeroDivisionError as e:
        return "ZDE:" + str(e)


# inputs: [2, -1]
# inputs: [2, 3]
# inputs: [-8, -1]
# inputs: [0, -1]
# inputs: [0, 0]
# inputs: [4, -2]
# messages


def n_pow_lit(n: int):
    return [str(2**-1), str(10**2), str(pow(2, -2)), str((-2) ** 2), str(-(2**2))]


# inputs: [2]


def n_pow_mod(a: int, b: int, m: int):
    try:
        return [pow(a, b, m), str(pow(a, b, m))]
    except ValueError as e:
        return "VE:" + str(e)
    except ZeroDivisionError as e:
        return "ZDE:" + str(e)


# inputs: [3, 4, 5]
# inputs: [-3, 3, 5]
# inputs: [3, 3, -5]
# inputs: [3, -1, 7]
# inputs: [2, -1, 4]
# inputs: [3, 2, 0]
# messages


def n_mixed_types(n: int):
    r = [
        str(n / 1),
        str(n // 1),
        str(n * 1.0),
        str(n + 0.0),
        str(True + n),
        str(True / 2),
        str(float(n)),
        str(int(n / 2)),
        str(abs(-n)),
        str(-n),
        str(n % 3),
        str(divmod(n, 3)),
        str(divmod(n, 2.0)),
        str(round(n / 3, 2)),
        str(round(n * 1.0)),
        str(round(n, 1)),
        str(round(n, -1)),
        str(n // 2.0),
        str(n % 2.0),
    ]
    return r


# inputs: [7]
# inputs: [-7]
# inputs: [0]


def n_aug(n: int):
    x = n / 1
    x /= 2
    y = n
    y //= 2
    z = n * 1.0
    z *= 1.5
    w = n
    w **= 2
    v = n - 0.0
    v -= 0.5
    return [str(x), str(y), str(z), str(w), str(v)]


# inputs: [4]
# inputs: [5]


def n_bool_arith(b: bool):
    return [
        str(b + b),
        str(b * 2.5),
        str(b / 1),
        str(-b),
        str(~b),
        str(b // 1),
        str(b % 2),
        str(abs(b)),
        repr(b & True),
        str(b << 2),
    ]


# inputs: [true]
# inputs: [false]


def n_bitops(a: int, b: int):
    try:
        return [a & b, a | b, a ^ b, ~a, a << b, a >> b, -a >> 1]
    except ValueError as e:
        return "VE:" + str(e)


# inputs: [5, 3]
# inputs: [-5, 3]
# inputs: [1, 40]
# inputs: [-1, 40]
# inputs: [1, -1]
# inputs: [4294967296, 1]
# inputs: [2147483648, 0]
# messages


def n_int_float_conv(x):
    try:
        return [int(x), str(float(x)), int(float(x))]
    except ValueError as e:
        return "VE:" + str(e)
    except OverflowError as e:
        return "OE:" + str(e)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [2.9]
# inputs: [-2.9]
# inputs: ["  3  "]
# inputs: ["3.0"]
# inputs: ["nan"]
# inputs: ["inf"]
# inputs: [[1]]
# messages


def n_float_repr_lits():
    return [
        str(1e16),
        str(1e15),
        str(123456789.0),
        str(0.0001),
        str(0.00001),
        str(1.5e-7),
        str(-1e22),
        str(1 / 3),
        str(2 / 3),
        str(100.0),
        str(1e100),
        str(float("inf")),
        str(-float("inf")),
        str(float("nan")),
        str(5e-324),
        str(1.7976931348623157e308),
        repr(0.1 * 3),
        str(9007199254740993.0),
        str(0.1 + 0.7),
    ]


# inputs: []


def n_float_fmt(x0):
    x = float(x0)
    return [
        f"{x:.2f}",
        f"{x:.0f}",
        f"{x:e}",
        f"{x:.3g}",
        f"{x:g}",
        f"{x:,.2f}",
        f"{x:10.3f}|",
        f"{x:<10}|",
        f"{x:+.1f}",
        f"{x:.1%}",
        "%.3f" % x,
        "%g" % x,
        "%10.4e" % x,
        "{:.2f}".format(x),
        "{0:.3}".format(x),
        f"{x:.3}",
        f"{x:n}",
        f"{x: .2f}",
        f"{x:=+10.2f}",
        f"{x:010.2f}",
    ]


# inputs: [0.5]
# inputs: [2.5]
# inputs: [1.005]
# inputs: [-0.0001234]
# inputs: [123456789.125]
# inputs: [1e16]
# inputs: [-1.5]
# inputs: [0.125]
# inputs: [0]


def n_int_fmt(n: int):
    return [
        f"{n:5d}",
        f"{n:<5}",
        f"{n:^5}",
        f"{n:05}",
        f"{n:+}",
        f"{n:,}",
        f"{n:_x}",
        f"{n:#b}",
        f"{n:#o}",
        f"{n:x}",
        f"{n:X}",
        f"{n:e}",
        f"{n:.2f}",
        f"{n:%}",
        f"{n:g}",
        f"{n:=+6}",
        "%5d|%-5d|%05d|%+d|% d" % (n, n, n, n, n),
        "%x %o %X %e %f" % (n, n, n, n, n),
        "{:>{}}".format(n, 6),
        f"{n:*^9}",
    ]


# inputs: [42]
# inputs: [-42]
# inputs: [0]
# inputs: [1234567]


def n_round_half(x0):
    x = float(x0)
    return [
        round(x),
        str(round(x, 1)),
        str(round(x, 2)),
        str(round(x, -1)),
        str(round(x, 0)),
    ]


# inputs: [0.5]
# inputs: [1.5]
# inputs: [2.5]
# inputs: [-0.5]
# inputs: [2.675]
# inputs: [0.285]
# inputs: [0.045]
# inputs: [15.5]
# inputs: [25]
# inputs: [-25.5]
# inputs: [1e20]
# inputs: [123.456]


def n_round_int(n: int, d: int):
    return [round(n, d), str(round(n, d))]


# inputs: [15, -1]
# inputs: [25, -1]
# inputs: [-25, -1]
# inputs: [150, -2]
# inputs: [250, -2]
# inputs: [12345, -10]
# inputs: [7, 3]


def n_round_err(x0):
    x = float(x0) if x0 is not None else float("nan")
    try:
        return round(x)
    except ValueError as e:
        return "VE:" + str(e)
    except OverflowError as e:
        return "OE:" + str(e)


# inputs: [null]
# messages


def n_round_inf():
    try:
        return round(float("inf"))
    except OverflowError as e:
        return "OE:" + str(e)


# inputs: []
# messages


def n_cmp_mixed(a, b):
    try:
        return [a < b, a == b, a != b, a >= b]
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [1, true]
# inputs: [null, null]
# inputs: [[1], [1.0]]
# inputs: [[1, 2], "12"]
# inputs: [{"a": 1}, {"a": 1}]
# inputs: ["a", null]
# messages


def n_isinstance(x):
    return [
        isinstance(x, int),
        isinstance(x, float),
        isinstance(x, (int, float)),
        isinstance(x, bool),
        isinstance(x, str),
        isinstance(x, list),
        isinstance(x, dict),
        isinstance(x, tuple),
        isinstance(x, (list, tuple)),
        x is None,
    ]


# inputs: [true]
# inputs: [1]
# inputs: [1.5]
# inputs: ["s"]
# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: [null]


def n_isinstance_made():
    vals = [1.0, 2, True, (1,), {1}, {"a": 1}, None, 0.5 * 2]
    return [
        [
            isinstance(v, (int, float)),
            isinstance(v, bool),
            isinstance(v, tuple),
            isinstance(v, set),
        ]
        for v in vals
    ]


# inputs: []


def f_index_float(xs, n: int):
    r = []
    try:
        r.append(xs[n / 2])
    except TypeError as e:
        r.append("TE:" + str(e))
    try:
        r.append("abc"[n / 2])
    except TypeError as e:
        r.append("TE:" + str(e))
    try:
        r.append((1, 2)[n * 0.5])
    except TypeError as e:
        r.append("TE:" + str(e))
    return r


# inputs: [[1, 2, 3], 2]
# messages


def f_float_key(n: int):
    d = {1: "a"}
    d[n / 2] = "b"
    return [d, len(d), d.get(1.0), 1.0 in d, n / 2 in {1}]


# inputs: [2]


def f_int_of_float(n: int):
    x = n / 2
    return [str(int(x)), str(int(x * 2)), str(x // 1), str(float(int(x)))]


# inputs: [2]
# inputs: [3]


def g_str_index_float(n: int):
    try:
        return "abc"[n / 2]
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [2]
# messages


def g_tuple_index_float(n: int):
    t = (1, 2, 3)
    try:
        return t[n / 2]
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [2]
# messages


def d_pop_setdefault(d):
    r = [
        d.pop("a", None),
        d.pop("zz", "dflt"),
        d.setdefault("b", []),
        d.setdefault("c", 5),
        d,
    ]
    try:
        d.pop("nope")
    except KeyError as e:
        r.append("KE:" + str(e))
    return r


# inputs: [{"a": 1, "b": [2]}]
# inputs: [{}]


def d_update_forms(d):
    d.update({"x": 1})
    d.update([("y", 2), ["z", 3]])
    d.update(w=4)
    d.update({"x": 9}, v=5)
    return [d, list(d)]


# inputs: [{"a": 0}]


def d_views(d):
    k = d.keys()
    v = d.values()
    it = d.items()
    d["new"] = 1
    return [
        list(k),
        list(v),
        list(it),
        k & {"a", "q"},
        k | {"z"},
        k - {"a"},
        len(k),
        "a" in k,
        ("a", 1) in it,
    ]


# inputs: [{"a": 1, "b": 2}]


def d_order(d):
    del d["a"]
    d["a"] = 1
    d["b"] = 99
    return [list(d), list(d.items())]


# inputs: [{"a": 0, "b": 1, "c": 2}]


def d_int_keys(xs):
    d = {}
    for x in xs:
        d[x] = d.get(x, 0) + 1
    return [d, sorted(d), list(d), str(d), repr(list(d.items()))]


# inputs: [[3, 1, 3, 2, 1, 3]]
# inputs: [["b", "a", "b"]]


def d_mixed_keys():
    d = {1: "i", "1": "s", (1, 2): "t", None: "n", True: "b", 2.5: "f"}
    return [len(d), d[1], d["1"], d[(1, 2)], d[None], d[2.5], d, list(d.values())]


# inputs: []


def d_fromkeys_copy(xs):
    a = dict.fromkeys(xs, 0)
    b = dict.fromkeys(xs)
    c = a.copy()
    c["q"] = 1
    e = dict(a, z=2)
    f = dict([("k", 1)])
    g = dict(zip(xs, range(10)))
    return [a, b, c, e, f, g, a == c, {**a, **f}, a | f]


# inputs: [["x", "y", "x"]]


def d_eq(a, b):
    return [a == b, a != b, [a] == [b], list(a.items()) == list(b.items())]


# inputs: [{"a": 1, "b": 2}, {"b": 2, "a": 1}]
# inputs: [{"a": [1, {"b": 2}]}, {"a": [1, {"b": 2.0}]}]
# inputs: [{"a": 1}, {"a": true}]


def d_popitem(d):
    r = []
    while d:
        r.append(d.popitem())
    try:
        d.popitem()
    except KeyError as e:
        r.append("KE:" + str(e))
    return r


# inputs: [{"a": 1, "b": 2}]
# messages


def d_iter_mutation(d):
    try:
        for k in d:
            d[k + "x"] = 1
    except RuntimeError as e:
        return "RE:" + str(e)
    return d


# inputs: [{"a": 1}]
# messages


def d_get_none(d, k):
    return [d.get(k), d.get(k, "x"), k in d, d.get(k) is None]


# inputs: [{"a": null}, "a"]
# inputs: [{"a": null}, "b"]


def set_ops(a, b):
    x, y = set(a), set(b)
    return [
        x | y,
        x & y,
        x - y,
        x ^ y,
        x <= y,
        x < y,
        x >= y,
        x.isdisjoint(y),
        sorted(x | y),
        len(x),
    ]


# inputs: [[1, 2, 3], [2, 3, 4]]
# inputs: [[1, 2], [1, 2]]
# inputs: [[], [1]]


def set_order(xs):
    s = set(xs)
    s.add(100)
    s.discard(1)
    return [list(s), str(s), repr(sorted(s)), list({3, 1, 2}), str({10, 5, 7, 33})]


# inputs: [[5, 3, 1, 8, 2]]
# inputs: [[40, 33, 9, 17]]


def set_remove(xs, v):
    s = set(xs)
    try:
        s.remove(v)
        return sorted(s)
    except KeyError as e:
        return "KE:" + str(e)


# inputs: [[1, 2], 2]
# inputs: [[1, 2], 3]
# inputs: [["a"], "b"]
# messages


def set_pop_empty():
    s = set()
    try:
        s.pop()
    except KeyError as e:
        return "KE:" + str(e)


# inputs: []
# messages


def set_of_tuples(rows):
    s = {tuple(r) for r in rows}
    return [len(s), (1, 2) in s, sorted(s)]


# inputs: [[[1, 2], [1, 2], [2, 1]]]


def set_unhashable(x):
    try:
        return len({x})
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: [1]
# messages


def dict_unhashable(x):
    d = {}
    try:
        d[x] = 1
        return d
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [[1]]
# inputs: [{"a": 1}]
# messages


def list_in_unhashable(x):
    try:
        return x in {"a": 1}
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [[1]]
# inputs: ["a"]
# messages


def c_kwargs(a, b=2, *args, c, d=4, **kw):
    return [a, b, args, c, d, kw]


def c_binding():
    return [
        c_kwargs(1, c=3),
        c_kwargs(1, 2, 3, 4, c=5, e=6),
        c_kwargs(a=1, c=2, z=3),
        c_kwargs(*[1, 2, 3], **{"c": 9, "q": 1}),
    ]


# inputs: []


def c_binding_errors(k):
    def f(a, b=1, *, c):
        return [a, b, c]

    try:
        if k == 0:
            return f(1)
        if k == 1:
            return f(1, 2, 3, c=1)
        if k == 2:
            return f(1, a=2, c=3)
        if k == 3:
            return f(c=1)
        if k == 4:
            return f(1, c=1, d=2)
        return f(1, c=2)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [0]
# inputs: [1]
# inputs: [2]
# inputs: [3]
# inputs: [4]
# inputs: [5]
# messages


def c_star_kwargs_dyn(d):
    def f(a, b=10):
        return [a, b]

    try:
        return f(**d)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [{"a": 1}]
# inputs: [{"a": 1, "b": 2}]
# inputs: [{"b": 2}]
# inputs: [{"a": 1, "c": 2}]
# messages


def c_star_args_dyn(xs):
    def f(a, b=10):
        return [a, b]

    try:
        return f(*xs)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [[1]]
# inputs: [[1, 2, 3]]
# inputs: [[]]
# inputs: ["ab"]
# messages


def c_lambda_defaults():
    x = 1
    f = lambda a, b=x: a + b  # noqa: E731
    x = 100
    g = lambda: x  # noqa: E731
    x = 5
    return [f(1), g()]


# inputs: []


def c_recursion(n: int):
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    return fib(n)


# inputs: [15]


def c_closure_late():
    fs = []
    for i in range(3):

        def f():
            return i * 10

        fs.append(f)
    i = 7
    return [g() for g in fs]


# inputs: []


def c_closure_comprehension_scope():
    x = "outer"
    ys = [x for x in range(3)]
    return [x, ys]


# inputs: []


def c_shadow_builtin(xs):
    max = 3
    sum = lambda v: -1  # noqa: E731
    return [max, sum(xs), len(xs)]


# inputs: [[1, 2]]


GLOBAL_LIST = [1, 2.5, "x"]
GLOBAL_D = {1: "a", 2: "b"}


def c_global_const():
    return [GLOBAL_LIST, GLOBAL_LIST[-1], len(GLOBAL_D), GLOBAL_D[2]]


# inputs: []


def c_binding_errors2(k):
    def f(a, b=1, *, c=0, d=0):
        return [a, b, c]

    def g(a):
        return a

    try:
        if k == 0:
            return f(1, 2, 3, c=1, d=2)
        if k == 1:
            return f(1, 2, 3, zz=1)
        if k == 2:
            return f(1, 2, 3, a=1)
        if k == 3:
            return g(1, 2)
        if k == 4:
            return g(1, 2, c=1)
        return f(1, 2, 3)
    except TypeError as e:
        return "TE:" + str(e)


# inputs: [0]
# inputs: [1]
# inputs: [2]
# inputs: [3]
# inputs: [4]
# inputs: [5]
# messages


def j_dumps(x):
    return [
        json.dumps(x),
        json.dumps(x, sort_keys=True),
        json.dumps(x, indent=2),
        json.dumps(x, separators=(",", ":")),
    ]


# inputs: [{"b": [1, 2.5, null, true], "a": "é\n\"q\""}]
# inputs: [[]]
# inputs: [{}]
# inputs: ["\u2028\ud83d\ude00"]
# inputs: [1.5e-7]


def j_dumps_made(n: int):
    return [
        json.dumps({"h": n / 2, "f": 1.0, "g": 0.5}),
        json.dumps([n * 1.0]),
        json.dumps(n / 4),
    ]


# inputs: [2]
# inputs: [-2]


def j_loads(s):
    try:
        v = json.loads(s)
        return [v, isinstance(v, dict)]
    except ValueError:
        return "ValueError"


# inputs: ["{\"a\": [1, 2.0, null]}"]
# inputs: ["[1, 2"]
# inputs: ["NaN"]
# inputs: ["\"x\""]


def r_containers_repr(n: int):
    x = n / 2
    return [
        str([x, x * 2]),
        str({"k": x}),
        repr({"a": (x,), "b": (x, 0.5)}),
        f"{[x]!r}",
        f"{(n,)}",
        str(()),
        str(set()),
        str({}),
        str([[]]),
        "%s" % [x],
        "{}".format({"k": [x]}),
    ]


# inputs: [3]
# inputs: [4]


def r_print(n: int):
    print(n, n / 2, "a", None, [1, "b"], sep="|", end="!\n")
    print()
    print("x", "y")
    print(*[1, 2], sep="")
    return None


# inputs: [4]


def e_finally_order():
    log = []

    def f():
        try:
            log.append("try")
            raise ValueError("x")
        except ValueError:
            log.append("except")
            return "from except"
        finally:
            log.append("finally")

    r = f()
    return [r, log]


# inputs: []


def e_finally_overrides_exc():
    def f():
        try:
            raise KeyError("k")
        finally:
            return "swallowed"

    return f()


# inputs: []


def e_except_order(x):
    try:
        if x == 0:
            raise IndexError("i")
        if x == 1:
            raise KeyError("k")
        if x == 2:
            raise ArithmeticError("a")
        return 1 / x
    except LookupError as e:
        return "lookup:" + str(e)
    except ZeroDivisionError:
        return "zde"
    except Exception as e:
        return "exc:" + str(e)


# inputs: [0]
# inputs: [1]
# inputs: [2]
# inputs: [3]


def e_exc_var_cleared():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:  # noqa: F841
        pass
    try:
        return e
    except NameError:
        return "NameError"


# inputs: []


def e_raise_class():
    try:
        raise ValueError
    except ValueError as e:
        return [str(e), repr(e), len(e.args)]


# inputs: []


def e_assert(x):
    try:
        assert x, "msg " + str(x)
        assert x > 1
        return "ok"
    except AssertionError as e:
        return "AE:" + str(e)


# inputs: [0]
# inputs: [1]
# inputs: [2]


class BaseErr(Exception):
    pass


class SubErr(BaseErr):
    pass


def e_custom_hier(x):
    try:
        if x:
            raise SubErr("a", 2)
        raise BaseErr()
    except SubErr as e:
        return ["sub", str(e), e.args, repr(e)]
    except BaseErr as e:
        return ["base", str(e), repr(e)]


# inputs: [true]
# inputs: [false]


def e_else_finally(x):
    log = []
    for i in range(2):
        try:
            if x:
                continue
            log.append("body")
        except Exception:
            log.append("exc")
        else:
            log.append("else")
        finally:
            log.append("fin")
    return log


# inputs: [true]
# inputs: [false]


def e_str_exceptions():
    r = []
    try:
        "a" + 1
    except TypeError as e:
        r.append(str(e))
    try:
        1 + "a"
    except TypeError as e:
        r.append(str(e))
    try:
        [1] + (2,)
    except TypeError as e:
        r.append(str(e))
    try:
        None + 1
    except TypeError as e:
        r.append(str(e))
    try:
        len(5)
    except TypeError as e:
        r.append(str(e))
    try:
        {}["a"]["b"]
    except KeyError as e:
        r.append(str(e))
    try:
        "abc".index("z")
    except ValueError as e:
        r.append(str(e))
    try:
        [1].index(2)
    except ValueError as e:
        r.append(str(e))
    try:
        int("4.5")
    except ValueError as e:
        r.append(str(e))
    try:
        float("x1")
    except ValueError as e:
        r.append(str(e))
    try:
        none = None
        none["a"]
    except TypeError as e:
        r.append(str(e))
    try:
        five = 5
        five["a"]
    except TypeError as e:
        r.append(str(e))
    try:
        x = None
        x.append(1)
    except AttributeError as e:
        r.append(str(e))
    try:
        "a" < 1
    except TypeError as e:
        r.append(str(e))
    try:
        -"a"
    except TypeError as e:
        r.append(str(e))
    return r


# inputs: []
# messages


def e_open_type_errors(a, b):
    try:
        return a + b
    except TypeError as e:
        return "TE:" + str(e)


# inputs: ["a", 1]
# inputs: [1, "a"]
# inputs: [[1], "a"]
# inputs: [null, null]
# inputs: [{"a": 1}, {"b": 2}]
# inputs: [true, true]
# inputs: [[1], [2]]
# messages


def e_open_mul_errors(a, b):
    try:
        return a * b
    except TypeError as e:
        return "TE:" + str(e)


# inputs: ["a", "b"]
# inputs: [[1], [2]]
# inputs: [null, 2]
# inputs: ["ab", true]
# inputs: [{"a": 1}, 2]
# messages


def e_open_cmp_errors(a, b):
    try:
        return a < b
    except TypeError as e:
        return "TE:" + str(e)


# inputs: ["a", 1]
# inputs: [null, 1]
# inputs: [{"a": 1}, {"a": 1}]
# inputs: [[1, "a"], [1, 2]]
# inputs: [[1, null], [1, 2]]
# messages


def z_sort_keys(words):
    return [
        sorted(words, key=str.lower),
        sorted(words, key=len),
        sorted(words, key=lambda w: (len(w), w), reverse=True),
        max(words, key=len),
        min(words, key=lambda w: w[-1]),
        sorted(words, key=str.upper, reverse=True),
    ]


# inputs: [["banana", "Apple", "cherry", "apple", "fig", "Fig"]]


def z_sort_dict_items(d):
    return [
        sorted(d.items(), key=lambda kv: kv[1]),
        sorted(d, key=d.get),
        max(d, key=lambda k: d[k]),
        sorted(d.values(), reverse=True),
    ]


# inputs: [{"a": 3, "b": 1, "c": 2, "d": 1}]


def z_sort_nan_mixed(xs):
    ys = list(xs)
    ys.sort()
    return [ys, sorted(xs, reverse=True)]


# inputs: [[3, -1, 2.5, 0, -0.5, 10, 9]]
# inputs: [[true, 0, false, 1]]


def z_astral(s):
    return [
        len(s),
        s[1],
        s[-1],
        s[::-1],
        s[1:3],
        s.upper(),
        s.find("b"),
        list(s)[:3],
        s.center(7, "*"),
    ]


# inputs: ["a\ud83d\ude00b\ud83d\udc4dc"]


def z_while_else(n: int):
    i = 0
    while i < n:
        if i == 3:
            break
        i += 1
    else:
        return ["no break", i]
    return ["break", i]


# inputs: [2]
# inputs: [5]


def z_for_else_empty(xs):
    for x in xs:
        pass
    else:
        return "else"


# inputs: [[]]
# inputs: [[1]]


def z_nested_comp(m):
    return [[row[i] for row in m] for i in range(len(m[0]))] if m else []


# inputs: [[[1, 2, 3], [4, 5, 6]]]


def z_dict_comp_order(xs):
    return [
        {x: i for i, x in enumerate(xs)},
        {x % 3: x for x in range(10)},
        {k: v for k, v in zip("abc", [1, 2])},
    ]


# inputs: [["b", "a", "b"]]


def z_ternary_truth(x):
    return ["yes" if x else "no", x or "dflt", x and "and", not x]


# inputs: [[]]
# inputs: [{}]
# inputs: [[0]]
# inputs: [0.0]
# inputs: ["False"]


def z_str_iter_ops(s):
    return [
        "".join(reversed(s)),
        ",".join(sorted(set(s))),
        s.count("a") + s.count(""),
        [c * 2 for c in s],
        {c: s.count(c) for c in s},
    ]


# inputs: ["banana"]


def z_int_str_compare(a, b):
    return [a == b, str(a) == str(b), a in [b], [a] == [b]]


# inputs: [1, "1"]
# inputs: [0, false]
