# Probes: str methods with regex-special and replacement-pattern characters.
def replace_dollar_patterns(s, new):
    return [s.replace(".", new), s.replace(".", new, 1), s.replace("a", new)]


# inputs: ["a.b.c", "$&$&"]
# inputs: ["a.b.c", "$1"]
# inputs: ["a.b.c", "$$"]
# inputs: ["a.b.c", "$`"]
# inputs: ["a.b.c", "$'"]
# inputs: ["a.b.c", "$<name>"]


def split_regex_chars(s):
    return [
        s.split("."),
        s.split("|"),
        s.split("*"),
        s.split("\\"),
        s.split("(?"),
        s.rsplit(".", 1),
        s.partition("|"),
    ]


# inputs: ["a.b|c*d\\e(?f"]


def find_count_regex_chars(s):
    return [
        s.find("."),
        s.count("."),
        s.count(".*"),
        s.startswith(".*"),
        ".*" in s,
        s.strip(".*"),
        s.index("$"),
    ]


# inputs: [".*a.*b$"]


def format_with_dollar_and_braces(s):
    return [
        f"{s}$&",
        "{}".format(s),
        "%s" % s,
        s.join(["$1", "$2"]),
        s.center(9, "$"),
        s.zfill(6),
    ]


# inputs: ["$&"]


def translate_like_replace_chain(s):
    for a, b in [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")]:
        s = s.replace(a, b)
    return s


# inputs: ["<a href=\"x\">Tom & Jerry</a>"]
