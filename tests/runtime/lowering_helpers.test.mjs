// Helpers the compiler calls for typed fast paths, Python semantics that have no JS
// operator (unbound locals, attribute errors, exact ints), modules (math, json) and
// Dash's clientside API (ctx, set_props, Patch). Expected values are CPython 3.11's.
import test from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { load, RUNTIME } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

test("py_imul: exact int products, OverflowError past 2**53", () => {
  const R = load("py_imul");
  assert.equal(R.py_imul(6, 7), 42);
  assert.equal(R.py_imul(-94906265, 94906265), -9007199136250225);
  assert.equal(R.py_imul(0, -5), 0); // not -0: 0 * -5 is the int 0
  assert.equal(R.py_imul(-5, 0), 0);
  raises(() => R.py_imul(2 ** 30, 2 ** 30 * 16), "OverflowError", "integer result too large for a JS number");
});

test("py_bound: UnboundLocalError only for a never-assigned local", () => {
  const R = load("py_bound");
  assert.equal(R.py_bound(0, "x"), 0);
  assert.equal(R.py_bound(null, "x"), null);
  raises(() => R.py_bound(undefined, "value"), "UnboundLocalError",
    "cannot access local variable 'value' where it is not associated with a value");
});

test("py_getattr / py_setattr: Python values have no JS properties", () => {
  const R = load("py_getattr", "py_setattr", "py_exceptions");
  raises(() => R.py_getattr([1, 2], "length"), "AttributeError", "'list' object has no attribute 'length'");
  raises(() => R.py_getattr("ab", "length"), "AttributeError", "'str' object has no attribute 'length'");
  raises(() => R.py_getattr({ a: 1 }, "a"), "AttributeError", "'dict' object has no attribute 'a'");
  raises(() => R.py_getattr(null, "x"), "AttributeError", "'NoneType' object has no attribute 'x'");
  const e = new R.py_ValueError("m", 2);
  same(R.py_getattr(e, "args"), T("m", 2));
  assert.equal(R.py_getattr(e, "__cause__"), null);
  raises(() => R.py_getattr(e, "message"), "AttributeError", "'ValueError' object has no attribute 'message'");
  const date = new Date(0);
  assert.equal(typeof R.py_getattr(date, "getTime"), "function");
  raises(() => R.py_setattr([1], "x", 1), "AttributeError", "'list' object has no attribute 'x'");
  const foreign = new (class Box {})();
  assert.equal(R.py_setattr(foreign, "x", 1), null);
  assert.equal(foreign.x, 1);
});

test("py_seq_item / py_map_item: fast paths, Python errors otherwise", () => {
  const R = load("py_seq_item", "py_map_item");
  assert.equal(R.py_seq_item([1, 2, 3], 0), 1);
  assert.equal(R.py_seq_item([1, 2, 3], -1), 3);
  raises(() => R.py_seq_item([1], 5), "IndexError", "list index out of range");
  const m = new Map([["a", 1], [1, "one"]]);
  assert.equal(R.py_map_item(m, "a"), 1);
  assert.equal(R.py_map_item(m, true), "one"); // True == 1 as a key
  raises(() => R.py_map_item(m, "zz"), "KeyError", "'zz'");
});

test("py_list_set: in-range stores, py_setitem's errors otherwise", () => {
  const R = load("py_list_set");
  const xs = [1, 2, 3];
  R.py_list_set(xs, 0, 9);
  R.py_list_set(xs, -1, 8);
  R.py_list_set(xs, 1, undefined);
  same(xs, [9, null, 8]);
  raises(() => R.py_list_set(xs, 3, 0), "IndexError", "list assignment index out of range");
  raises(() => R.py_list_set([], -1, 0), "IndexError", "list assignment index out of range");
});

test("py_mul: sequences repeated into a list sized once", () => {
  const R = load("py_mul");
  same(R.py_mul([0.5], 3), [0.5, 0.5, 0.5]);
  same(R.py_mul(2, [1, "a"]), [1, "a", 1, "a"]);
  same(R.py_mul([1], -2), []);
  same(R.py_mul([], 4), []);
  same(R.py_mul(T(1, 2), 2), T(1, 2, 1, 2));
  assert.equal(R.py_mul("ab", 2), "abab");
});

test("py_iadd: lists extend in place, other values add", () => {
  const R = load("py_iadd");
  const xs = [1];
  assert.equal(R.py_iadd(xs, [2, 3]), xs);
  same(xs, [1, 2, 3]);
  same(R.py_iadd(T(1), T(2)), T(1, 2));
  assert.equal(R.py_iadd("a", "b"), "ab");
  raises(() => R.py_iadd(1, "b"), "TypeError");
});

