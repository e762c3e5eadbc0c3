# `for ch in text:` read only as `ord(ch)` binds the code point (code_points.py): astral
# characters count once, lone surrogates are their own code points, and over anything
# but a str ord() still raises where Python's does.


def djb2(ids: list[str], buckets: int):
    out = []
    for s in ids:
        h = 5381
        for ch in s:
            h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF
        out.append(h % buckets)
    return out


# inputs: [["abc", "", "h\u00e9llo", "\ud83d\ude00x", "a\ud800b", "\udc00\ud800"], 7]


def points(text):
    total = 0
    for ch in text:
        if ord(ch) > 127:
            total += ord(ch)
    return (
        total,
        [ord(c) for c in text],
        {ord(c): ord(c) % 7 for c in text if ord(c) > 100},
    )


# inputs: ["a\ud83d\ude00\u00e9"]
# inputs: [""]
# inputs: [["a", "bc"]]
# inputs: [["a", 5]]
# inputs: [{"x": 1, "yz": 2}]
# inputs: [null]


def last_point(text: str):
    for ch in text:
        pass
    return ord(ch)


# inputs: ["ab\ud83d\ude00"]
# inputs: [""]


def used_otherwise(text: str):
    seen = []
    for ch in text:
        seen.append(ord(ch))
    return seen, ch


# inputs: ["x\ud83d\ude00"]


def nested_names(words: list[str]):
    return [sum(ord(c) for c in w) for w in words], [[ord(c) for c in w] for w in words]


# inputs: [["ab", "\ud83d\ude00", ""]]


def ord_only_sometimes(items):
    out = []
    for ch in items:
        if isinstance(ch, str):
            out.append(ord(ch))
    return out


# inputs: ["ab"]
# inputs: [["a", 1, "b"]]


def caesar(text: str, shift: int):
    out = []
    for ch in text:
        code = ord(ch)
        if 97 <= code <= 122:
            out.append(chr((code - 97 + shift) % 26 + 97))
        else:
            out.append(chr(code))
    return "".join(out)


# inputs: ["hello, w\u00f6rld \ud83d\ude00", 3]
# inputs: ["xyz", -29]
