# Probes, fifth battery: string formatting, str methods on edge inputs, slicing, list and
# dict methods, exceptions' messages, unpacking, repr of floats and int()/float() parsing.


def pct_formats(x):
    try:
        return [
            "%5d|%-5d|%05d|%+d|% d" % (x, x, x, x, x),
            "%x|%X|%#x|%o|%#o" % (x, x, x, x, x),
            "%.3f|%10.2e|%g|%G" % (x, x, x, x),
            "%(a)s-%(b)r" % {"a": x, "b": str(x)},
            "%c" % 65,
            "%s%%" % x,
            "%*d" % (6, x),
            "%.*f" % (2, x),
        ]
    except TypeError as e:
        return "TypeError" + ": " + str(e)
    except ValueError as e:
        return "ValueError" + ": " + str(e)


# inputs: [42]
# inputs: [-7]
# inputs: [0]
# inputs: [255]
# messages


def pct_float(x):
    try:
        return ["%d" % x, "%i" % x, "%x" % x]
    except TypeError as e:
        return "TypeError" + ": " + str(e)
    except ValueError as e:
        return "ValueError" + ": " + str(e)


# inputs: [3.7]
# inputs: [-3.7]
# inputs: ["s"]
# inputs: [true]
# inputs: [null]
# messages


def pct_errors(k):
    out = []
    try:
        out.append("%s %s" % (k,))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%s" % (k, k))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%(a)s" % {"b": k})
    except KeyError as e:
        out.append("KeyError " + str(e))
    try:
        out.append("%q" % k)
    except ValueError as e:
        out.append(str(e))
    return out


# inputs: [1]
# inputs: ["x"]
# messages


def fmt_fields(a, b):
    try:
        return [
            "{0}{1}{0}".format(a, b),
            "{}|{!r}|{!s}|{!a}".format(a, b, a, "é"),
            "{0[0]}|{1[k]}".format([a, b], {"k": a}),
            "{:>{w}}".format(a, w=6),
            "{:{f}{a}{w}}".format(a, f="*", a="^", w=7),
            "{{}}{}".format(a),
            "{0!r:>10}".format(a),
        ]
    except TypeError as e:
        return "TypeError" + ": " + str(e)
    except ValueError as e:
        return "ValueError" + ": " + str(e)
    except IndexError as e:
        return "IndexError" + ": " + str(e)
    except KeyError as e:
        return "KeyError" + ": " + str(e)


# inputs: [1, "x"]
# inputs: ["ab", 2.5]
# inputs: [null, true]
# messages


def fmt_errors(a):
    out = []
    for t in ["{}{}", "{0}{}", "{1}", "{x}", "{0[5]}", "{", "}", "{0:d}", "{!z}"]:
        try:
            out.append(t.format(a))
        except TypeError as e:
            out.append("TypeError" + ": " + str(e))
        except ValueError as e:
            out.append("ValueError" + ": " + str(e))
        except IndexError as e:
            out.append("IndexError" + ": " + str(e))
        except KeyError as e:
            out.append("KeyError" + ": " + str(e))
    return out


# inputs: [1]
# inputs: ["ab"]
# inputs: [[1, 2]]
# messages


def fstr_ints(n):
    try:
        return [
            f"{n:*^9}",
            f"{n:+}",
            f"{n: }",
            f"{n:#b}",
            f"{n:#o}",
            f"{n:#X}",
            f"{n:08,}",
            f"{n:_}",
            f"{n:_x}",
            f"{n:n}",
            f"{n:c}",
            f"{n:e}",
            f"{n:.2%}",
            f"{n:g}",
            f"{n:=+8}",
            f"{n:010.3f}",
            f"{n:,.2f}",
        ]
    except TypeError as e:
        return "TypeError" + ": " + str(e)
    except ValueError as e:
        return "ValueError" + ": " + str(e)
    except OverflowError as e:
        return "OverflowError" + ": " + str(e)


# inputs: [0]
# inputs: [1234567]
# inputs: [-1234567]
# inputs: [65]
# inputs: [-1]
# messages


def fstr_floats(x):
    try:
        return [
            f"{x:*^12}",
            f"{x:+.3}",
            f"{x:#.0f}",
            f"{x:#g}",
            f"{x:.0e}",
            f"{x:,}",
            f"{x:_.1f}",
            f"{x:n}",
            f"{x:%}",
            f"{x:010}",
            f"{x:.3g}",
            f"{x:G}",
            f"{x:}",
            f"{x:.15}",
            f"{x:=10.2f}",
            f"{x:z.1f}",
        ]
    except TypeError as e:
        return "TypeError" + ": " + str(e)
    except ValueError as e:
        return "ValueError" + ": " + str(e)


