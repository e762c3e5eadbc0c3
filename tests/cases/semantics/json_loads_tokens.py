# json.loads reads each number token whole: an exponent's minus (`1e-07`), a long
# fraction (`0.30000000000000004`), a date's dashes ("2024-05-01", no JSON) are not
# taken for a `-0` or an int past 2**53; a str of the text is never taken for a NaN.
import json


# messages
def parse_cell(text):
    """A pasted table cell: JSON where it parses, else the text itself."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


# inputs: ["3.5e-07"]
# inputs: ["1E-05"]
# inputs: ["-2.5e-08"]
# inputs: ["2024-05-01"]
# inputs: ["10-05"]
# inputs: ["1-0"]
# inputs: ["-0"]
# inputs: ["[-0, -0.0, -0e1, 0]"]
# inputs: ["0.30000000000000004"]
# inputs: ["0.00035855321424317155"]
# inputs: ["-1234567890.1234567890123"]
# inputs: ["9007199254740991"]
# inputs: ["{\"share\": 0.33333333333333331, \"tol\": 1e-07}"]
# inputs: ["[1e-7, 12.5E-3, 0E-0]"]


# messages
def specials(text):
    """Python's NaN and Infinity literals beside strs that spell them."""
    return json.loads(text)


# inputs: ["[\"\\u0000NaN\", NaN]"]
# inputs: ["[\"\\u0000Infinity\", -Infinity, \"NaN\"]"]
# inputs: ["{\"a\": NaN, \"a\": null, \"7\": Infinity, \"b\": [NaN]}"]
# inputs: ["{\"__proto__\": NaN, \"constructor\": 1}"]
# inputs: ["  -Infinity "]
# inputs: ["[1e-07, NaN, -0]"]
# inputs: ["[NaN, 2024-05-01]"]
# inputs: ["[NaN, 1-0]"]


def roundtrip(values):
    """A store written by json.dumps and read back."""
    return json.loads(json.dumps({"m": [v / 10**9 for v in values]}))


# inputs: [[1, 25, 3]]
# inputs: [[100, -7]]