test("py_dict_merge and py_dict_fromkeys", () => {
  const R = load("py_dict_merge", "py_dict_fromkeys");
  const m = R.py_dict_merge(new Map(), { a: 1, b: 2 });
  R.py_dict_merge(m, new Map([["a", 3], [1, 4]]));
  same(m, new Map([["a", 3], ["b", 2], [1, 4]]));
  // `{**pairs}`: a list of pairs is no mapping (dict(pairs) takes it, ** does not)
  raises(() => R.py_dict_merge(new Map(), [["a", 1]]), "TypeError", "'list' object is not a mapping");
  raises(() => R.py_dict_merge(new Map(), "ab"), "TypeError", "'str' object is not a mapping");
  raises(() => R.py_dict_merge(new Map(), null), "TypeError", "'NoneType' object is not a mapping");
  same(R.py_dict_fromkeys("aba", 0), new Map([["a", 0], ["b", 0]]));
  same(R.py_dict_fromkeys([1, 2]), new Map([[1, null], [2, null]]));
});

test("py_bind: CPython's TypeErrors for calls bound at run time", () => {
  const R = load("py_bind");
  const spec = ["f", ["a", "b"], 0, 1, false, ["k"], [], true];
  same(R.py_bind(spec, [1], new Map([["k", 2], ["z", 3]])), [1, undefined, 2, new Map([["z", 3]])]);
  raises(() => R.py_bind(spec, [1, 2, 3], new Map()), "TypeError",
    "f() takes from 1 to 2 positional arguments but 3 were given");
  raises(() => R.py_bind(spec, [], new Map()), "TypeError",
    "f() missing 1 required positional argument: 'a'");
  raises(() => R.py_bind(["g", ["a"], 0, 1, false, [], [], false], [1], new Map([["a", 2]])),
    "TypeError", "g() got multiple values for argument 'a'");
  raises(() => R.py_bind(["g", ["a"], 0, 1, false, [], [], false], [1], new Map([["q", 2]])),
    "TypeError", "g() got an unexpected keyword argument 'q'");
  same(R.py_bind(["h", ["a"], 0, 1, true, [], [], false], [1, 2, 3], null), [1, T(2, 3)]);
  raises(() => R.py_bind(spec, [1, 2, 3], new Map([["k", 1]])), "TypeError",
    "f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given");
  raises(() => R.py_bind(["g", ["a"], 0, 1, false, [], [], false], [1, 2], new Map([["q", 2]])),
    "TypeError", "g() got an unexpected keyword argument 'q'");
  // trailing parameters not given are left out, so int(*[]) is int() and d.pop(*["k"]) is d.pop("k")
  same(R.py_bind(["int", ["x", "base"], 1, 0, false, [], [], false], [], new Map()), []);
  same(R.py_bind(["pop", ["key", "default"], 2, 1, false, [], [], false], ["k"], new Map()), ["k"]);
  same(R.py_bind(["f", ["a", "b", "c"], 0, 0, false, [], [], false], [], new Map([["b", 2]])), [undefined, 2]);
});

test("py_kwargs_merge: ** of a dict only, a keyword given twice is a TypeError", () => {
  const R = load("py_kwargs_merge");
  same(R.py_kwargs_merge(new Map([["a", 1]]), { b: 2 }, "app.f"), new Map([["a", 1], ["b", 2]]));
  same(R.py_kwargs_merge(new Map([]), new Map([[1, 2]]), "str.format"), new Map([[1, 2]]));
  raises(() => R.py_kwargs_merge(new Map([["a", 1]]), new Map([["a", 2]]), "dict"), "TypeError",
    "dict() got multiple values for keyword argument 'a'");
  raises(() => R.py_kwargs_merge(new Map(), ["a"], "app.f"), "TypeError",
    "app.f() argument after ** must be a mapping, not list");
  raises(() => R.py_kwargs_merge(new Map(), null, "str.format"), "TypeError",
    "str.format() argument after ** must be a mapping, not NoneType");
});

test("py_value_fn: positional calls of a function with slots bound as CPython binds them", () => {
  const R = load("py_value_fn");
  // def join(*parts, sep="-", **kw): the JS function takes (parts, sep, kw)
  const join = (parts, sep = "-", kw) => [parts, sep, kw];
  const spec = ["join", [], 0, 0, true, ["sep"], [], true];
  const value = R.py_value_fn(join, spec);
  same(value(1, 2), [T(1, 2), "-", new Map()]);
  same(value(), [T(), "-", new Map()]);
  assert.equal(R.py_value_fn(join, spec), value); // one adapter per function: `is` holds
  // def scale(a, *, by=2): a second positional argument is a TypeError, not `by`
  const scale = (a, by = 2) => a * by;
  const scaled = R.py_value_fn(scale, ["scale", ["a"], 0, 1, false, ["by"], [], false]);
  assert.equal(scaled(3), 6);
  raises(() => scaled(3, 5), "TypeError", "scale() takes 1 positional argument but 2 were given");
  raises(() => scaled(), "TypeError", "scale() missing 1 required positional argument: 'a'");
  // def need(*, k): the keyword-only argument cannot be given through a value
  const need = R.py_value_fn((k) => k, ["need", [], 0, 0, false, ["k"], ["k"], false]);
  raises(() => need(), "TypeError", "need() missing 1 required keyword-only argument: 'k'");
});

// Every function of the math module, each its own helper (py_math_sqrt...), as
// R.py_math.sqrt...: each loaded with its own requirements, all in one scope.
const MATH = readdirSync(RUNTIME)
  .filter((f) => f.startsWith("py_math_") && f.endsWith(".js"))
  .map((f) => f.slice(0, -3));

