# str methods that Dash authors use.


def split_forms(s):
    return [
        s.split(),
        s.split(" "),
        s.split(",", 1),
        s.rsplit(",", 1),
        s.split(maxsplit=1),
        s.rsplit(None, 1),
        s.split(","),
    ]


# inputs: ["  a  b,c ,d  "]
# inputs: [""]
# inputs: ["one"]
# inputs: ["a,b,,c"]


def split_empty_separator(s):
    return s.split("")


# inputs: ["abc"]
# messages


def join_forms(xs):
    return [
        ",".join(xs),
        "".join(xs),
        " - ".join(reversed(xs)),
        "|".join(x.upper() for x in xs),
    ]


# inputs: [["a", "b", "c"]]
# inputs: [[]]


def join_non_strings_raises(xs):
    return ",".join(xs)


# inputs: [[1, 2]]
# messages


def strip_forms(s):
    return [
        s.strip(),
        s.lstrip(),
        s.rstrip(),
        s.strip("x-"),
        s.strip(" x"),
        s.rstrip("-"),
    ]


# inputs: ["  x-hello-x  "]
# inputs: ["--xx--"]
# inputs: ["\t\n text \n"]


def replace_forms(s):
    return [
        s.replace("a", "o"),
        s.replace("a", "o", 1),
        s.replace("", "-"),
        s.replace("aa", "b"),
        s.replace("x", ""),
    ]


# inputs: ["banana"]
# inputs: ["aaaa"]
# inputs: [""]


def starts_ends(s):
    return [
        s.startswith("ab"),
        s.endswith("yz"),
        s.startswith(("x", "a")),
        s.endswith(("", "q")),
        s.startswith("b", 1),
        s.startswith(""),
    ]


# inputs: ["abcxyz"]
# inputs: ["xbq"]


def find_index_count(s):
    return [
        s.find("an"),
        s.find("an", 2),
        s.find("zz"),
        s.rfind("an"),
        s.index("n"),
        s.rindex("a"),
        s.count("a"),
        s.count("an"),
        s.count(""),
        s.find(""),
    ]


# inputs: ["banana"]


def index_missing_raises(s):
    return s.index("zz")


# inputs: ["banana"]
# messages


def case_methods(s):
    return [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]


# inputs: ["hello wORLD it's o'neil"]
# inputs: ["ÉCOLE straße"]
# inputs: ["123abc DEF-ghi"]
# inputs: [""]


def padding(s):
    return [
        s.zfill(5),
        s.ljust(6),
        s.rjust(6, "*"),
        s.center(7),
        s.center(8, "-"),
        s.ljust(1),
        "-5".zfill(4),
        "+7".zfill(3),
    ]


# inputs: ["ab"]
# inputs: ["42"]
# inputs: ["toolongvalue"]


def predicates(s):
    return [
        s.isdigit(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.isupper(),
        s.islower(),
        s.isnumeric(),
        s.isdecimal(),
        s.istitle(),
    ]


# inputs: ["123"]
# inputs: ["abc"]
# inputs: ["Abc Def"]
# inputs: ["  "]
# inputs: [""]
# inputs: ["ABC1"]
# inputs: ["é"]
# inputs: ["½"]


def partition_forms(s):
    return [s.partition("="), s.rpartition("="), s.partition("?")]


# inputs: ["key=value=x"]


def splitlines_forms(s):
    return [s.splitlines(), s.splitlines(True)]


# inputs: ["a\nb\r\nc\n"]
# inputs: [""]


def prefix_suffix(s):
    return [s.removeprefix("pre"), s.removesuffix(".py"), s.removeprefix("zz")]


# inputs: ["prefix.py"]


def format_method(tpl, value):
    return tpl.format(value, name=value)


# inputs: ["<{}>", 3]
# inputs: ["{name}: {0:>4}", "ab"]


def string_iteration(s):
    out = []
    for ch in s:
        out.append(ch)
    return [out, list(s), [c for c in s if c.isalpha()], len(s)]


# inputs: ["a1b😀"]


def string_comparison(a, b):
    return [a < b, a == b, a > b, min(a, b), sorted([a, b])]


# inputs: ["apple", "Apple"]
# inputs: ["é", "z"]
# inputs: ["😀", "\uffff"]


def string_methods_chain(s):
    return s.strip().lower().replace(" ", "_").title()


# inputs: ["  Hello World  "]


def expandtabs_and_ljust_table(rows):
    return "\n".join(name.ljust(8) + str(v).rjust(4) for name, v in rows)


# inputs: [[["a", 1], ["bbb", 100]]]


def strings_are_immutable(s):
    try:
        s[0] = "x"
    except TypeError:
        return "immutable"
    return s


# inputs: ["abc"]


def str_multiplication_and_in(s):
    return [s * 2, "-" * 5, s in s * 3, (s * 0) == ""]


# inputs: ["ab"]


def unicode_lengths(s):
    return [len(s), s[0], s[-1], s[::-1], s.upper()]


# inputs: ["😀é"]
# inputs: ["ß"]


def identifier_checks(names):
    return [[n, n.isidentifier(), n.isascii()] for n in names]


# inputs: [["ok_1", "1no", "é", "x-y", ""]]


def identifier_checks_typed(n: str):
    return [n.isidentifier(), n.isascii()]


# inputs: ["abc"]
