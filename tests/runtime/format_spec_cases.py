"""Writes tests/runtime/data/format_specs.json: values formatted with the specs the small
format helpers (py_format_f, py_format_d, py_format_s) take, as CPython 3.11 formats
them, with the helper and arguments the translator picks
(clientpy.transpile.lower.formatting.parsed_spec), for format_specs.test.mjs:
python tests/runtime/format_spec_cases.py > tests/runtime/data/format_specs.json
"""

import json
import random

from clientpy.transpile.lower.formatting import parsed_spec

random.seed(3)
FLOAT_SPECS = [".2f", ">12,.2f", ".1%", ">7.1%", "+.3f", " .0f", "<10.1f", "^9.2f"]
FLOAT_SPECS += ["*>12_.1f", ",.0f", "f", "%", ".4F", "x^11,.2%", ".0%", ",f", ">1.5f"]
FLOAT_SPECS += ["-.2f", "20.10f"]
FLOATS = [
    0,
    1,
    -1,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.125,
    0.375,
    1234567.891,
    -1234567.891,
    1e21,
    1.5e22,
    123456789012345678901234.0,
    -0.0,
    0.0,
    1e-7,
    0.005,
    0.015,
    0.025,
    2.675,
    1.005,
    999.995,
    9.995,
    99.5,
    0.05,
    float("nan"),
    float("inf"),
    float("-inf"),
    True,
    False,
    12,
    -7,
    10**16,
    3.14159,
    0.5e-10,
    9.5,
    0.95,
    99.95,
]
FLOATS += [round(random.uniform(-1e6, 1e6), random.randint(0, 4)) for _ in range(40)]
FLOATS += [random.randint(-1000, 1000) / 8 for _ in range(30)]
INT_SPECS = [
    "d",
    "04d",
    "+04d",
    " 6d",
    ",d",
    "_d",
    ">8,d",
    "x^7d",
    "<6d",
    "-3d",
    "010d",
]
INTS = [0, 1, -1, 5, -5, 42, 999, 1000, -1000, 1234567, -1234567, 10**15, 2**53, 2**70]
INTS += [random.randint(-(10**7), 10**7) for _ in range(20)]
STR_SPECS = ["<14", ">14", "^9", "*>5s", "s", "10", "-<6", "é^8"]
STRS = ["", "a", "ab", "name", "exactly-14-chr", "longer than fourteen", "é𝔘", "日本語"]


def encode(v):
    # JSON has no nan, inf or -0.0: floats travel as their repr
    return repr(v) if isinstance(v, float) else v


rows = []
for specs, values in ((FLOAT_SPECS, FLOATS), (INT_SPECS, INTS), (STR_SPECS, STRS)):
    for spec in specs:
        helper, args = parsed_spec(spec)
        rows += [[spec, helper, list(args), encode(v), format(v, spec)] for v in values]
print(json.dumps(rows))