function loadMath() {
  const R = load(...MATH);
  const py_math = {};
  for (const name of MATH) py_math[name.slice("py_math_".length)] = R[name];
  return { ...R, py_math };
}

test("py_math: domain errors and int results as CPython", () => {
  const R = loadMath();
  assert.equal(R.py_math.sqrt(16), 4);
  raises(() => R.py_math.sqrt(-1), "ValueError", "math domain error");
  raises(() => R.py_math.log(0), "ValueError", "math domain error");
  assert.equal(R.py_math.log(8, 2), 3);
  assert.equal(R.py_math.floor(-2.5), -3);
  raises(() => R.py_math.floor(Infinity), "OverflowError", "cannot convert float infinity to integer");
  assert.equal(R.py_math.factorial(5), 120);
  assert.equal(R.py_math.gcd(12, 18), 6);
  assert.equal(R.py_math.isclose(1, 1 + 1e-10), true);
  assert.equal(R.py_math.fsum([0.1, 0.1, 0.1]), 0.30000000000000004);
  // bools are the ints 0 and 1
  assert.equal(R.py_math.factorial(true), 1);
  assert.equal(R.py_math.isfinite(true), true);
  assert.equal(R.py_math.pow(false, false), 1); // math.pow(False, False) is 1.0
  raises(() => R.py_math.log(3, true), "ZeroDivisionError", "float division by zero");
  assert.equal(R.py_math.gcd(true, 4), 1);
  // gcd takes ints only: math.gcd(3, 2.5) is a TypeError
  raises(() => R.py_math.gcd(3, 2.5), "TypeError", "'float' object cannot be interpreted as an integer");
  // isqrt and factorial too; -0.0 and 1e21 up are floats; 19! leaves the safe ints at once
  raises(() => R.py_math.isqrt(2.5), "TypeError", "'float' object cannot be interpreted as an integer");
  raises(() => R.py_math.isqrt(1e308), "TypeError", "'float' object cannot be interpreted as an integer");
  raises(() => R.py_math.factorial(-0), "TypeError", "'float' object cannot be interpreted as an integer");
  raises(() => R.py_math.factorial(1e16), "OverflowError", "integer result too large for a JS number");
  assert.equal(R.py_math.factorial(18), 6402373705728000);
  assert.equal(R.py_math.isqrt(true), 1);
});

test("py_math: lcm, perm and dist as CPython", () => {
  const R = loadMath();
  assert.equal(R.py_math.lcm(), 1);
  assert.equal(R.py_math.lcm(-4, 6), 12);
  assert.equal(R.py_math.lcm(0, 5), 0);
  assert.equal(R.py_math.lcm(67108864, 134217727), 9007199187632128);
  raises(() => R.py_math.lcm(1073741824, 1073741825), "OverflowError", "integer result too large for a JS number");
  raises(() => R.py_math.lcm(4.5), "TypeError", "'float' object cannot be interpreted as an integer");
  assert.equal(R.py_math.perm(5, 2), 20);
  assert.equal(R.py_math.perm(5), 120); // perm(n) is n!
  assert.equal(R.py_math.perm(5, null), 120);
  assert.equal(R.py_math.perm(5, 6), 0);
  raises(() => R.py_math.perm(-1, 2), "ValueError", "n must be a non-negative integer");
  raises(() => R.py_math.perm(5, -1), "ValueError", "k must be a non-negative integer");
  raises(() => R.py_math.perm(40, 11), "OverflowError", "integer result too large for a JS number");
  assert.equal(R.py_math.dist([0, 0], [3, 4]), 5);
  assert.equal(R.py_math.dist([], []), 0);
  assert.equal(R.py_math.dist([1e308, 1e308], [-1e308, -1e308]), Infinity);
  raises(() => R.py_math.dist([1, 2], [1]), "ValueError", "both points must have the same number of dimensions");
  raises(() => R.py_math.dist([1, "a"], [1, 2]), "TypeError", "must be real number, not str");
  raises(() => R.py_math.dist(null, [1]), "TypeError", "'NoneType' object is not iterable");
});

test("py_math: a float argument must be a number or a bool, as in CPython", () => {
  const R = loadMath();
  // Dash sends None for an empty Input: Math.sqrt(null) is 0, math.sqrt(None) raises
  const notReal = [["sqrt", [null]], ["exp", ["4"]], ["log", [null]], ["log", [8, null]],
    ["log10", [[4]]], ["log2", [null]], ["log1p", [null]], ["expm1", [null]],
    ["sin", [null]], ["atan", ["1"]], ["atan2", [1, null]], ["tanh", [null]],
    ["hypot", [1, "a"]], ["fabs", [null]], ["degrees", [null]], ["radians", ["1"]],
    ["copysign", [null, 1]], ["fmod", [1, null]], ["pow", [null, 2]], ["floor", ["2.5"]],
    ["ceil", [null]], ["isnan", [null]], ["isinf", ["x"]], ["isfinite", [null]],
    ["isclose", [null, 1]]];
  for (const [name, args] of notReal) {
    const bad = args.find((a) => typeof a !== "number");
    const type = bad === null ? "NoneType" : Array.isArray(bad) ? "list" : "str";
    raises(() => R.py_math[name](...args), "TypeError", "must be real number, not " + type);
  }
  raises(() => R.py_math.trunc(null), "TypeError", "type NoneType doesn't define __trunc__ method");
  assert.equal(R.py_math.isclose(true, 1), true);
  assert.equal(R.py_math.sqrt(true), 1);
  assert.equal(R.py_math.trunc(true), 1);
  assert.equal(R.py_math.isnan(false), false);
});

