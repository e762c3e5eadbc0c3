# Probes: str methods with whitespace, unicode and astral characters.


def split_variants(s):
    return [
        s.split(),
        s.split(" "),
        s.split(",", 1),
        s.rsplit(",", 1),
        s.split(None, 1),
        s.rsplit(None, 1),
        s.splitlines(),
    ]


# inputs: ["  a  b\tc\n d  "]
# inputs: ["a,b,,c"]
# inputs: [""]
# inputs: ["x\r\ny\rz\n"]
# inputs: ["\u00a0a\u2003b\u3000"]
# inputs: ["a\u2028b\u0085c\u001cd"]


def split_empty_sep(s):
    try:
        return s.split("")
    except ValueError:
        return "ValueError"


# inputs: ["abc"]


def strip_variants(s):
    return [
        s.strip(),
        s.lstrip(),
        s.rstrip(),
        s.strip("xy"),
        s.strip(""),
        s.rstrip("\n"),
        s.lstrip("ab"),
    ]


# inputs: ["  xyhixy  "]
# inputs: ["xyhiyx"]
# inputs: ["\u00a0\u2003hi\u3000\n"]
# inputs: ["aabbc"]


def case_methods(s):
    return [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()]


# inputs: ["hello world"]
# inputs: ["ǆungla ßtraße"]
# inputs: ["they're bill's friends"]
# inputs: ["ﬁnance İstanbul"]
# inputs: ["hELLO 3rd wORLD x2y"]
# inputs: ["ΣΊΣΥΦΟΣ σ"]
# inputs: ["ŉ"]


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
# inputs: ["²"]
# inputs: ["½"]
# inputs: ["١٢٣"]
# inputs: ["abc"]
# inputs: ["Éé"]
# inputs: [""]
# inputs: [" \t"]
# inputs: ["ABC1"]
# inputs: ["Hello World"]
# inputs: ["_x1"]
# inputs: ["日本"]
# inputs: ["1a"]


def find_count_replace(s, sub):
    return [
        s.find(sub),
        s.rfind(sub),
        s.count(sub),
        s.replace(sub, "#"),
        s.replace(sub, "#", 1),
        s.startswith(sub),
        s.endswith(sub),
        s.partition(sub),
        s.rpartition(sub),
    ]


# inputs: ["banana", "an"]
# inputs: ["banana", ""]
# inputs: ["a😀b😀", "😀"]
# inputs: ["aaa", "aa"]
# inputs: ["", ""]
# inputs: ["abc", "z"]


def find_with_bounds(s):
    return [
        s.find("a", 2),
        s.find("a", -2),
        s.find("a", 1, 3),
        s.count("a", 1),
        s.index("n", 3),
        s.startswith("an", 1),
        s.endswith("an", 0, 5),
        s.startswith(("x", "b")),
    ]


# inputs: ["banana"]


def index_not_found(s):
    try:
        return s.index("z")
    except ValueError as e:
        return str(e)


# inputs: ["abc"]
# messages


def justify(s, w: int):
    return [
        s.ljust(w),
        s.rjust(w, "*"),
        s.center(w),
        s.center(w, "-"),
        s.zfill(w),
        ("-" + s).zfill(w),
        ("+" + s).zfill(w),
    ]


# inputs: ["ab", 5]
# inputs: ["abc", 6]
# inputs: ["abc", 2]
# inputs: ["😀", 4]


def join_cases(xs):
    return [
        ",".join(xs),
        "".join(reversed(xs)),
        "-".join(x.upper() for x in xs),
        " ".join(sorted(xs)),
    ]


# inputs: [["b", "a", "c"]]
# inputs: [[]]


def join_non_str(xs):
    try:
        return ",".join(xs)
    except TypeError:
        return "TypeError"


# inputs: [[1, 2]]
# inputs: [["a", null]]


def len_unicode(s):
    return [len(s), len(s.upper()), s[::-1], list(s), [ord(c) for c in s]]


# inputs: ["😀é"]
# inputs: ["e\u0301"]
# inputs: ["👨‍👩‍👧"]


def chr_ord(n: int):
    try:
        return [chr(n), ord(chr(n)), hex(n), oct(n), bin(n)]
    except ValueError:
        return "ValueError"


# inputs: [128512]
# inputs: [65]
# inputs: [-1]
# inputs: [1114112]
# inputs: [0]


def hex_neg(n: int):
    return [hex(n), oct(n), bin(n), f"{n:x}", f"{n:#x}"]


# inputs: [-255]


def str_mul_and_compare(s):
    return [s * 3, s * 0, s < s + "a", s[:1] * -1]


# inputs: ["ab"]


def expandtabs_and_others(s):
    return [
        s.expandtabs(4),
        s.removeprefix("a"),
        s.removesuffix("c"),
        s.translate({97: "A"}) if False else s,
    ]


# inputs: ["a\tbc"]


def strip_then_split_fields(line):
    parts = [p.strip() for p in line.split(",") if p.strip()]
    return {p.split("=")[0]: p.split("=", 1)[-1] for p in parts}


# inputs: [" a=1 , b = 2,, c=x=y "]


def str_iteration(s):
    out = []
    for i, ch in enumerate(s):
        out.append(f"{i}{ch}")
    return out


# inputs: ["a😀b"]


def str_contains_surrogate_slicing(s):
    return [s[1:2], s[-1], s[1:], s.find("b"), s.index("b"), s.rfind("😀")]


# inputs: ["😀b😀"]


def format_unicode_width(s):
    return [f"{s:>5}|", f"{s:^5}|", s.center(5, "😀"), f"{s:😀<5}"]


# inputs: ["😀"]
# inputs: ["é"]


def str_constructor(x):
    return [str(x), repr(x)]


# inputs: ["é😀\n"]
# inputs: [null]
# inputs: [[1, "a"]]
# inputs: [{"a": [true, null]}]
