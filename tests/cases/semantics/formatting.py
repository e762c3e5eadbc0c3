# f-strings with format specs and conversions, %-formatting, str.format.


def fstring_specs(x):
    return [
        f"{x:.2f}",
        f"{x:8.3f}",
        f"{x:<8.1f}|",
        f"{x:+.1f}",
        f"{x:e}",
        f"{x:.3g}",
        f"{x:.1%}",
        f"{x:,.2f}",
        f"{x:_>10.2f}",
    ]


# inputs: [3.14159]
# inputs: [-0.5]
# inputs: [1234567.891]
# inputs: [0.125]
# inputs: [2.675]


def fstring_int_specs(n):
    return [
        f"{n:03d}",
        f"{n:>6}",
        f"{n:<6}|",
        f"{n:^7}",
        f"{n:,}",
        f"{n:x}",
        f"{n:#x}",
        f"{n:b}",
        f"{n:o}",
        f"{n:+d}",
        f"{n: d}",
        f"{n:08.2f}",
        f"{n:_}",
        f"{n:=+8}",
    ]


# inputs: [7]
# inputs: [-42]
# inputs: [1234567]
# inputs: [0]


def fstring_str_specs(s):
    return [
        f"{s:>8}",
        f"{s:<8}|",
        f"{s:^9}",
        f"{s:*^9}",
        f"{s:.2}",
        f"{s!r}",
        f"{s!s}",
        f"[{s:10.3}]",
    ]


# inputs: ["abc"]
# inputs: ["it's"]
# inputs: ["a\"b"]
# inputs: [""]


def fstring_repr(x):
    return f"value={x!r} str={x!s} plain={x}"


# inputs: ["text"]
# inputs: [[1, "a", null]]
# inputs: [{"k": [true, 1.5]}]
# inputs: [null]
# inputs: [2.5]


def fstring_nested_spec(x, width, prec):
    return f"{x:>{width}.{prec}f}|{x:{width}}"


# inputs: [3.14159, 10, 2]
# inputs: [2.5, 6, 0]


def fstring_expressions(items):
    return f"{len(items)} items, first={items[0] if items else None}, total={sum(items):.1f}, {'many' if len(items) > 2 else 'few'}"


# inputs: [[1, 2, 3]]
# inputs: [[]]


def fstring_rounding(x: float):
    return [f"{x:.0f}", f"{x:.1f}", f"{x:.2f}", f"{x:g}"]


# inputs: [0.5]
# inputs: [1.5]
# inputs: [2.5]
# inputs: [0.05]
# inputs: [1.005]
# inputs: [1e-10]
# inputs: [123456789.5]


def fstring_int_of_float_value(n):
    x = n / 1
    return [f"{x}", f"{x:.0f}", f"{x:g}", f"{x:n}", f"{n:n}", f"{n:.2%}"]


# inputs: [3]
# inputs: [1000000]


def format_spec_errors(x):
    return f"{x:d}"


# inputs: [1.5]
# inputs: ["a"]
# messages


def fstring_bool_none(b):
    return [f"{b}", f"{b!r}", f"{None}", f"{b:>6}", f"{b:d}"]


# inputs: [true]
# inputs: [false]


def fstring_braces(x):
    return f"{{x}} = {x} {{}}"


# inputs: [1]


def percent_format(name, n, x):
    return [
        "%s has %d items" % (name, n),
        "%5.2f|%-6s|%03d" % (x, name, n),
        "%r" % name,
        "%x %o %e" % (n, n, x),
        "%s" % [n, name],
        "%(name)s=%(n)d" % {"name": name, "n": n},
        "100%% %s" % name,
        "%+d %i" % (n, n),
        "%.3g %g" % (x, x),
        "%c" % 65,
    ]


# inputs: ["box", 12, 3.14159]
# inputs: ["", 0, -0.5]


def percent_single_value(x):
    return "<%s>" % x


# inputs: ["a"]
# inputs: [3]
# inputs: [null]
# inputs: [[1, 2]]


def percent_errors(a):
    return "%s and %s" % (a,)


# inputs: ["x"]
# messages


def percent_too_many(a):
    return "%s" % (a, a)


# inputs: ["x"]
# messages