# inputs: [0.5]
# inputs: [-0.0001]
# inputs: [1234567.891]
# inputs: [1.5e-10]
# inputs: [1e-7]
# inputs: [2.5]
# inputs: [-0.04]
# messages


def fstr_others(v):
    out = []
    for spec in [
        "",
        ">5",
        "d",
        "s",
        ".1",
        "x",
        "^6",
        "5",
        ",",
        "c",
        "b",
        "%",
        "e",
        "n",
    ]:
        try:
            out.append(format(v, spec))
        except TypeError as e:
            out.append("TypeError" + ": " + str(e))
        except ValueError as e:
            out.append("ValueError" + ": " + str(e))
    return out


# inputs: [true]
# inputs: [false]
# inputs: [null]
# inputs: ["abc"]
# inputs: [[1]]
# inputs: [{"a": 1}]
# messages


def fstr_bad_specs(n):
    out = []
    for spec in ["x.2", ",d", "=s", "+s", "#s", "0s", ",x", ".2d", "==5", "<<5", ",_"]:
        try:
            out.append(format(n, spec))
        except TypeError as e:
            out.append("TypeError" + ": " + str(e))
        except ValueError as e:
            out.append("ValueError" + ": " + str(e))
    return out


# inputs: [5]
# inputs: [5.5]
# inputs: ["s"]
# messages


def str_split_edges(s):
    return [
        s.split(None, 1),
        s.rsplit(None, 1),
        s.split(maxsplit=0),
        s.rsplit(maxsplit=0),
        s.split(" ", 2),
        s.rsplit(" ", 2),
        s.split(","),
        s.rsplit(",", -1),
        s.splitlines(),
        s.splitlines(True),
        s.partition(" "),
        s.rpartition(" "),
        s.partition("zz"),
        s.rpartition("zz"),
        s.expandtabs(),
        s.expandtabs(3),
        s.expandtabs(0),
    ]


# inputs: ["  a  b\tc  "]
# inputs: ["a,b,,c,"]
# inputs: ["x\ry\r\nz\n\u2028w\u0085v\u000bu\u000ct\u001cq\u001dr\u001es"]
# inputs: [""]
# inputs: ["\u00a0a\u3000b\u2003"]
# inputs: ["a\tbc\td\n\tef\r\tg"]


def str_case_edges(s):
    return [
        s.title(),
        s.capitalize(),
        s.swapcase(),
        s.upper(),
        s.lower(),
        s.casefold(),
        s.istitle(),
        s.isupper(),
        s.islower(),
        s.isdigit(),
        s.isnumeric(),
        s.isdecimal(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.isidentifier(),
        s.isascii(),
    ]


# inputs: ["ßtraße ǆemal"]
# inputs: ["ΣΑΣ όσος"]
# inputs: ["ﬁne ŉ"]
# inputs: ["they're bill's 3rd"]
# inputs: ["²³½"]
# inputs: ["٣٤٥"]
# inputs: ["Ⅻ"]
# inputs: ["İstanbul"]
# inputs: [""]
# inputs: ["a\u0301b"]
# inputs: ["_a1"]
# inputs: ["\u00a0"]
# inputs: ["ǅ"]


def str_pad_edges(s, w):
    return [
        s.center(w),
        s.center(w, "*"),
        s.ljust(w, "-"),
        s.rjust(w, "-"),
        s.zfill(w),
        s.strip("ax"),
        s.lstrip("a-"),
        s.rstrip(""),
        s.replace("", "|"),
        s.replace("", "|", 2),
        s.replace("a", "b", 0),
        s.replace("a", "b", -1),
        s.find("a", 1),
        s.find("a", -2),
        s.find("", 10),
        s.rfind("a", 0, -1),
        s.count(""),
        s.count("a", 1, -1),
        s.startswith(("x", "a"), 1),
        s.endswith("a", 0, 2),
    ]


# inputs: ["abc", 6]
# inputs: ["abc", 4]
# inputs: ["-42", 6]
# inputs: ["+a", 5]
# inputs: ["a", 2]
# inputs: ["ab", 5]
# inputs: ["", 3]
# inputs: ["xaax", -1]


def str_index_errors(s):
    out = []
    try:
        out.append(s.index("q"))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(s.rindex("q", 1))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(",".join([s, 1]))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s.join(["a", None]))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s.center(5, "ab"))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s.split(""))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(s.strip(1))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s + 1)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s * 2.0)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s.zfill("3"))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s.startswith(["a"]))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(s[10])
    except IndexError as e:
        out.append(str(e))
    try:
        out.append(s["a"])
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: ["abc"]
# messages


def slicing_edges(xs):
    return [
        xs[::-1],
        xs[::-2],
        xs[-1:-10:-3],
        xs[10**15 : -(10**15) : -1],
        xs[-(10**15) :],
        xs[1:1],
        xs[5:1],
        xs[5:1:-1],
        xs[:-1:-1],
        xs[None:None:-1],
    ]


