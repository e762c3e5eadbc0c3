# `match` statements: each case tried in order; literal patterns compare with ==
# (True matches 1), None/True/False with `is`; sequences are lists and tuples, not
# strs; mappings are dicts, extra keys allowed; captures bound once the whole pattern
# matched, before the guard.
from dash import no_update


def by_trigger(trigger, n):
    match trigger:
        case "reset":
            return 0
        case "add" | "plus":
            return (n or 0) + 1
        case None:
            return no_update
        case _:
            return f"unknown {trigger!r}"


# inputs: ["reset", 4]
# inputs: ["add", null]
# inputs: ["plus", 2]
# inputs: [null, 1]
# inputs: ["other", 1]
# inputs: [1, 1]


def literals(x):
    match x:
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case True:
            return "true"
        case False:
            return "false"
        case -3:
            return "minus three"
        case "":
            return "empty"
    return "none of them"


# inputs: [1]
# inputs: [1.0]
# inputs: [true]
# inputs: [false]
# inputs: [0]
# inputs: [2.5]
# inputs: [-3]
# inputs: [""]
# inputs: [null]
# inputs: [[1]]


def sequences(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last]:
            return f"{first!r} {middle!r} {last!r}"
    return "no sequence"


# inputs: [[]]
# inputs: [[1]]
# inputs: [["a", "b"]]
# inputs: [[1, 2, 3, 4]]
# inputs: [[1, 2, 3]]
# inputs: ["ab"]
# inputs: [{"a": 1}]
# inputs: [null]


def starred_ends(value):
    match value:
        case [*head, "end"]:
            return head
        case ["start", *_]:
            return "starts"
        case [*_, [a, b]]:
            return a + b
    return None


# inputs: [["a", "end"]]
# inputs: [["end"]]
# inputs: [["start", 1, 2]]
# inputs: [[1, [2, 3]]]
# inputs: [[1, [2]]]
# inputs: [[]]


def mappings(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return ["click", x, y]
        case {"type": "key", "key": str(key)}:
            return ["key", key.upper()]
        case {"type": kind, **rest}:
            return [kind, rest]
        case {}:
            return "a dict"
    return "no dict"


# inputs: [{"type": "click", "x": 1, "y": 2, "extra": 3}]
# inputs: [{"type": "key", "key": "a"}]
# inputs: [{"type": "key", "key": 5}]
# inputs: [{"type": "scroll", "dy": -1, "dx": 0}]
# inputs: [{"kind": "x"}]
# inputs: [{}]
# inputs: [[1]]
# inputs: ["type"]


def class_patterns(value):
    match value:
        case bool():
            return "bool"
        case int(n) if n > 10:
            return f"big int {n}"
        case int() | float():
            return "number"
        case str() as text:
            return "str of " + str(len(text))
        case list([x, *_]):
            return x
        case dict():
            return "dict"
    return "other"


# inputs: [true]
# inputs: [12]
# inputs: [3]
# inputs: [2.5]
# inputs: ["abc"]
# inputs: [[7, 8]]
# inputs: [[]]
# inputs: [{}]
# inputs: [null]


def guards_bind_first(points):
    out = []
    for p in points:
        match p:
            case [x, y] if x == y:
                out.append(["diagonal", x])
            case [x, y] if x > y:
                out.append(["below", x - y])
            case [x, _]:
                out.append(["above", x])
            case _:
                out.append("not a point")
    return out


# inputs: [[[1, 1], [3, 2], [0, 5], [1], "ab"]]


def capture_left_by_failed_guard(value):
    x = "before"
    match value:
        case [x] if x > 0:
            return ["positive", x]
        case _:
            pass
    return ["left", x]


# inputs: [[5]]
# inputs: [[-5]]
# inputs: [[1, 2]]


def capture_unbound_when_pattern_fails(value):
    match value:
        case [x, 0]:
            return x
        case _:
            pass
    try:
        return x  # noqa: F821
    except NameError as e:
        return type(e).__name__


# inputs: [[1, 0]]
# inputs: [[1, 2]]


def nested_match(cmd, arg):
    match cmd:
        case ["move", direction]:
            match direction:
                case "left" | "right":
                    return direction + " " + str(arg)
                case _:
                    return "bad direction"
        case ["stop"]:
            return "stopped"
    return "unknown"


# inputs: [["move", "left"], 3]
# inputs: [["move", "up"], 3]
# inputs: [["stop"], null]
# inputs: [["jump"], null]


def subject_evaluated_once(items):
    log = []

    def take():
        log.append(len(items))
        return items.pop()

    match take():
        case 1:
            log.append("one")
        case 2:
            log.append("two")
        case _:
            log.append("other")
    return log


# inputs: [[2, 1]]
# inputs: [[1, 2]]
# inputs: [[3, 3]]


def tuple_subject(a, b):
    match (a, b):
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y at {y}"
        case (x, 0):
            return f"on x at {x}"
        case (x, y):
            return f"{x},{y}"


# inputs: [0, 0]
# inputs: [0, 3]
# inputs: [2, 0]
# inputs: [1, 2]


def in_a_loop_with_break(values):
    total = 0
    for v in values:
        match v:
            case "stop":
                break
            case "skip":
                continue
            case int(n):
                total += n
    return total


# inputs: [[1, "skip", 2, "stop", 5]]
# inputs: [[1, 2.5, 3]]


def names_like_the_rewrite(_subject, _matched):
    match _subject:
        case [_subject2] if _subject2 > 0:
            return [_subject2, _matched]
        case [_subject2]:
            return ["not positive", _subject2]
    return [_subject, _matched]


# inputs: [[3], 1]
# inputs: [[-3], 1]
# inputs: ["x", 2]


def unbound_subject(flag):
    if flag:
        x = [1]
    try:
        match x:
            case _:
                return "matched"
    except NameError as e:
        return type(e).__name__


# inputs: [true]
# inputs: [false]


def unbound_subject_tested(flag):
    if flag:
        x = [1]
    try:
        match x:
            case [1]:
                return "one"
            case _:
                return "other"
    except NameError as e:
        return type(e).__name__


# inputs: [true]
# inputs: [false]