def str_format_calls(name, n: int, x):
    return [
        "{} has {} items".format(name, n),
        "{1}-{0}-{1}".format(name, n),
        "{who}: {num:>5}".format(who=name, num=n),
        "{0:.2f} {0:e}".format(x),
        "{:{w}.{p}f}".format(x, w=9, p=3),
        "{0!r:>10}".format(name),
        "{d[k]} {l[1]}".format(d={"k": name}, l=[n, x]),
        "{{}} {}".format(n),
        "{:%}".format(x / 10),
    ]


# inputs: ["box", 12, 3.14159]
# inputs: ["it", 0, 0.5]


def str_format_errors(n):
    return "{} {}".format(n)


# inputs: [1]


def join_formatted_table(rows):
    lines = []
    for row in rows:
        lines.append(f"{row['name']:<10}{row['qty']:>5d}{row['price']:>10.2f}")
    return "\n".join(lines)


# inputs: [[{"name": "apple", "qty": 3, "price": 1.5}, {"name": "kiwi", "qty": 12, "price": 0.25}]]


def fixed_point_ties_and_groups(x: float):
    return [
        f"{x:.2f}",
        f"{x:.1f}",
        f"{x:.0f}",
        f"{x:#.0f}",
        f"{x:>14,.2f}",
        f"{x:010,.1f}",
        f"{x:.1%}",
        f"{-x:+.2f}",
        f"{x:z.0f}",
    ]


# inputs: [0.125]
# inputs: [0.375]
# inputs: [2.5]
# inputs: [3.5]
# inputs: [94984.25]
# inputs: [1234567.875]
# inputs: [0]
# inputs: [-0.5]
# inputs: [1e21]
# inputs: [123456789.0]
# inputs: [0.004]


def money_and_percent(rows):
    return [f"{r['v']:>12,.2f}|{r['p']:>7.1%}|{r['v']:+.0f}|{r['v']:_f}" for r in rows]


# inputs: [[{"v": 1234567.891, "p": 0.1234}, {"v": -2.5, "p": 1}, {"v": 0.125, "p": -0.0005}]]
# inputs: [[{"v": 1e22, "p": 2.5}]]


def fixed_specs_refuse_what_cpython_refuses(v):
    try:
        return f"{v:.2f}"
    except ValueError as e:
        return str(e)
    except TypeError as e:
        return str(e)


# inputs: ["text"]
# inputs: [null]
# inputs: [3]
# inputs: [true]


def typed_numbers(n: int, x: float):
    total = n * x
    return [f"{n:,.1f}", f"{x:^10.3f}", f"{total:.2%}", f"{n / 3:.4F}"]


# inputs: [1234, 0.5]
# inputs: [-7, 2.675]


def labels_of_open_values(rows):
    return [
        f"{r['name']:<8}|{r['rank']:04d}|{r['n']:>6,d}|{r['name']:^7}" for r in rows
    ]


# inputs: [[{"name": "ab", "rank": 7, "n": 12345}, {"name": "é𝔘x", "rank": -3, "n": -5}]]


def open_values_of_the_wrong_kind(v):
    out = []
    for spec_case in range(3):
        try:
            if spec_case == 0:
                out.append(f"{v:04d}")
            elif spec_case == 1:
                out.append(f"{v:<6}")
            else:
                out.append(f"{v:>8,d}")
        except (ValueError, TypeError) as e:
            out.append(str(e))
    return out


# inputs: [2.5]
# inputs: ["text"]
# inputs: [null]
# inputs: [true]
# inputs: [12]


def typed_ints_and_text(n: int, s: str):
    return [f"{n:+05d}", f"{n:_d}", f"{s:*^9}", f"{s:10}|"]


# inputs: [1234567, "mid"]
# inputs: [-42, ""]


def typed_int_without_a_type_letter(n: int):
    return [f"{n:,}", f"{n:>6}", f"{n:<6}|", f"{n:_}", f"{len(str(n)):03}"]


# inputs: [1234567]
# inputs: [-5]


def str_format_float_keywords(n: int):
    v = n / 2
    return [
        "{x}".format(x=2.0),
        "{x}|{y}".format(x=v, y=n),
        "{x[0]} {x}".format(x=[v]),
        "{0[k]} {w[1]}".format({"k": v}, w=(v, v)),
        "{a:.1f} {b!r}".format(a=v, b=v),
    ]


# inputs: [4]
# inputs: [3]


