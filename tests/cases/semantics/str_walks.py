# A str is walked by index: a surrogate pair (a character above U+FFFF) is one
# character, a lone surrogate half another, as CPython's str iterator gives them; the
# str rebound in the body does not change the walk.


def chars(s: str):
    out = []
    for ch in s:
        out.append([ch, ord(ch)])
    return out


# inputs: ["a😀b"]
# inputs: ["😀"]
# inputs: [""]
# inputs: ["\ud83d"]
# inputs: ["x\ud83d"]
# inputs: ["\ude00\ud83d\ude00\ud83d"]
# inputs: ["é\u0301"]


def counted(s: str):
    return [f"{i}:{ch}" for i, ch in enumerate(s, 1)]


# inputs: ["ab😀c😀"]
# inputs: ["\ud83dz"]


def rebound_and_skipped(s: str):
    out = []
    for ch in s:
        s = "zzz"
        if ch == "😀":
            continue
        if ch == "!":
            break
        out.append(ch)
    else:
        out.append("end")
    return [out, s]


# inputs: ["a😀b!c"]
# inputs: ["😀😀"]
# inputs: ["q"]


def unpacked_targets(s: str):
    seen = {}
    out = []
    for (a,) in s:
        out.append(a)
    for seen["last"] in s:
        pass
    return [out, seen]


# inputs: ["x😀y"]
# inputs: [""]


def nested_comprehension(words: list[str]):
    return {w: [c for c in w if c != "-"] for w in words}


# inputs: [["a-b", "😀-😀", ""]]


def open_type(s):
    total = 0
    for ch in s:
        total += ord(ch) if isinstance(ch, str) else ch
    return total


# inputs: ["ab😀"]
# inputs: [[1, 2]]
