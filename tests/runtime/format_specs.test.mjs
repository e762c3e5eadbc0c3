// The small format helpers against CPython 3.11: data/format_specs.json holds [spec,
// helper, the arguments the translator passes, value, format(value, spec)]
// (format_spec_cases.py made it).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { load } from "./load.mjs";

const R = load("py_format_f", "py_format_d", "py_format_s");
const ROWS = JSON.parse(readFileSync(new URL("./data/format_specs.json", import.meta.url), "utf8"));
const SPECIAL = { nan: NaN, inf: Infinity, "-inf": -Infinity };

test("parsed specs format as CPython does", () => {
  const bad = [];
  for (const [spec, helper, args, encoded, want] of ROWS) {
    const value = typeof encoded === "string" && helper !== "py_format_s"
      ? (SPECIAL[encoded] ?? Number(encoded))
      : encoded;
    const got = R[helper](value, ...args);
    if (got !== want) bad.push({ spec, value: encoded, want, got });
  }
  assert.deepEqual(bad, []);
});

test("open values with a width: text pads as text, ints as with d, the rest by the engine", () => {
  const P = load("py_format_width");
  // [value, width, fill, align, spec, format(value, spec)] from CPython; an integral
  // JS number is an int below 1e21 (a float from there, as Dash's JSON gives it), -0 a
  // float.
  const rows = [
    [42, 5, " ", ">", ">5", "   42"],
    [-7, 5, " ", ">", ">5", "   -7"],
    [0, 5, " ", ">", ">5", "    0"],
    [1234567, 5, " ", ">", ">5", "1234567"],
    [1e21, 5, " ", ">", ">5", "1e+21"],
    ["ab", 5, " ", ">", ">5", "   ab"],
    ["długo", 5, " ", ">", ">5", "długo"],
    ["", 5, " ", ">", ">5", "     "],
    [2.5, 5, " ", ">", ">5", "  2.5"],
    [-0, 5, " ", ">", ">5", " -0.0"],
    [true, 5, " ", ">", ">5", "    1"],
    [null, 5, " ", ">", ">5", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 5, " ", ">", ">5", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 5, " ", ">", ">5", "9007199254740992"],
    [42, 6, " ", "<", "<6", "42    "],
    [-7, 6, " ", "<", "<6", "-7    "],
    [0, 6, " ", "<", "<6", "0     "],
    [1234567, 6, " ", "<", "<6", "1234567"],
    [1e21, 6, " ", "<", "<6", "1e+21 "],
    ["ab", 6, " ", "<", "<6", "ab    "],
    ["długo", 6, " ", "<", "<6", "długo "],
    ["", 6, " ", "<", "<6", "      "],
    [2.5, 6, " ", "<", "<6", "2.5   "],
    [-0, 6, " ", "<", "<6", "-0.0  "],
    [true, 6, " ", "<", "<6", "1     "],
    [null, 6, " ", "<", "<6", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 6, " ", "<", "<6", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 6, " ", "<", "<6", "9007199254740992"],
    [42, 7, "*", "^", "*^7", "**42***"],
    [-7, 7, "*", "^", "*^7", "**-7***"],
    [0, 7, "*", "^", "*^7", "***0***"],
    [1234567, 7, "*", "^", "*^7", "1234567"],
    [1e21, 7, "*", "^", "*^7", "*1e+21*"],
    ["ab", 7, "*", "^", "*^7", "**ab***"],
    ["długo", 7, "*", "^", "*^7", "*długo*"],
    ["", 7, "*", "^", "*^7", "*******"],
    [2.5, 7, "*", "^", "*^7", "**2.5**"],
    [-0, 7, "*", "^", "*^7", "*-0.0**"],
    [true, 7, "*", "^", "*^7", "***1***"],
    [null, 7, "*", "^", "*^7", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 7, "*", "^", "*^7", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 7, "*", "^", "*^7", "9007199254740992"],
    [42, 3, " ", "", "3", " 42"],
    [-7, 3, " ", "", "3", " -7"],
    [0, 3, " ", "", "3", "  0"],
    [1234567, 3, " ", "", "3", "1234567"],
    [1e21, 3, " ", "", "3", "1e+21"],
    ["ab", 3, " ", "", "3", "ab "],
    ["długo", 3, " ", "", "3", "długo"],
    ["", 3, " ", "", "3", "   "],
    [2.5, 3, " ", "", "3", "2.5"],
    [-0, 3, " ", "", "3", "-0.0"],
    [true, 3, " ", "", "3", "  1"],
    [null, 3, " ", "", "3", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 3, " ", "", "3", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 3, " ", "", "3", "9007199254740992"],
    [42, 12, " ", "", "12", "          42"],
    [-7, 12, " ", "", "12", "          -7"],
    [0, 12, " ", "", "12", "           0"],
    [1234567, 12, " ", "", "12", "     1234567"],
    [1e21, 12, " ", "", "12", "       1e+21"],
    ["ab", 12, " ", "", "12", "ab          "],
    ["długo", 12, " ", "", "12", "długo       "],
    ["", 12, " ", "", "12", "            "],
    [2.5, 12, " ", "", "12", "         2.5"],
    [-0, 12, " ", "", "12", "        -0.0"],
    [true, 12, " ", "", "12", "           1"],
    [null, 12, " ", "", "12", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 12, " ", "", "12", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 12, " ", "", "12", "9007199254740992"],
    [42, 4, "x", ">", "x>4", "xx42"],
    [-7, 4, "x", ">", "x>4", "xx-7"],
    [0, 4, "x", ">", "x>4", "xxx0"],
    [1234567, 4, "x", ">", "x>4", "1234567"],
    [1e21, 4, "x", ">", "x>4", "1e+21"],
    ["ab", 4, "x", ">", "x>4", "xxab"],
    ["długo", 4, "x", ">", "x>4", "długo"],
    ["", 4, "x", ">", "x>4", "xxxx"],
    [2.5, 4, "x", ">", "x>4", "x2.5"],
    [-0, 4, "x", ">", "x>4", "-0.0"],
    [true, 4, "x", ">", "x>4", "xxx1"],
    [null, 4, "x", ">", "x>4", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 4, "x", ">", "x>4", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 4, "x", ">", "x>4", "9007199254740992"],
    [42, 1, " ", "^", "^1", "42"],
    [-7, 1, " ", "^", "^1", "-7"],
    [0, 1, " ", "^", "^1", "0"],
    [1234567, 1, " ", "^", "^1", "1234567"],
    [1e21, 1, " ", "^", "^1", "1e+21"],
    ["ab", 1, " ", "^", "^1", "ab"],
    ["długo", 1, " ", "^", "^1", "długo"],
    ["", 1, " ", "^", "^1", " "],
    [2.5, 1, " ", "^", "^1", "2.5"],
    [-0, 1, " ", "^", "^1", "-0.0"],
    [true, 1, " ", "^", "^1", "1"],
    [null, 1, " ", "^", "^1", {"error": "TypeError", "message": "unsupported format string passed to NoneType.__format__"}],
    [[1], 1, " ", "^", "^1", {"error": "TypeError", "message": "unsupported format string passed to list.__format__"}],
    [9007199254740992, 1, " ", "^", "^1", "9007199254740992"],
  ];
  for (const [value, width, fill, align, spec, want] of rows) {
    let got;
    try {
      got = P.py_format_width(value, width, fill, align, spec);
    } catch (e) {
      got = { error: e.name, message: e.message };
    }
    assert.deepEqual(got, want, `format(${String(value)}, ${JSON.stringify(spec)})`);
  }
});
