# Probes, tenth battery: callbacks that show an exception's text in an error Div
# (`except Exception as e: return f"Error: {e}"`), so the messages must match too.

import json
import math


def parse_json_input(text):
    try:
        data = json.loads(text)
    except ValueError as e:
        return f"Invalid JSON: {e}"
    return "ok"


# inputs: ["{\"a\": 1,}"]
# inputs: ["[1, 2"]
# inputs: [""]
# inputs: ["{'a': 1}"]
# inputs: ["{\"a\" 1}"]
# inputs: ["[1] x"]
# inputs: ["tru"]
# inputs: ["\"abc"]
# inputs: ["{\"a\": 1}"]
# messages


def _kind(e):
    if isinstance(e, KeyError):
        return "KeyError"
    if isinstance(e, IndexError):
        return "IndexError"
    if isinstance(e, ZeroDivisionError):
        return "ZeroDivisionError"
    if isinstance(e, ValueError):
        return "ValueError"
    if isinstance(e, TypeError):
        return "TypeError"
    return "Exception"


def convert_error(text):
    try:
        return int(text)
    except (ValueError, TypeError) as e:
        first = f"{_kind(e)}: {e}"
    try:
        return float(text)
    except (ValueError, TypeError) as e:
        return [first, str(e)]


# inputs: ["abc"]
# inputs: ["1.5"]
# inputs: [""]
# inputs: [null]
# inputs: [" 12a "]
# inputs: [[1]]
# messages


def lookup_errors(data, key, idx):
    out = []
    for f in (
        lambda: data[key],
        lambda: data["items"][idx],
        lambda: data[key].upper(),
        lambda: len(data.get("none")),
        lambda: data.get("none")["x"],
        lambda: data["items"].index(99),
        lambda: "abc".index(key),
        lambda: max(data.get("empty", [])),
        lambda: data["items"] + key,
        lambda: key + data["items"][0],
        lambda: data["n"] / 0,
        lambda: data["n"] // 0,
        lambda: data["n"] % 0,
        lambda: 1.5 / 0,
        lambda: math.sqrt(-data["n"]),
        lambda: math.log(0),
        lambda: sorted([data["n"], None]),
        lambda: int(None),
        lambda: float(data.get("none")),
        lambda: round(None),
        lambda: None + 1,
        lambda: -None,
        lambda: data["items"][1:][5],
        lambda: {}.popitem(),
        lambda: [].pop(),
        lambda: data["items"].remove(99),
        lambda: "-".join(data["items"]),
    ):
        try:
            out.append(f())
        except Exception as e:
            out.append(f"{_kind(e)}: {e}")
    return out


# inputs: [{"items": [1, 2], "n": 3}, "missing", 5]
# inputs: [{"items": [1, 2], "n": 3.5}, "x", -3]
# messages


def unpack_errors(values):
    try:
        a, b = values
        return [a, b]
    except ValueError as e:
        return str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [[1, 2, 3]]
# inputs: [[1]]
# inputs: [[]]
# inputs: [null]
# inputs: [5]
# inputs: ["ab"]
# messages


def key_error_text(d, k):
    try:
        return d[k]
    except KeyError as e:
        return [str(e), repr(e), e.args[0] if e.args else None, f"missing {e}"]


# inputs: [{}, "name"]
# inputs: [{}, "it's"]
# inputs: [{}, ""]
# messages


def raise_with_message(v):
    if v is None:
        raise ValueError("no value given")
    if not isinstance(v, (int, float)):
        raise TypeError(f"expected a number, got {v!r}")
    if v < 0:
        raise ValueError("negative", v)
    return v


# inputs: [null]
# inputs: ["3"]
# inputs: [-1]
# inputs: [[1]]
# inputs: [{"a": 1}]
# inputs: [true]
# messages


def error_card(v):
    try:
        raise_with_message(v)
    except Exception as e:
        return {"type": _kind(e), "text": str(e), "args": list(e.args)}
    return {"type": None}


# inputs: [null]
# inputs: ["3"]
# inputs: [-1]
# inputs: [2.5]
# messages