test("py_math: hypot, degrees, radians, fsum round as CPython's own code does", () => {
  const R = loadMath();
  // Math.hypot gives 7.2887495370209985 and 9.858119451101652
  assert.equal(R.py_math.hypot(7.198930575905798, 1.1407315094764574), 7.288749537020999);
  assert.equal(R.py_math.hypot(0.3780396288383874, 9.850868243521301), 9.85811945110165);
  assert.equal(R.py_math.hypot(3, 4, 12), 13);
  assert.equal(R.py_math.hypot(-Infinity, NaN), Infinity);
  assert.ok(Number.isNaN(R.py_math.hypot(1, NaN)));
  assert.equal(R.py_math.hypot(5e-324, 5e-324), 5e-324);
  assert.equal(R.py_math.degrees(0.1), 5.729577951308233);
  assert.equal(R.py_math.radians(3), 0.05235987755982989);
  assert.equal(R.py_math.radians(1e308), 1.7453292519943295e306);
  assert.equal(R.py_math.fsum([1, 1e16, 1e-16, 1e-100]), 1.0000000000000002e16);
  assert.equal(R.py_math.fsum([-1e16, -1e100, 1e100, 1, 1e16]), 1);
  assert.equal(R.py_math.fsum(new Map([[1.5, "a"], [2.25, "b"]])), 3.75);
  raises(() => R.py_math.fsum([1e308, 1e308]), "OverflowError", "intermediate overflow in fsum");
  raises(() => R.py_math.fsum([Infinity, -Infinity]), "ValueError", "-inf + inf in fsum");
  raises(() => R.py_math.fsum(["a"]), "TypeError", "must be real number, not str");
});

test("py_math: exp, log, log2, log10, pow rounded as glibc's, where Math's are an ulp off", () => {
  const R = loadMath();
  assert.equal(R.py_math.log(3), 1.0986122886681098); // Math.log: ...096
  assert.equal(R.py_math.exp(-0.0837551723629879), 0.919656385834816); // Math.exp: ...161
  assert.equal(R.py_math.exp(45), 3.4934271057485095e19);
  assert.equal(R.py_math.log(1000, 10), 2.9999999999999996);
  assert.equal(R.py_math.log2(1.399986677527604), 0.4854130983443066); // Math.log2: ...657
  assert.equal(R.py_math.log2(8), 3);
  assert.equal(R.py_math.log10(1.399986677527604), 0.1461239028898263); // Math.log10: ...627
  assert.equal(R.py_math.log10(1000), 3);
  assert.equal(R.py_math.log10(5e-324), -323.3062153431158);
  assert.equal(R.py_math.log(1 - 2 ** -52), -2.2204460492503136e-16);
  assert.equal(R.py_math.pow(1.02, 12), 1.2682417945625455); // Math.pow: ...457
  assert.equal(R.py_math.pow(-2, 3), -8);
  raises(() => R.py_math.pow(-2, 0.5), "ValueError", "math domain error");
  raises(() => R.py_math.exp(710), "OverflowError", "math range error");
  assert.equal(R.py_math.exp(-746), 0);
});

test("py_math: sin, cos, tan, atan, atan2, asin, acos rounded as glibc's, where Math's are an ulp off", () => {
  const R = loadMath();
  assert.equal(R.py_math.sin(2.5), 0.5984721441039565); // Math.sin: ...564
  assert.equal(R.py_math.cos(0.1), 0.9950041652780258); // Math.cos: ...257
  assert.equal(R.py_math.cos(90), -0.4480736161291701);
  assert.equal(R.py_math.tan(7), 0.8714479827243188);
  assert.equal(R.py_math.atan(3.031859454455258), 1.2522015449104156);
  assert.equal(R.py_math.atan2(64.78636160893753, -0.20612959075483595), 1.5739779979071982);
  assert.equal(R.py_math.asin(0.5476079809602563), 0.5795028013369715);
  assert.equal(R.py_math.acos(0.33199033898785935), 1.2323835199201814);
  assert.equal(R.py_math.cos(1.5707963267948966), 6.123233995736766e-17);
  assert.equal(R.py_math.atan(1e300), 1.5707963267948966);
  assert.equal(R.py_math.atan2(1e-320, 1), 1e-320);
  assert.ok(Object.is(R.py_math.sin(-0), -0));
  raises(() => R.py_math.sin(Infinity), "ValueError", "math domain error");
  raises(() => R.py_math.asin(1.5), "ValueError", "math domain error");
  raises(() => R.py_math.log(-5, 1), "ValueError", "math domain error");
  raises(() => R.py_math.log(5, 1), "ZeroDivisionError", "float division by zero");
});

