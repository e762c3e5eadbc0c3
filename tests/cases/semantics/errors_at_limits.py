# CPython's own errors where the JS engine would run out first: json.dumps of a
# container holding itself (ValueError, not a RecursionError), a float format whose
# precision does not fit an int.
import json


# messages
def circular(kind):
    a = []
    d = {}
    if kind == "list":
        a.append(a)
        value = a
    elif kind == "dict":
        d["self"] = d
        value = d
    elif kind == "nested":
        d["rows"] = [1, {"back": d}]
        value = [d]
    else:
        value = [a, a, {"x": a}]  # shared, not circular
    try:
        return json.dumps(value)
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: ["list"]
# inputs: ["dict"]
# inputs: ["nested"]
# inputs: ["shared"]


# messages
def formatted(x, spec):
    try:
        return format(x, spec)
    except ValueError as e:
        return f"ValueError: {e}"


# inputs: [1.5, ".9999999999f"]
# inputs: [3, ".2147483648e"]
# inputs: [1.5, ".99999999999999999999f"]
# inputs: ["ab", ".9999999999f"]
