# Probes: Python's whitespace and case rules versus JS's on unusual characters.
def ws_strip_split(s):
    return [s.strip(), s.split(), s.isspace(), len(s.strip()), s.lstrip(), s.rstrip()]


# inputs: ["\u001ca\u001f"]
# inputs: ["\u001d\u001e"]
# inputs: ["\u0085x\u0085"]
# inputs: ["\ufeffa\ufeff"]
# inputs: ["\u200ba\u200b"]
# inputs: ["\u180ea"]
# inputs: ["\u2028a\u2029"]
# inputs: ["\u000ba\u000c"]
# inputs: ["\u00a0a\u202f\u205f"]


def splitlines_variants(s):
    return [s.splitlines(), s.splitlines(True), len(s.splitlines())]


# inputs: ["a\u000bb\u000cc\u001cd\u001de\u001ef\u0085g\u2028h\u2029i"]
# inputs: ["a\r\n\r\nb\n"]
# inputs: [""]
# inputs: ["\n"]


def case_mapping_edges(s):
    return [
        s.upper(),
        s.lower(),
        s.title(),
        s.capitalize(),
        s.swapcase(),
        s.casefold(),
        len(s.upper()),
    ]


# inputs: ["ﬀ ŉ ǰ ΐ"]
# inputs: ["ᾳ ῼ"]
# inputs: ["İı"]
# inputs: ["ΑΣ ΑΣΑ"]
# inputs: ["𐐨𐐀"]
# inputs: ["ǅ ǈ"]
# inputs: ["a1b2 c_d-e"]


def predicates_edges(s):
    return [
        s.isalpha(),
        s.isalnum(),
        s.isdigit(),
        s.isdecimal(),
        s.isnumeric(),
        s.isupper(),
        s.islower(),
        s.istitle(),
    ]


# inputs: ["ǅ"]
# inputs: ["Ⅻ"]
# inputs: ["𝟘𝟙"]
# inputs: ["ⅰ"]
# inputs: ["ªº"]
# inputs: ["a\u0301"]
# inputs: ["〇"]
# inputs: ["٣"]
# inputs: ["AB1"]
# inputs: ["ß"]


def int_of_unicode_digits(s):
    try:
        return int(s)
    except ValueError:
        return "ValueError"


# inputs: ["𝟘𝟙"]
# inputs: ["٣٤"]
# inputs: ["²"]
# inputs: ["\u00a012\u2003"]
# inputs: ["1\u00a02"]


def float_of_unicode(s):
    try:
        return float(s)
    except ValueError:
        return "ValueError"


# inputs: ["٣.٥"]
# inputs: ["\u20031.5\u2003"]


def center_ljust_odd(s, w: int):
    return [s.center(w), s.center(w, "*"), s.ljust(w, "."), s.rjust(w, ".")]


# inputs: ["a", 4]
# inputs: ["ab", 5]
# inputs: ["abc", 6]
# inputs: ["", 3]


def split_maxsplit_edges(s):
    return [
        s.split(None, 0),
        s.split(" ", 0),
        s.rsplit(None, 0),
        s.split(maxsplit=-1),
        s.rsplit(" ", 2),
        s.split(",", -5),
    ]


# inputs: ["  a b  c  "]
# inputs: ["a,b,c"]


def replace_count_edges(s):
    return [
        s.replace("a", "b", 0),
        s.replace("a", "b", -1),
        s.replace("", "|", 2),
        s.count("", 2),
        s.find("", 10),
        s.rfind(""),
        s.startswith(""),
        s.endswith("", 10),
    ]


# inputs: ["aaa"]
