"""Writes tests/runtime/data/format_f.json: values formatted with the specs py_format_f
handles, as CPython 3.11 formats them, with the arguments the translator passes
(clientpy.transpile.lower.formatting.fixed_spec_args), for format_f.test.mjs:
python tests/runtime/format_f_cases.py > tests/runtime/data/format_f.json
"""

import json
import random

from clientpy.transpile.lower.formatting import fixed_spec_args

random.seed(3)
SPECS = [
    ".2f",
    ">12,.2f",
    ".1%",
    ">7.1%",
    "+.3f",
    " .0f",
    "<10.1f",
    "^9.2f",
    "*>12_.1f",
]
SPECS += [",.0f", "f", "%", ".4F", "x^11,.2%", ".0%", ",f", ">1.5f", "-.2f", "20.10f"]
VALUES = [
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
VALUES += [round(random.uniform(-1e6, 1e6), random.randint(0, 4)) for _ in range(40)]
VALUES += [random.randint(-1000, 1000) / 8 for _ in range(30)]


def encode(v):
    # JSON has no nan, inf or -0.0: floats travel as their repr
    return repr(v) if isinstance(v, float) else v


rows = [
    [spec, list(fixed_spec_args(spec)), encode(v), format(v, spec)]
    for spec in SPECS
    for v in VALUES
]
print(json.dumps(rows))
