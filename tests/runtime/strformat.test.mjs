// str.format against CPython 3.11: [fmt, args, kwargs, floats, expected]; E(name, message)
// is the exception CPython raises. Produced once with CPython.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_str_format", "py_format_conv");
const T = (...a) => Object.freeze(a);
const E = (name, message) => ({ error: name, message });

function outcome(fn) {
  try {
    return fn();
  } catch (e) {
    return { error: e.name, message: e.message };
  }
}

const CASES = [
  ["{}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x"],
  ["{} {}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x 5"],
  ["{0} {0}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x x"],
  ["{1}{0}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "5x"],
  ["{2}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.5"],
  ["{2:.3f}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.500"],
  ["{1:>4}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "   5"],
  ["{1:04d}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "0005"],
  ["{0!r}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "'x'"],
  ["{0!s}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x"],
  ["{0!a}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "'x'"],
  ["{3}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "[10, 20, 30]"],
  ["{3[1]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "20"],
  ["{3[0]:>5}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "   10"],
  ["{4[k]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "v"],
  ["{4[n]:03}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "007"],
  ["{4[z]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("KeyError", "'z'")],
  ["{5[0]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "1"],
  ["{6}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "None"],
  ["{6!r:>6}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "  None"],
  ["{7}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "True"],
  ["{7:d}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "1"],
  ["{7!s:>6}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "  True"],
  ["{8:+}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "-3"],
  ["{2!r}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.5"],
  ["{2:}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.5"],
  ["{:{}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x    "],
  ["{0:{1}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x    "],
  ["{2:{1}.{1}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "  2.5"],
  ["{2:>{1}.1f}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "  2.5"],
  ["{{}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "{}"],
  ["{{{0}}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "{x}"],
  ["a{{b", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "a{b"],
  ["a}}b", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "a}b"],
  ["{", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Single '{' encountered in format string")],
  ["}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Single '}' encountered in format string")],
  ["a{0", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "expected '}' before end of string")],
  ["a}b", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Single '}' encountered in format string")],
  ["{0!}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "unmatched '{' in format spec")],
  ["{0!x}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Unknown conversion specifier x")],
  ["{0!r", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "unmatched '{' in format spec")],
  ["{0!rr}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "expected ':' after conversion specifier")],
  ["{0:", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "unmatched '{' in format spec")],
  ["{0[}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "expected '}' before end of string")],
  ["{0]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("KeyError", "'0]'")],
  ["{0[0]x}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Only '.' or '[' may follow ']' in format field specifier")],
  ["{0[]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Empty attribute in format string")],
  ["{0.}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Empty attribute in format string")],
  ["{3[5]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("IndexError", "list index out of range")],
  ["{9}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("IndexError", "Replacement index 9 out of range for positional args tuple")],
  ["{a}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("KeyError", "'a'")],
  ["{}{0}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "cannot switch from automatic field numbering to manual field specification")],
  ["{0}{}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "cannot switch from manual field specification to automatic field numbering")],
  ["{:{:{}}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Max string recursion exceeded")],
  ["{0:{{}}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Invalid format specifier '{}' for object of type 'str'")],
  ["{0.real}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("AttributeError", "'str' object has no attribute 'real'")],
  ["{1.real}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "5"],
  ["{1.imag}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "0"],
  ["{2.real}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.5"],
  ["{1.numerator}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "5"],
  ["{ }", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("KeyError", "' '")],
  ["{00}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x"],
  ["{-1}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("KeyError", "'-1'")],
  ["{3[-1]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("TypeError", "list indices must be integers or slices, not str")],
  ["{4[n]}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "7"],
  ["{0:{}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "cannot switch from manual field specification to automatic field numbering")],
  ["{0!r:^9}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "   'x'   "],
  ["{1:x}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "5"],
  ["{1:#b}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "0b101"],
  ["{2:%}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "250.000000%"],
  ["{2:e}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.500000e+00"],
  ["{1:,}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "5"],
  ["{1:_>7}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "______5"],
  ["{0:.1}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "x"],
  ["{2:.0f}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2"],
  ["{!r}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "'x'"],
  ["{:d}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Unknown format code 'd' for object of type 'str'")],
  ["{0:d}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Unknown format code 'd' for object of type 'str'")],
  ["{2:d}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Unknown format code 'd' for object of type 'float'")],
  ["{0:=5}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "'=' alignment not allowed in string format specifier")],
  ["{8:c}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("OverflowError", "%c arg not in range(0x110000)")],
  ["{1:c}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "\u0005"],
  ["{0:\ud83d\ude00^5}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "\ud83d\ude00\ud83d\ude00x\ud83d\ude00\ud83d\ude00"],
  ["{2:g}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "2.5"],
  ["{3!r}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "[10, 20, 30]"],
  ["{4!s}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "{'k': 'v', 'n': 7}"],
  ["{5!r:>10}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "    (1, 2)"],
  ["{0:{0}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Unknown format code 'x' for object of type 'str'")],
  ["plain text", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], "plain text"],
  ["", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], ""],
  ["{0}}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Single '}' encountered in format string")],
  ["{{0}", ["x", 5, 2.5, [10, 20, 30], new Map([["k", "v"], ["n", 7]]), T(1, 2), null, true, -3], undefined, [false, false, true, false, false, false, false, false, false], E("ValueError", "Single '}' encountered in format string")],
  ["{a} {b}", [], new Map([["a", 1], ["b", "two"]]), undefined, "1 two"],
  ["{a:>5}", [], new Map([["a", "r"]]), undefined, "    r"],
  ["{a[0]}", [], new Map([["a", [9]]]), undefined, "9"],
  ["{a}", [], new Map([]), undefined, E("KeyError", "'a'")],
  ["{a}{0}", [7], new Map([["a", 1]]), undefined, "17"],
  ["{x:.2f}", [], new Map([["x", 3.14159]]), undefined, "3.14"],
  ["{0} {x}", [1], new Map([["x", 2]]), undefined, "1 2"],
  ["{}", [], new Map([]), undefined, E("IndexError", "Replacement index 0 out of range for positional args tuple")],
];

test("str.format matches CPython", () => {
  const bad = [];
  for (const [fmt, args, kwargs, floats, want] of CASES) {
    const got = outcome(() => R.py_str_format(fmt, args, kwargs, floats));
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ fmt, args, kwargs, want, got });
  }
  assert.deepEqual(bad, []);
});

test("keyword arguments may be a plain object; floats may be given for all", () => {
  assert.equal(R.py_str_format("{a}-{b:>3}", [], { a: 1, b: "x" }), "1-  x");
  assert.equal(R.py_str_format("{} {x}", [2], new Map([["x", 3]]), true), "2.0 3.0");
  // (5).format() and [1].format_map({}): only str has the methods (str.format(5) is refused)
  assert.throws(() => R.py_str_format(5, []), { name: "AttributeError", message: "'int' object has no attribute 'format'" });
  assert.throws(() => R.py_str_format([1], null, {}), { name: "AttributeError", message: "'list' object has no attribute 'format_map'" });
});

test("conversions outside a format string", () => {
  assert.equal(R.py_format_conv("é\n", "a"), "'\\xe9\\n'");
  assert.equal(R.py_format_conv(["\u{1f600}"], "a"), "['\\U0001f600']");
  assert.equal(R.py_format_conv(2, "r", true), "2.0");
  assert.equal(R.py_format_conv("x", "s"), "x");
  assert.throws(() => R.py_format_conv(1, "q"), { name: "ValueError", message: "Unknown conversion specifier q" });
});
