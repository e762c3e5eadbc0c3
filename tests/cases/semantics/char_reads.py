# A str loop whose name is only asked about one character (`c.isdigit()`, `int(c)`,
# `c == "x"`, `ord(c)`) binds the code point (code_points.py): each answer must be
# CPython's for ASCII, other scripts, astral characters and lone surrogates. (The Luhn
# checksum of reversed_loops.py is one such loop too.)


def classify(text: str):
    counts = {"digit": 0, "alpha": 0, "space": 0, "upper": 0, "lower": 0, "alnum": 0}
    dec = num = comma = other = 0
    for c in text:
        if c.isdigit():
            counts["digit"] += 1
        if c.isalpha():
            counts["alpha"] += 1
        if c.isspace():
            counts["space"] += 1
        if c.isupper():
            counts["upper"] += 1
        if c.islower():
            counts["lower"] += 1
        if c.isalnum():
            counts["alnum"] += 1
        if c.isdecimal():
            dec += 1
        if c.isnumeric():
            num += 1
        if c == "," or "." == c:
            comma += 1
        elif c != "\U0001f600":
            other += 1
    return counts, dec, num, comma, other


# inputs: ["Hello, World. 123"]
# inputs: ["\u001c\u001f\u0085\u00a0\u2028 \t\n\u000b\u000c\r_"]
# inputs: ["\u00df\u0130\u01c5\u2167\u00bd\u0663\u00b2\u4e00\ud835\udc00\ud83d\ude00\ud800x\udc00"]
# inputs: [""]


def parse_number(text: str):
    value = 0
    for c in text:
        if c == "_":
            continue
        value = value * 10 + int(c)
    return value


# inputs: ["12_345"]
# inputs: ["\u0661\u0662"]
# inputs: ["1a"]
# inputs: ["1 "]
# inputs: ["\u00b2"]
# inputs: ["\ud83d\ude00"]


def vowels(words: list[str]):
    return {w: sum(1 for c in w.lower() if c == "a" or c == "e") for w in words}


# inputs: [["Banana", "tree", "", "\u00c9t\u00e9"]]


def not_only_reads(text: str):
    out = []
    for c in text:
        if c.isdigit():
            out.append(c)
    return out


# inputs: ["a1\u0663\ud83d\ude00"]


def compared_with_longer(text: str):
    n = 0
    for c in text:
        if c == "ab" or c == "":
            n += 1
        elif c.isupper():
            n += 10
    return n


# inputs: ["aBab"]