# inputs: [[1, 2, 3, 4, 5, 6, 7]]
# inputs: ["abcdefg"]
# inputs: [[]]


def slice_assign(xs, k):
    a = list(xs)
    a[1:3] = [9] * k
    b = list(xs)
    b[::2] = [0] * ((len(xs) + 1) // 2)
    c = list(xs)
    del c[::-2]
    d = list(xs)
    del d[1:100:3]
    e = list(xs)
    e[len(e) :] = "ab"
    f = list(xs)
    f[-100:1] = []
    out = [a, b, c, d, e, f]
    try:
        g = list(xs)
        g[::2] = [1] * k
        out.append(g)
    except ValueError as err:
        out.append(str(err))
    try:
        h = list(xs)
        h[::-1] = []
        out.append(h)
    except ValueError as err:
        out.append(str(err))
    try:
        m = list(xs)
        m[1:2] = 5
        out.append(m)
    except TypeError as err:
        out.append(str(err))
    return out


# inputs: [[1, 2, 3, 4, 5], 0]
# inputs: [[1, 2, 3, 4, 5], 3]
# inputs: [[1], 1]
# inputs: [[], 0]
# messages


def float_count_repeats(s):
    # A float never counts repeats, 2.0 neither: CPython raises TypeError.
    y = 2.0
    out = []
    for make in [lambda: s * y, lambda: y * s, lambda: s * float(2), lambda: s * 0.5]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
    try:
        t = s
        t *= 2.0
        out.append(t)
    except TypeError as e:
        out.append(str(e))
    out.append(s)
    return out


# inputs: ["ab"]
# inputs: [[1, 2]]
# inputs: [3]
# inputs: [2.5]
# inputs: [true]
# messages


def float_times_other(s):
    y = 2.0
    out = []
    for make in [lambda: s * y, lambda: y * s, lambda: s * 1.5]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [null]
# inputs: [{"a": 1}]
# inputs: [[]]
# inputs: [""]
# messages


def list_method_edges(xs):
    out = []
    a = list(xs)
    a.insert(100, "end")
    a.insert(-100, "start")
    a.insert(-1, "m")
    out.append(a)
    b = list(xs)
    try:
        out.append([b.pop(-2), b])
    except IndexError as e:
        out.append(str(e))
    try:
        out.append(b.pop(10))
    except IndexError as e:
        out.append(str(e))
    try:
        b.remove("zz")
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(xs.index(2, 2))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(xs.index(2, -3, -1))
    except ValueError as e:
        out.append(str(e))
    out.append(xs.count(2))
    out.append(xs.count(2.0))
    out.append(xs.count(True))
    c = list(xs)
    c.extend("ab")
    out.append(c)
    try:
        out.append([].pop())
    except IndexError as e:
        out.append(str(e))
    return out


# inputs: [[1, 2, 3, 2, 1]]
# inputs: [[true, 1, 1.0, 2]]
# inputs: [[]]
# messages


def sort_edges(xs):
    out = []
    out.append(sorted(xs, key=lambda p: p[0]))
    out.append(sorted(xs, key=lambda p: p[0], reverse=True))
    out.append(sorted(xs, reverse=True))
    out.append(min(xs, key=lambda p: p[0]))
    out.append(max(xs, key=lambda p: p[0]))
    ys = list(xs)
    ys.sort(key=lambda p: -p[0], reverse=True)
    out.append(ys)
    return out


# inputs: [[[1, "b"], [0, "a"], [1, "a"], [0, "c"]]]
# inputs: [[[2.5, 1], [2, 2], [2.5, 0]]]


def sort_errors(xs):
    out = []
    try:
        out.append(sorted(xs))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(min(xs))
    except (TypeError, ValueError) as e:
        out.append(str(e))
    try:
        out.append(max(xs, default=None))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(max([], default=7))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(min(xs, 1))
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [[1, "a"]]
# inputs: [["a", 1]]
# inputs: [[null, 1]]
# inputs: [[[1], [1, 2], [0, 5]]]
# inputs: [[[1], "a"]]
# inputs: [[{"a": 1}, {"a": 2}]]
# inputs: [[]]
# inputs: [[true, 0.5, false]]
# messages


def dict_key_equality(k):
    d = {1: "a", 2.5: "b"}
    e = {True: "a", 2.5: "b"}
    f = {1.0: "a", 2.5: "b"}
    d2 = dict(d)
    d2[True] = "c"
    d2[k] = "k"
    return [d == e, d == f, e == f, list(d2.items()), 1 in e, True in f, k in d, d2]


# inputs: [1]
# inputs: [true]
# inputs: [0]
# inputs: [2.5]
# inputs: ["1"]


def dict_views_ops(d):
    ks = d.keys()
    it = d.items()
    out = [ks & {"a", "x"}, ks | ["z"], ks - {"a"}, ks ^ {"a", "q"}]
    out.append(it & {("a", 1)})
    out.append(sorted(ks))
    d["new"] = 5
    out.append(list(ks))
    out.append(list(it))
    out.append(len(ks))
    out.append(("new", 5) in it)
    out.append(ks == {"a", "b", "new"})
    out.append(d.popitem())
    out.append(d.setdefault("s", []))
    d.update([("p", 1)], q=2)
    d.update({"a": 9}, a=10)
    out.append(d)
    try:
        d.update([("x", 1, 2)])
    except ValueError as e:
        out.append(str(e))
    try:
        d.update(["ab", "c"])
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(d.pop("missing"))
    except KeyError as e:
        out.append("KeyError " + str(e) + repr(e))
    try:
        out.append({}.popitem())
    except KeyError as e:
        out.append("KeyError " + str(e))
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def set_ops(xs, ys):
    a, b = set(xs), set(ys)
    out = [sorted(a ^ b), sorted(a - b), a <= b, a < b, a.isdisjoint(ys)]
    out.append(sorted(a.symmetric_difference(ys)))
    out.append(sorted(a.union(ys, [9])))
    out.append(sorted(a.intersection(ys, xs)))
    try:
        a.remove(99)
    except KeyError as e:
        out.append("KeyError " + str(e))
    try:
        out.append(a | ys)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(set().pop())
    except KeyError as e:
        out.append("KeyError " + str(e))
    try:
        out.append({[1]})
    except TypeError as e:
        out.append(str(e))
    try:
        out.append({xs[0]: 1, ys: 2})
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [[1, 2, 3], [2, 3, 4]]
# inputs: [[1, true, 0], [false, 1.0]]
# messages


def views_with_sets_order(xs, ys):
    # Ints that collide in the hash table: the order shows how the result was built.
    d = dict.fromkeys(xs, 0)
    s = set(ys)
    return [
        list(d.keys() | s),
        list(s | d.keys()),
        list(d.keys() & s),
        list(s & d.keys()),
        list(d.keys() - s),
        list(s - d.keys()),
        list(d.keys() ^ s),
        list(s ^ d.keys()),
        list(d.keys() - ys),
        list(d.keys() ^ ys),
    ]


# inputs: [[1, 9, 17, 2, 33, 25], [41, 9, 3, 57]]
# inputs: [[8, 16, 0, 24, 1, 2, 3, 4, 5], [32, 40, 16, 8, 48]]
# inputs: [[5, 13, 21], [29, 37, 45, 53, 61, 69]]
# inputs: [[1, 9, 17, 25, 33, 41, 49, 57, 65, 73], [1, 9, 17, 25, 33, 41, 49, 57, 65]]
# inputs: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 100, 200]]


def views_with_iterables(d, xs):
    # A keys or items view combines with any iterable, on either side.
    ks = d.keys()
    out = []
    for make in [
        lambda: ks | xs,
        lambda: xs | ks,
        lambda: ks - xs,
        lambda: xs - ks,
        lambda: ks & xs,
        lambda: xs & ks,
        lambda: ks ^ xs,
        lambda: xs ^ ks,
        lambda: d.items() | xs,
        lambda: d.items() - xs,
        lambda: d.items() & xs,
        lambda: d.values() | xs,
    ]:
        try:
            out.append(sorted(make(), key=repr))
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": 1, "b": 2}, ["z", "a"]]
# inputs: [{"a": 1, "b": 2}, "ab"]
# inputs: [{"a": 1, "b": 2}, 5]
# inputs: [{"a": 1, "b": 2}, [["a", 1], ["b", 3]]]
# inputs: [{"a": 1, "b": 2}, null]
# inputs: [{"a": 1, "b": 2}, {"a": 5}]
# inputs: [{"a": 1, "b": 2}, [[1]]]
# messages


def items_view_with_tuples(d):
    pairs = [("a", 1), ("b", 3)]
    return [
        sorted(d.items() & pairs),
        sorted(d.items() - pairs),
        sorted(d.items() | pairs),
        sorted(pairs - d.items()),
        sorted(d.items() ^ set(pairs)),
    ]


# inputs: [{"a": 1, "b": 2}]
# inputs: [{}]


def exception_texts(k):
    out = []
    try:
        {"a": 1}[k]
    except KeyError as e:
        out.append([str(e), repr(e), e.args])
    try:
        [1, 2][k]
    except IndexError as e:
        out.append([str(e), repr(e)])
    except TypeError as e:
        out.append(["TypeError", str(e)])
    try:
        out.append(1 / k)
    except ZeroDivisionError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(1 // k)
    except ZeroDivisionError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(1 % k)
    except ZeroDivisionError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(divmod(1, k))
    except ZeroDivisionError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(k.upper())
    except AttributeError as e:
        out.append(str(e))
    return out


# inputs: [0]
# inputs: ["b"]
# inputs: [5]
# inputs: [null]
# inputs: [[1]]
# inputs: [false]
# messages


def raise_and_args(n):
    try:
        try:
            if n == 0:
                raise ValueError("bad", n)
            if n == 1:
                raise KeyError(n)
            if n == 2:
                raise ValueError()
            raise RuntimeError
        except (ValueError, KeyError) as e:
            raise TypeError("wrapped") from e
    except TypeError as e:
        c = e.__cause__
        return [str(e), str(c), repr(c), list(c.args), len(c.args)]
    except RuntimeError as e:
        return [str(e), repr(e), list(e.args)]


# inputs: [0]
# inputs: [1]
# inputs: [2]
# inputs: [3]


def finally_flow(n):
    log = []
    for i in range(n):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append(i)
            finally:
                log.append("f" + str(i))
        finally:
            log.append("g")
    return log


# inputs: [5]
# inputs: [2]


def finally_return(n):
    def inner():
        try:
            if n > 0:
                return "try"
            raise ValueError("x")
        except ValueError:
            return "except"
        finally:
            if n > 5:
                return "finally"

    return inner()


# inputs: [1]
# inputs: [0]
# inputs: [9]


def unpack_errors(xs):
    out = []
    try:
        a, b = xs
        out.append([a, b])
    except ValueError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        a, *b, c = xs
        out.append([a, b, c])
    except ValueError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        (a, b), c = xs, 1
        out.append([a, b, c])
    except ValueError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    try:
        for p, q in [xs]:
            out.append([p, q])
    except ValueError as e:
        out.append(str(e))
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [[1]]
# inputs: [[1, 2]]
# inputs: [[1, 2, 3]]
# inputs: ["abc"]
# inputs: [{"a": 1, "b": 2}]
# inputs: [5]
# inputs: [null]
# inputs: [[]]
# messages


def chained_side_effects(a, b, c):
    log = []

    def f(x):
        log.append(x)
        return x

    r = [f(a) < f(b) < f(c), f(a) == f(b) != f(c), f(a) < f(b) > f(c) < 100]
    return [r, log]


# inputs: [1, 2, 3]
# inputs: [3, 2, 1]
# inputs: [1, 1, 2]
# inputs: ["a", "b", "c"]


def membership_mixed(x):
    out = []
    for c in ["abc", [1, "a", None, 2.0], {"a": 1, "1": 2}, (1, 2), {1, 2}]:
        try:
            out.append(x in c)
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [1]
# inputs: ["a"]
# inputs: [null]
# inputs: [2]
# inputs: [true]
# inputs: [[1]]
# inputs: [""]
# messages


def bool_none_arith(a, b):
    out = []
    for make in [
        lambda: a + b,
        lambda: a * b,
        lambda: a - b,
        lambda: a / b,
        lambda: a**b,
        lambda: -a,
        lambda: ~a,
        lambda: a & b,
        lambda: a < b,
        lambda: abs(a),
    ]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


# inputs: [true, true]
# inputs: [true, false]
# inputs: [null, 1]
# inputs: [1, null]
# inputs: [false, 2.5]
# inputs: ["a", true]
# messages


def repr_floats(x):
    return [repr(x), str(x), f"{x}", repr([x]), str({"k": x}), repr(-x), str(x * 1.0)]


# inputs: [1e-05]
# inputs: [0.0001]
# inputs: [0.1]
# inputs: [123456789.123]
# inputs: [5e-324]


def special_floats(s):
    x = float(s)
    return [
        repr(x),
        str(x),
        x == x,
        [x],
        f"{x:.2f}",
        f"{x:e}",
        round(x) if x == x and abs(x) < 1e300 else 0,
    ]


# inputs: ["inf"]
# inputs: ["-Infinity"]
# inputs: ["nan"]
# inputs: ["-0"]
# inputs: ["  1_000.5  "]
# inputs: ["1e3"]


def round_half_even(x, nd):
    return [round(x), round(x, nd), round(-x, nd), round(x, -1)]


# inputs: [2.5, 0]
# inputs: [0.125, 2]
# inputs: [0.375, 2]
# inputs: [2.675, 2]
# inputs: [1.5, 0]
# inputs: [-0.5, 0]
# inputs: [25, -1]
# inputs: [35, -1]
# inputs: [1234.5678, -2]
# inputs: [0.5, 5]


def parse_numbers(s):
    out = []
    try:
        out.append(int(s))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(float(s))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(int(s, 0))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(int(s, 16))
    except ValueError as e:
        out.append(str(e))
    return out


# inputs: [" 42 "]
# inputs: ["-1_000"]
# inputs: ["+7"]
# inputs: ["1__0"]
# inputs: ["_1"]
# inputs: ["0x1F"]
# inputs: ["007"]
# inputs: ["1.5"]
# inputs: ["inf"]
# inputs: ["-nan"]
# inputs: ["  +iNfinity "]
# inputs: ["1e5"]
# inputs: [""]
# inputs: ["٣"]
# inputs: ["\u00a012\u2003"]
# inputs: [".5"]
# inputs: ["5."]
# inputs: ["0b101"]
# inputs: ["1_000.000_1"]
# inputs: ["0_0"]
# messages


def pct_mixed(v):
    out = []
    for t in ["%s", "%r", "%5s|", "%-6r|", "%.2s", "%a", "%5.1s|"]:
        try:
            out.append(t % v)
        except TypeError as e:
            out.append(str(e))
    try:
        out.append("%s and %s" % (v, [v]))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%(x)s %(x)r" % {"x": v})
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%s" % [v])
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%d%%" % v)
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: ["ab\u00e9"]
# inputs: [null]
# inputs: [true]
# inputs: [[1, 2]]
# inputs: [{"a": [1]}]
# inputs: [12]
# inputs: [-1.25]
# messages


def pct_tuple_arg(t):
    out = []
    tup = tuple(t)
    try:
        out.append("%s|%s" % tup)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%s" % (tup,))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%s" % tup)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("%(a)s" % tup)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("no specs" % tup)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append("no specs" % {"a": 1})
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [[1, 2]]
# inputs: [[1]]
# inputs: [[]]
# inputs: [["a", "b", "c"]]
# messages


def format_method_more(x):
    out = []
    for t in [
        "{:,}",
        "{:_b}",
        "{:#_o}",
        "{:>+10.3e}",
        "{:^#10x}",
        "{:<07}",
        "{:0=+8.2f}",
        "{:.0%}",
        "{:.3n}",
        "{:>5c}",
        "{:#.3g}",
        "{:-^+12,.2f}",
        "{!r:^12}",
        "{!s:*>4}",
    ]:
        try:
            out.append(t.format(x))
        except ValueError as e:
            out.append("ValueError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
        except OverflowError as e:
            out.append("OverflowError: " + str(e))
    return out


# inputs: [1234567]
# inputs: [-42]
# inputs: [0.000123456]
# inputs: [-1234.5]
# inputs: [true]
# inputs: ["xy"]
# inputs: [null]
# inputs: [1114112]
# inputs: [8364]
# messages


def str_misc(s):
    return [
        s.removeprefix("ab"),
        s.removesuffix("c"),
        s.ljust(0),
        s.split("\n"),
        s.rsplit(None),
        s.strip(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"),
        s.strip(),
        s.count("aa"),
        s.replace("aa", "b"),
        s.rfind(""),
        s.find("", 100),
        s.rindex("") if s else -9,
        s[-100:100],
        s[2:-2:2],
        "-".join(s),
        s.split("a", maxsplit=-1),
        s.rsplit("a", maxsplit=1),
        s.title().swapcase(),
    ]


# inputs: ["aaaa"]
# inputs: ["abcabc"]
# inputs: ["\u1680x\u180ey\u200bz\u2028"]
# inputs: ["\u001c\u001d a \u001e\u001f"]
# inputs: [""]


def format_fields_more(a):
    out = []
    for t in [
        "{0[a]}",
        "{0[0]}",
        "{0[-1]}",
        "{0!r:{1}}",
        "{:{}}",
        "{0:{1}{2}}",
        "{a}",
        "{0.real}",
        "{0[0][0]}",
        "{:%}",
    ]:
        try:
            out.append(t.format(a, 5, "d"))
        except (IndexError, KeyError, TypeError, ValueError, AttributeError) as e:
            out.append(repr(e))
    return out


# inputs: [{"a": 1}]
# inputs: [[10, 20]]
# inputs: ["xyz"]
# inputs: [7]
# messages


def list_ops_more(xs):
    out = []
    a = list(xs)
    a.sort(key=lambda v: v % 3, reverse=True)
    out.append(a)
    out.append(sorted(xs, key=lambda v: -v, reverse=True))
    out.append(xs * -1)
    out.append(xs[len(xs) :: -1])
    out.append(xs < xs + [0])
    out.append([1, 2] < [1, 2.5])
    out.append([xs] == [list(xs)])
    b = list(xs)
    b[1:1] = b
    out.append(b)
    c = list(xs)
    c += c
    out.append(c)
    d = list(xs)
    d[::-1] = d
    out.append(d)
    e = list(xs)
    del e[-2:]
    del e[:0]
    out.append(e)
    out.append(list(reversed(xs)))
    out.append(xs.copy() is xs)
    return out


# inputs: [[5, 3, 9, 1, 4]]
# inputs: [[1]]
# inputs: [[]]


def divmod_pow(a, b):
    out = []
    for make in [
        lambda: divmod(a, b),
        lambda: a % b,
        lambda: a // b,
        lambda: pow(a, b),
        lambda: pow(a, b, 7),
        lambda: abs(a),
        lambda: -a,
    ]:
        try:
            out.append(make())
        except (ZeroDivisionError, TypeError, ValueError) as e:
            out.append(repr(e))
    return out


# inputs: [-7, 2]
# inputs: [7, -2]
# inputs: [-7.5, 2]
# inputs: [7, 0]
# inputs: [2, -1]
# inputs: [0, -1]
# inputs: [true, 2]
# inputs: [-3, 3]
# messages


def nan_counts(xs):
    nan = float("nan")
    ys = xs + [nan]
    return [ys.count(nan), nan in ys, ys.index(nan), sorted([3, 1, 2]), max(xs + [1.5])]


# inputs: [[1, 2]]


def fstring_debug(x, w: int, p: int):
    try:
        return [
            f"{x=}",
            f"{x = }",
            f"{x=:>8}",
            f"{x!r:>{w}}",
            f"{x:{w}.{p}}",
            f"{x:>{w},}",
            f"{x!s:{w}}|",
            f"{w*2=}",
        ]
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [3.14159, 10, 3]
# inputs: ["abc", 6, 2]
# inputs: [12345, 8, 2]
# inputs: [null, 5, 1]
# inputs: [true, 7, 1]
# inputs: [[1, 2], 9, 1]
# messages


def str_keywords(s):
    return [
        s.split(sep=None, maxsplit=1),
        s.rsplit(sep=",", maxsplit=1),
        s.splitlines(keepends=True),
        s.expandtabs(tabsize=4),
        s.replace("a", "", 1),
        s.startswith("a", 0, 1),
        s.count("a", -3),
        s.find("a", -1, 100),
        "".join(reversed(s)),
        "".join(sorted(s)),
        "".join({"k": 1, s: 2}),
        s.zfill(8),
        s.center(9, "."),
        s.center(8, "."),
    ]


# inputs: ["a,b a\tc\r\nd"]
# inputs: ["-a"]
# inputs: ["+"]
# inputs: ["aé"]


def pop_open_receiver(c, k):
    # pop(i) of a list, pop(k) of a dict: an int or str argument is decided at run time
    # (a float is refused: tests/cases/refuse/probes_battery5_refused.py).
    try:
        return [c.pop(k), c]
    except (IndexError, KeyError, TypeError) as e:
        return repr(e)


# inputs: [[1, 2, 3], -1]
# inputs: [[1, 2, 3], 5]
# inputs: [{"a": 1}, "a"]
# inputs: [{"a": 1}, "b"]
# inputs: [[1], "a"]
# messages


def min_max_ties(xs):
    return [
        min(xs, key=lambda p: p[0]),
        max(xs, key=lambda p: p[0]),
        sorted(xs, key=lambda p: p[0])[0],
        min(xs),
        max(xs),
        max(xs, key=len),
        min(range(len(xs)), key=lambda i: xs[i][0]),
    ]


# inputs: [[[1, "a"], [0, "b"], [1, "c"], [0, "d"]]]
# inputs: [[[2.0, "x"], [2, "y"], [true, "z"], [1, "w"]]]


def compare_errors(a, b):
    out = []
    for make in [
        lambda: a < b,
        lambda: a >= b,
        lambda: sorted([a, b]),
        lambda: max(a, b),
    ]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [[1], [1, 2]]
# inputs: [null, 1]
# inputs: ["a", 1]
# inputs: [{"a": 1}, {"a": 1}]
# inputs: [[1, "a"], [1, 2]]
# inputs: [[null], [null]]
# inputs: [[null, 1], [null, 2]]
# inputs: [true, 0.5]
# messages


def percent_open_template_float(s, n):
    # A template of open type with a value known to be a float: "%s" % 2.0 is '2.0'.
    y = n / 2
    out = []
    for make in [
        lambda: s % y,
        lambda: s % (y,),
        lambda: s % (y, 1),
        lambda: s % {"v": y},
        lambda: s.format(y),
    ]:
        try:
            out.append(make())
        except (TypeError, ValueError, KeyError, IndexError) as e:
            out.append(str(e))
    t = s
    try:
        t %= y
        out.append(t)
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: ["%s", 4]
# inputs: ["%r|%s", 4]
# inputs: ["%(v)s %(v)r", 4]
# inputs: ["%d", 5]
# inputs: ["%.1f%%", 3]
# messages


def mod_float_open_operand(a, n):
    # One operand known to be a float: the remainder keeps CPython's sign of zero and
    # names the float in its error.
    y = n / 2
    out = []
    for make in [lambda: a % y, lambda: y % a]:
        try:
            out.append(make())
        except ZeroDivisionError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [-2, 4]
# inputs: [4, -4]
# inputs: [0, -4]
# inputs: [7, 3]
# inputs: [5, 0]
# inputs: [0, 4]
# inputs: [true, 4]
# inputs: [null, 4]
# inputs: ["s", 4]
# inputs: [[1], 4]
# messages


def div_float_open_operand(a, n):
    y = n / 2
    out = []
    for make in [
        lambda: a // y,
        lambda: y // a,
        lambda: a / y,
        lambda: y / a,
        lambda: divmod(a, y),
        lambda: divmod(y, a),
    ]:
        try:
            out.append(make())
        except ZeroDivisionError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [5, 0]
# inputs: [0, 4]
# inputs: [-4, -4]
# inputs: [4, -4]
# inputs: [0, -4]
# inputs: [-1, 1]
# inputs: [true, 4]
# messages


def signed_zero_float_open(a, n):
    y = n / 2  # -0.0 for n = -0.0 is not possible from Dash: made here
    z = -(n * 0.0)
    out = []
    for make in [
        lambda: a * y,
        lambda: y * a,
        lambda: a + z,
        lambda: z + a,
        lambda: z - a,
        lambda: a - z,
        lambda: a * z,
        lambda: z * a,
        lambda: -y * a,
        lambda: y**a,
        lambda: a**y,
    ]:
        try:
            out.append(make())
        except ZeroDivisionError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [0, -4]
# inputs: [0, 4]
# inputs: [-3, 2]
# inputs: [false, 2]
# inputs: [0, 0]
# messages


def format_on_open_receiver(x):
    # Only str has .format: anything else is AttributeError, as CPython has it.
    try:
        return x.format(1)
    except AttributeError as e:
        return "AttributeError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: ["<{}>"]
# inputs: [5]
# inputs: [[1]]
# inputs: [null]
# messages


def format_map_on_open_receiver(x):
    try:
        return x.format_map({"a": 1})
    except AttributeError as e:
        return "AttributeError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: ["<{a}>"]
# inputs: [{"a": 1}]
# inputs: [null]
# messages


def add_sub_float_open(a, n):
    y = n / 2
    out = []
    for make in [lambda: a + y, lambda: y + a, lambda: a - y, lambda: y - a]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: ["s", 4]
# inputs: [[1], 4]
# inputs: [null, 4]
# inputs: [{"a": 1}, 4]
# inputs: [3, 4]
# inputs: [true, 3]
# messages


def odd_counts_and_bools(s, xs):
    out = []
    for make in [
        lambda: s.split(",", -5),
        lambda: s.rsplit(None, -2),
        lambda: s.expandtabs(-1),
        lambda: s.center(-3),
        lambda: s.zfill(-1),
        lambda: s * -1,
        lambda: s[::0],
        lambda: xs[True],
        lambda: xs[None:2],
        lambda: xs[False:True],
        lambda: s[True:],
        lambda: xs.pop(True),
        lambda: s.find(True),
        lambda: s.replace(",", "", True),
        lambda: s.split(",", False),
        lambda: xs.index(xs[0], True) if xs else -1,
        lambda: list(range(True, 3)),
        lambda: s.ljust(True, "*"),
    ]:
        try:
            out.append(make())
        except (TypeError, ValueError, IndexError) as e:
            out.append(repr(e))
    return out


# inputs: ["a,b\tc,d", [1, 2, 3]]
# inputs: ["", [9]]
# messages


def compare_float_open(a, n):
    y = n / 2
    out = []
    for make in [
        lambda: a < y,
        lambda: y <= a,
        lambda: a > y,
        lambda: y >= a,
        lambda: a == y,
    ]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [3, 4]
# inputs: ["s", 4]
# inputs: [null, 4]
# inputs: [[1], 4]
# messages


def chained_compare_float_open(a, n):
    y = n / 2
    try:
        return [0 < y < a, a < y <= 10, a <= y]
    except TypeError as e:
        return str(e)


# inputs: [3, 4]
# inputs: [1, 4]
# inputs: ["s", 4]
# inputs: [null, 4]
# messages


def pow_float_open(a, n):
    y = n / 2
    out = []
    for make in [lambda: a**y, lambda: y**a]:
        try:
            out.append(make())
        except TypeError as e:
            out.append(str(e))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


# inputs: [null, 4]
# inputs: [[1], 4]
# inputs: ["s", 4]
# inputs: [0, -2]
# inputs: [3, 3]
# inputs: [true, -2]
# messages