test("py_math: comb, isqrt, prod exact or OverflowError; pow and fmod errors as CPython", () => {
  const R = loadMath();
  assert.equal(R.py_math.comb(56, 28), 7648690600760440);
  assert.equal(R.py_math.comb(5, 7), 0);
  raises(() => R.py_math.comb(-1, 2), "ValueError", "n must be a non-negative integer");
  raises(() => R.py_math.comb(5, -1), "ValueError", "k must be a non-negative integer");
  raises(() => R.py_math.comb(61, 30), "OverflowError");
  assert.equal(R.py_math.isqrt(4503599761588223), 67108864);
  assert.equal(R.py_math.isqrt(9007199136250224), 94906264);
  assert.equal(R.py_math.prod(new Map([[2, 0], [3, 0]])), 6);
  raises(() => R.py_math.prod([3 ** 20, 3 ** 20]), "OverflowError");
  assert.ok(Object.is(R.py_math.prod([0, -5]), 0)); // math.prod([0, -5]): int 0
  assert.ok(Object.is(R.py_math.prod([-5], 0), 0)); // math.prod([-5], start=0): int 0
  assert.ok(Object.is(R.py_math.prod([0.5, 0, -5]), -0)); // -0.0: a float took part
  assert.ok(Object.is(R.py_math.prod([-0, 5]), -0)); // -0.0 is a float
  assert.ok(Object.is(R.py_math.prod([1, -3], -0), 0)); // -0.0 * 1 * -3 is 0.0
  raises(() => R.py_math.pow(10.5, 400.5), "OverflowError", "math range error");
  assert.ok(Number.isNaN(R.py_math.fmod(NaN, 0)));
  raises(() => R.py_math.fmod(Infinity, 2), "ValueError", "math domain error");
  raises(() => R.py_math.isclose(1, 2, -0.1), "ValueError", "tolerances must be non-negative");
});

test("py_json_loads: keys in the text's order, also array indexes", () => {
  const R = load("py_json_loads", "py_repr");
  const read = (text) => R.py_repr(R.py_json_loads(text));
  // a plain object would list "3" first; a Map keeps the text's order
  assert.equal(read('{"b": 1, "3": 2}'), "{'b': 1, '3': 2}");
  assert.ok(R.py_json_loads('{"b": 1, "3": 2}') instanceof Map);
  assert.equal(read('{"b": 1, "a": {"10": [1, {"2": 3, "1": 4}], "x": "\\"5\\": 1"}}'),
    "{'b': 1, 'a': {'10': [1, {'2': 3, '1': 4}], 'x': '\"5\": 1'}}");
  assert.equal(read('{"\\u0031": 1, "a": 2}'), "{'1': 1, 'a': 2}"); // an escaped digit
  assert.equal(read('{"1": 1, "a": 2, "1": 3}'), "{'1': 3, 'a': 2}"); // first place, last value
  assert.equal(read('{"a": NaN, "2": Infinity}'), "{'a': nan, '2': inf}");
  assert.equal(read('{"__proto__": 1, "5": 2}'), "{'__proto__': 1, '5': 2}");
  // no array index: plain objects, strings that look like keys left alone
  same(R.py_json_loads('{"07": 1, "4294967295": 2, "k": "5:"}'), { "07": 1, 4294967295: 2, k: "5:" });
  assert.equal(read('["a", ":b", "1"]'), "['a', ':b', '1']");
  raises(() => R.py_json_loads('{"1": }'), "JSONDecodeError", "Expecting value: line 1 column 7 (char 6)");
});

test("py_json_loads: each number token read whole, no str taken for a literal", () => {
  const R = load("py_json_loads", "py_repr");
  const read = (text) => R.py_repr(R.py_json_loads(text));
  // an exponent's minus is no "-0"; a long fraction is no int past 2**53
  assert.equal(read("[3.5e-07, 1E-05, 0.30000000000000004]"), "[3.5e-07, 1e-05, 0.30000000000000004]");
  const zeros = R.py_json_loads("[-0, -0.0, -0e1]");
  assert.deepEqual(zeros.map((z) => Object.is(z, -0)), [false, true, true]); // "-0" is the int 0
  // no JSON stays none: "-0" is not rewritten into a number of a longer one
  raises(() => R.py_json_loads("2024-05-01"), "JSONDecodeError", "Extra data: line 1 column 5 (char 4)");
  raises(() => R.py_json_loads("1-0"), "JSONDecodeError", "Extra data: line 1 column 2 (char 1)");
  // Python's literals beside strs that spell them, and a repeated key
  assert.equal(read('["\\u0000NaN", NaN, "Infinity"]'), "['\\x00NaN', nan, 'Infinity']");
  assert.equal(read('{"a": NaN, "a": null, "7": -Infinity}'), "{'a': None, '7': -inf}");
  raises(() => R.py_json_loads("[NaN, 1-0]"), "JSONDecodeError", "Expecting ',' delimiter: line 1 column 8 (char 7)");
});