def open_values_padded(row):
    # A width and alignment on a value of open type: text pads as text, an int as with
    # `d`, anything else (floats, bools, None) through the engine or its TypeError.
    try:
        return [
            f"{row['v']:>5}|",
            f"{row['v']:<6}|",
            f"{row['v']:*^7}|",
            f"{row['v']:3}|",
        ]
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [{"v": 42}]
# inputs: [{"v": -7}]
# inputs: [{"v": 0}]
# inputs: [{"v": 1234567}]
# inputs: [{"v": 9007199254740992}]
# inputs: [{"v": 1000000000000000000000}]
# inputs: [{"v": "ab"}]
# inputs: [{"v": "długo"}]
# inputs: [{"v": 2.5}]
# inputs: [{"v": -0.0}]
# inputs: [{"v": true}]
# inputs: [{"v": null}]
# inputs: [{"v": [1]}]


# An empty spec formats a container of floats as str() does: 2.0, not 2.
def float_containers_empty_spec(v):
    a = float(v)
    xs = [a, a / 2]
    t = (a, -a)
    return [
        f"{t:}",
        format(t),
        "{0:}".format(t),
        f"{xs!s:}",
        f"{xs!r:}",
        f"{[a]:}",
        f"{(a,):}",
        format([a]),
        format((a, a)),
        format(t, ""),
        f"{t:}|{xs!s}",
        format({"q": a}),
        format({a}),
        f"{t=:}",
    ]


# inputs: [2]


def superscript_field_name(x: float):
    """A field name of digits that are no decimal digits (`²`) is a keyword's name."""
    try:
        return "{²:.2f}".format(x)
    except KeyError as e:
        return repr(e)


# inputs: [2.5]


def percent_each_value_by_its_conversion(x: float, y: float, name):
    # Each item of a tuple display goes with its own conversion: a sum that may be an
    # int or a float prints the same under %.2f, %e or %d beside a %s of something else.
    t = x + y
    return [
        "%.2f %s" % (t, name),
        "%s: %.1f%%" % (name, t),
        "%5.1e|%-6s|" % (t, "ab"),
        "%d %s" % (t, "n"),
        "%*s|%.3g" % (4, name, t),
    ]


# inputs: [1.5, 1.5, "a"]
# inputs: [1, 2, 3]
# inputs: [-0.25, 0, null]


# An item under %s prints as str() prints it: a sum of Dash's numbers there (an int, or
# a float that keeps its fraction) prints as `str(a + b)` does.
def percent_s_of_dash_arithmetic(t: float, n: int, name):
    return [
        "%s" % (t * n,),
        "%s: %.1f" % (name, t + n),
        "%5s|%-6s|%.2s" % (t + n, t - n, n + t),
        "%s %r" % (t + 1, "a"),
        "%*s" % (n, t + n),
    ]


# inputs: [1.5, 2, "a"]
# inputs: [2, 3, null]
# inputs: [0.1, 0, [1, 2]]


# CPython 3.11 compiles a %-format of only %s, %r and %a conversions, with its tuple
# written out, as an f-string: each item is printed before the next is evaluated. With
# another conversion it builds the tuple first and prints after.
def percent_items_printed_in_place(xs):
    xs = list(xs)
    d = {}
    return [
        "%s %s" % (xs, xs.pop()),
        "%-12r|%5s" % (d, d.setdefault("k", 1)),
        "%s %d" % (xs, xs.pop()),
        "%%s %s %.2a" % (xs, xs.append("é")),
    ]


# inputs: [[1, 2, 3]]


# CPython gives up its f-string form at a third digit of a width or precision, and folds a
# template made of constants (`("%s " * 2)`) before it looks at the %.
def width3_in_place(xs):
    xs = list(xs)
    return "%100s|%s" % (xs, xs.pop())


# inputs: [[1, 2, 3]]


def folded_template(xs):
    xs = list(xs)
    return ("%s " * 2) % (xs, xs.pop())


# inputs: [[1, 2, 3]]


def precision_from_a_field(v, digits):
    return [
        f"{v:.{digits}f}",
        f"{abs(v):,.{digits}f}",
        f"{v:>{digits + 6}.2e}",
        f"{v:.{digits}%}",
    ]


# inputs: [2, 1]
# inputs: [2.5, 0]
# inputs: [-1234.5678, 2]
# inputs: [0.5, "x"]
# inputs: ["a", 1]
# messages