test("py_json_loads: an int past 2**53 raises OverflowError, as int() of its text does", () => {
  const R = load("py_json_loads", "py_repr");
  const OVER = "integer result too large for a JS number";
  assert.equal(R.py_repr(R.py_json_loads("[9007199254740991, -9007199254740991]")), "[9007199254740991, -9007199254740991]");
  raises(() => R.py_json_loads('{"id": 9007199254740993}'), "OverflowError", OVER);
  raises(() => R.py_json_loads("[NaN, -12345678901234567890]"), "OverflowError", OVER);
  assert.equal(R.py_repr(R.py_json_loads('["12345678901234567890"]')), "['12345678901234567890']");
  raises(() => R.py_json_loads("[12345678901234567890"), "JSONDecodeError", "Expecting ',' delimiter: line 1 column 22 (char 21)");
});

test("py_json_dumps / py_json_loads: Python's separators and escapes", () => {
  const R = load("py_json_dumps", "py_json_dumps_sorted", "py_json_loads");
  assert.equal(R.py_json_dumps(new Map([["b", 1], ["a", [1, 2.5, null, true]]])),
    '{"b": 1, "a": [1, 2.5, null, true]}');
  assert.equal(R.py_json_dumps(new Map([["b", 1], ["a", 2]]), undefined, R.py_json_dumps_sorted), '{"a": 2, "b": 1}');
  assert.equal(R.py_json_dumps({ k: [1] }, 2), '{\n  "k": [\n    1\n  ]\n}');
  assert.equal(R.py_json_dumps(["é"]), '["\\u00e9"]');
  assert.equal(R.py_json_dumps(new Map([[1, "x"]])), '{"1": "x"}');
  assert.equal(R.py_json_dumps({ k: [1] }, undefined, false, T(",", ":")), '{"k":[1]}');
  same(R.py_json_loads('{"a": [1, 2]}'), { a: [1, 2] });
  // "-0" is the int 0 (unsigned); "-0.0" and "-0e0" are floats that keep the sign
  assert.equal(R.py_json_loads("-0"), 0);
  assert.deepEqual(R.py_json_loads('[-0, -0.0, -0e0, -0E1, "-0", "\\"-0"]'), [0, -0, -0, -0, "-0", '"-0']);
  assert.deepEqual(R.py_json_loads('{"-0": -0}'), { "-0": 0 });
  assert.deepEqual(R.py_json_loads("[-0, NaN]").map(String), ["0", "NaN"]);
  raises(() => R.py_json_loads("[-01]"), "JSONDecodeError", "Expecting ',' delimiter: line 1 column 4 (char 3)");
  raises(() => R.py_json_loads("{"), "JSONDecodeError",
    "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
  // JSONDecodeError (a ValueError) with CPython's message, positions in code points
  raises(() => R.py_json_loads("[1,]"), "JSONDecodeError", "Expecting value: line 1 column 4 (char 3)");
  raises(() => R.py_json_loads('{"a":1,}'), "JSONDecodeError",
    "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)");
  raises(() => R.py_json_loads('{"a" 1}'), "JSONDecodeError", "Expecting ':' delimiter: line 1 column 6 (char 5)");
  raises(() => R.py_json_loads("[1, 2"), "JSONDecodeError", "Expecting ',' delimiter: line 1 column 6 (char 5)");
  raises(() => R.py_json_loads('"\u{1F600}" x'), "JSONDecodeError", "Extra data: line 1 column 5 (char 4)");
  raises(() => R.py_json_loads('\n\n  [x]'), "JSONDecodeError", "Expecting value: line 3 column 4 (char 5)");
  raises(() => R.py_json_loads('"a\\x"'), "JSONDecodeError", "Invalid \\escape: line 1 column 3 (char 2)");
  raises(() => R.py_json_loads('"\\u0041'), "JSONDecodeError", "Invalid \\uXXXX escape: line 1 column 3 (char 2)");
  raises(() => R.py_json_loads('"a\nb"'), "JSONDecodeError", "Invalid control character at: line 1 column 3 (char 2)");
  raises(() => R.py_json_loads('["abc'), "JSONDecodeError", "Unterminated string starting at: line 1 column 2 (char 1)");
  raises(() => R.py_json_loads("\ufeff{}"), "JSONDecodeError",
    "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
  try {
    R.py_json_loads("");
    assert.fail("nothing raised");
  } catch (e) {
    assert.ok(e instanceof R.py_ValueError);
  }
  raises(() => R.py_json_loads(123), "TypeError", "the JSON object must be str, bytes or bytearray, not int");
  raises(() => R.py_json_loads(null), "TypeError", "the JSON object must be str, bytes or bytearray, not NoneType");
});

test("py_json_dumps: numbers and strings byte for byte as CPython 3.11", () => {
  const R = load("py_json_dumps", "py_json_dumps_sorted");
  // json.dumps([0, -7, 68.75, 0.1 + 0.2, 1e-05, 1e-07, 0.0001, 1e+300, 1e21])
  assert.equal(R.py_json_dumps([0, -7, 68.75, 0.1 + 0.2, 1e-5, 1e-7, 0.0001, 1e300, 1e21]),
    "[0, -7, 68.75, 0.30000000000000004, 1e-05, 1e-07, 0.0001, 1e+300, 1e+21]");
  // Known floats: json.dumps([2.0, -0.0, 1e16, 0.5])
  assert.equal(R.py_json_dumps([2, -0, 1e16, 0.5], undefined, false, undefined, undefined, true),
    "[2.0, -0.0, 1e+16, 0.5]");
  assert.equal(R.py_json_dumps([NaN, Infinity, -Infinity]), "[NaN, Infinity, -Infinity]");
  // json.dumps('q" b\\ \x00\x1f\x7f\t\n é😀')
  assert.equal(R.py_json_dumps('q" b\\ \x00\x1f\x7f\t\n é😀'),
    '"q\\" b\\\\ \\u0000\\u001f\\u007f\\t\\n \\u00e9\\ud83d\\ude00"');
  assert.equal(R.py_json_dumps('a"\u000b'), '"a\\"\\u000b"');
  // json.dumps('q" b\\ \x00\x1f\x7f\t\n é😀\u2028', ensure_ascii=False)
  assert.equal(R.py_json_dumps('q" b\\ \x00\x1f\x7f\t\n é😀\u2028', undefined, false, undefined, false),
    '"q\\" b\\\\ \\u0000\\u001f\x7f\\t\\n é😀\u2028"');
  // json.dumps({"é": ["ü", 1.5]}, ensure_ascii=False, sort_keys=True)
  assert.equal(R.py_json_dumps(new Map([["é", ["ü", 1.5]]]), undefined, R.py_json_dumps_sorted, undefined, false),
    '{"é": ["ü", 1.5]}');
  assert.equal(R.py_json_dumps(["é"], undefined, false, undefined, true), '["\\u00e9"]');
  // json.dumps({"b": [], "a": {}, "c": [{}]}, indent=2, sort_keys=True)
  assert.equal(R.py_json_dumps({ b: [], a: {}, c: [{}] }, 2, R.py_json_dumps_sorted),
    '{\n  "a": {},\n  "b": [],\n  "c": [\n    {}\n  ]\n}');
  assert.equal(R.py_json_dumps(new Map([["b", [1]], ["a", new Map()]]), "\t", R.py_json_dumps_sorted, T(";", "=")),
    '{\n\t"a"={};\n\t"b"=[\n\t\t1\n\t]\n}');
  assert.equal(R.py_json_dumps([1, [2]], 0), "[\n1,\n[\n2\n]\n]");
  // A bad key is reported before its value is written, a bad value before later keys.
  raises(() => R.py_json_dumps(new Map([["a", new Set()], [T(1), 1]])), "TypeError",
    "Object of type set is not JSON serializable");
  raises(() => R.py_json_dumps(new Map([[T(1), new Set()]])), "TypeError",
    "keys must be str, int, float, bool or None, not tuple");
});

test("py_patch: operations in the shape Dash applies", () => {
  const R = load("py_patch");
  const p = R.py_patch();
  p.at("layout").set("title", new Map([["text", "T"]]));
  p.at("data").at(0).append(5);
  p.iop("count", "Add", 1);
  p.del("gone");
  assert.equal(p.__dash_patch_update, "__dash_patch_update");
  assert.deepEqual(JSON.parse(JSON.stringify(p)).operations, [
    { operation: "Assign", location: ["layout", "title"], params: { value: { text: "T" } } },
    { operation: "Append", location: ["data", 0], params: { value: 5 } },
    { operation: "Add", location: ["count"], params: { value: 1 } },
    { operation: "Delete", location: ["gone"], params: {} },
  ]);
});

test("py_ctx: Dash's callback_context read as Python's ctx", () => {
  const R = load("py_ctx");
  globalThis.dash_clientside = {
    callback_context: {
      triggered: [{ prop_id: '{"index":1,"type":"b"}.n_clicks', value: 1 }],
      triggered_id: { index: 1, type: "b" },
      inputs: { "a.value": 1 },
    },
  };
  try {
    const c = R.py_ctx();
    assert.deepEqual(c.triggered_id, { index: 1, type: "b" });
    assert.equal(c.triggered.length, 1);
    assert.deepEqual(c.triggered_prop_ids.get('{"index":1,"type":"b"}.n_clicks'), { index: 1, type: "b" });
    globalThis.dash_clientside = { callback_context: { triggered: [{ prop_id: ".", value: null }] } };
    const initial = R.py_ctx();
    assert.equal(initial.triggered_id, null);
    // Dash's FalsyList: one item, false as a condition.
    assert.equal(initial.triggered.length, 1);
    assert.equal(initial.triggered[0].prop_id, ".");
    assert.equal(load("py_bool").py_bool(initial.triggered), false);
  } finally {
    delete globalThis.dash_clientside;
  }
});

test("py_getitem_float: sequences refuse float indexes, dicts look them up", () => {
  const R = load("py_getitem_float");
  raises(() => R.py_getitem_float([1, 2], 1), "TypeError", "list indices must be integers or slices, not float");
  raises(() => R.py_getitem_float("ab", 1), "TypeError", "string indices must be integers, not 'float'");
  assert.equal(R.py_getitem_float(new Map([[1, "x"]]), 1), "x");
});

test("py_setitem_float, py_delitem_float: a list refuses a float index, a dict takes it", () => {
  const R = load("py_setitem_float", "py_delitem_float");
  const xs = [3, 1, 2];
  raises(() => R.py_setitem_float(xs, 2, 0), "TypeError", "list indices must be integers or slices, not float"); // xs[2.0] = 0
  raises(() => R.py_delitem_float(xs, 2), "TypeError", "list indices must be integers or slices, not float"); // del xs[2.0]
  same(xs, [3, 1, 2]);
  raises(() => R.py_setitem_float("abc", 1, "x"), "TypeError", "'str' object does not support item assignment");
  raises(() => R.py_delitem_float(Object.freeze([1, 2]), 1), "TypeError", "'tuple' object does not support item deletion");
  const d = new Map([[1, "x"]]);
  R.py_setitem_float(d, 2, "y"); // d[2.0] = "y": the key 2.0 (an integral number)
  R.py_delitem_float(d, 1); // del d[1.0] deletes the key 1
  same(d, new Map([[2, "y"]]));
  raises(() => R.py_delitem_float(d, 5), "KeyError", "5.0"); // str(KeyError(5.0))
});

test("py_json_loads: NaN and Infinity literals, as Python reads them", () => {
  const R = load("py_json_loads");
  assert.ok(Number.isNaN(R.py_json_loads("NaN")));
  same(R.py_json_loads('[Infinity, -Infinity, "NaN"]'), [Infinity, -Infinity, "NaN"]);
  raises(() => R.py_json_loads("nan"), "JSONDecodeError", "Expecting value: line 1 column 1 (char 0)");
  raises(() => R.py_json_loads("-NaN"), "JSONDecodeError", "Expecting value: line 1 column 1 (char 0)");
  raises(() => R.py_json_loads("[NaN"), "JSONDecodeError", "Expecting ',' delimiter: line 1 column 5 (char 4)");
  raises(() => R.py_json_loads("Infinity x"), "JSONDecodeError", "Extra data: line 1 column 10 (char 9)");
});

test("py_chain and py_kwargs_merge", () => {
  const R = load("py_chain", "py_kwargs_merge", "py_getattr");
  const cause = new R.py_KeyError("a");
  const e = R.py_chain(new R.py_ValueError("w"), cause, cause);
  assert.equal(R.py_getattr(e, "__cause__"), cause);
  assert.equal(R.py_getattr(e, "__suppress_context__"), true);
  const inner = R.py_chain(new R.py_ValueError("x"), undefined, cause);
  assert.equal(R.py_getattr(inner, "__context__"), cause);
  assert.equal(R.py_getattr(inner, "__suppress_context__"), false);
  const frozen = Object.freeze({ description: "prevent" });
  assert.equal(R.py_chain(frozen, undefined, cause), frozen);
  same(R.py_kwargs_merge(new Map([["a", 1]]), { b: 2 }, "f"), new Map([["a", 1], ["b", 2]]));
  raises(() => R.py_kwargs_merge(new Map([["a", 1]]), { a: 2 }, "f"), "TypeError",
    "f() got multiple values for keyword argument 'a'");
});

test("py_getstr: plain objects by own key, everything else as py_getitem", () => {
  const R = load("py_getstr", "py_DictView");
  assert.equal(R.py_getstr({ region: "EU" }, "region"), "EU");
  raises(() => R.py_getstr({ a: 1 }, "region"), "KeyError", "'region'");
  assert.equal(R.py_getstr(new Map([["size", 3]]), "size"), 3);
  raises(() => R.py_getstr(new Map(), "size"), "KeyError", "'size'");
  raises(() => R.py_getstr(new Set([1]), "size"), "TypeError");
  raises(() => R.py_getstr([1], "length"), "TypeError", "list indices must be integers or slices, not str");
  raises(() => R.py_getstr(new R.py_DictView({ a: 1 }, "keys"), "kind"), "TypeError",
    "'dict_keys' object is not subscriptable");
});

test("py_shared: one object per key, made once", () => {
  const R = load("py_shared");
  let made = 0;
  const a = R.py_shared("m.X", () => { made++; return []; });
  const b = R.py_shared("m.X", () => { made++; return []; });
  assert.equal(a, b);
  assert.equal(made, 1);
  assert.notEqual(R.py_shared("m.Y", () => []), a);
});

test("py_spreadable: plain objects as they are, Maps as objects of the same values, others TypeError", () => {
  const R = load("py_spreadable", "py_dict_object");
  const o = { a: 1 };
  assert.equal(R.py_spreadable(o), o);
  const inner = new Map([["b", 2]]);
  const spread = R.py_spreadable(new Map([["a", inner], [1, "one"], [null, 0]]));
  assert.deepEqual(Object.keys(spread), ["1", "a", "null"]);
  assert.equal(spread.a, inner); // values are converted where they are returned
  assert.equal(R.py_dict_object(o) === o, false);
  raises(() => R.py_spreadable([1]), "TypeError", "'list' object is not a mapping");
});
