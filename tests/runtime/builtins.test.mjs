// Builtins, each expected value as CPython 3.11 gives it.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";
import { T, same, raises } from "./expect_py.mjs";

const {
  py_Exception,
  py_IndexError,
  py_KeyError,
  py_LookupError,
  py_ValueError,
  py_all,
  py_any,
  py_bin,
  py_chr,
  py_dict,
  py_divmod,
  py_enumerate,
  py_filter,
  py_float,
  py_hex,
  py_int,
  py_isinstance,
  py_list,
  py_map,
  py_max,
  py_min,
  py_oct,
  py_ord,
  py_print,
  py_range,
  py_range_bounds,
  py_reversed,
  py_iter_builtin,
  py_range_has,
  py_range_len,
  py_dict_view,
  py_set,
  py_sorted,
  py_sum,
  py_has_fraction,
  py_tuple,
  py_zip,
  py_zip_strict,
} = load("py_all", "py_any", "py_bin", "py_chr", "py_dict", "py_divmod", "py_enumerate", "py_filter", "py_float", "py_hex", "py_int", "py_isinstance", "py_iter_builtin", "py_list", "py_map", "py_max", "py_min", "py_oct", "py_ord", "py_print", "py_range", "py_range_bounds", "py_range_has", "py_range_len", "py_reversed", "py_DictView", "py_set", "py_sorted", "py_sum", "py_has_fraction", "py_tuple", "py_zip", "py_zip_strict", "py_exceptions");

test("min and max", () => {
  same(py_min([[3, 1, 2]]), 1); // min([3, 1, 2])
  same(py_max([[3, 1, 2]]), 3); // max([3, 1, 2])
  same(py_min([3, 1, 2]), 1); // min(3, 1, 2)
  same(py_max([2.5, 7, -1]), 7); // max(2.5, 7, -1)
  same(py_min(["bca"]), "a"); // min('bca')
  same(py_max([["b", "a", "c"]]), "c"); // max(['b', 'a', 'c'])
  same(py_min([[3, -4, 2]], (x) => x * x), 2); // min([3, -4, 2], key=lambda x: x * x)
  same(py_max([3, -4, 2], (x) => x * x), -4); // max(3, -4, 2, key=lambda x: x * x)
  same(py_min([[3, 1]], null), 1); // min([3, 1], key=None)
  // the first of equal extremes wins
  same(py_max([[T(1, "a"), T(2, "b"), T(2, "c")]], (p) => p[0]), T(2, "b")); // max([(1, 'a'), (2, 'b'), (2, 'c')], key=lambda p: p[0])
  same(py_min([[T(2, "a"), T(1, "b"), T(1, "c")]], (p) => p[0]), T(1, "b")); // min([(2, 'a'), (1, 'b'), (1, 'c')], key=lambda p: p[0])
  same(py_min([[1, true]]), 1); // min([1, True])
  same(py_max([[true, 1]]), true); // max([True, 1])
  same(py_max([[1, NaN]]), 1); // max([1, float('nan')])
  same(py_max([[[1, 2], [1, 3], [0, 9]]]), [1, 3]); // max([[1, 2], [1, 3], [0, 9]])
  same(py_min([new Set([3, 1])]), 1); // min({3, 1})
  same(py_max([new Map([["a", 1], ["z", 0]])]), "z"); // max({'a': 1, 'z': 0})
  same(py_min([[]], undefined, null), null); // min([], default=None)
  same(py_max([[]], undefined, 5), 5); // max([], default=5)
  same(py_max([[4]], undefined, 5), 4); // max([4], default=5)
  raises(() => py_min([[]]), "ValueError", "min() arg is an empty sequence"); // min([])
  raises(() => py_max([""]), "ValueError", "max() arg is an empty sequence"); // max('')
  raises(() => py_min([]), "TypeError", "min expected at least 1 argument, got 0"); // min()
  raises(() => py_max([]), "TypeError", "max expected at least 1 argument, got 0"); // max()
  raises(() => py_min([1, 2], undefined, 3), "TypeError", "Cannot specify a default for min() with multiple positional arguments"); // min(1, 2, default=3)
  raises(() => py_max([1]), "TypeError", "'int' object is not iterable"); // max(1)
  raises(() => py_min([[1, "a"]]), "TypeError", "'<' not supported between instances of 'str' and 'int'"); // min([1, 'a'])
  raises(() => py_max([[1, "a"]]), "TypeError", "'>' not supported between instances of 'str' and 'int'"); // max([1, 'a'])
  raises(() => py_min([[null, 1]]), "TypeError", "'<' not supported between instances of 'int' and 'NoneType'"); // min([None, 1])
});

test("py_has_fraction: a list Dash sent whose sum() is a float", () => {
  same(py_has_fraction([1, 2, 3]), false); // sum([1, 2, 3]) is the int 6
  same(py_has_fraction([0.5, 0.5]), true); // sum([0.5, 0.5]) is 1.0
  same(py_has_fraction([true, 2]), false); // a bool adds as an int
  same(py_has_fraction([1e21]), true); // JSON's 1e+21 is a float for CPython
  same(py_has_fraction(["a", 0.5]), true); // sum() raises first; no text is asked
  same(py_has_fraction([]), false);
  same(py_has_fraction(null), false);
  same(py_has_fraction({ a: 0.5 }), false); // a dict sums its keys: strs raise
});

test("sum", () => {
  same(py_sum([1, 2, 3]), 6); // sum([1, 2, 3])
  same(py_sum([]), 0); // sum([])
  same(py_sum([1, 2.5, true]), 4.5); // sum([1, 2.5, True])
  same(py_sum([1e16, 1e300, 1e300], 0, true), 2e300); // sum([1e16, 1e300, 1e300], 0)
  same(py_sum([1e16, -2.675], -1, true), 9999999999999998); // sum([1e16, -2.675], -1)
  same(py_sum([], true, true), true); // sum([], True)
  same(py_sum([0.5], true, true), 1.5); // sum([0.5], True)
  same(py_sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]), 0.9999999999999999); // sum([0.1] * 10)
  same(py_sum([1, 2], 0.5), 3.5); // sum([1, 2], start=0.5)
  // An int past 2**53 from Dash: the sum is exact or raises, never rounded.
  same(py_sum([10000000000000002, 2]), 10000000000000004); // sum([10**16 + 2, 2])
  raises(() => py_sum([10000000000000002, 45]), "OverflowError", "integer result too large for a JS number");
  same(py_sum([45, 10000000000000002], 1), 10000000000000048); // exact: sum([45, 10**16 + 2], 1)
  same(py_sum([1e22, 1]), 1e22); // floats from 1e21 on: sum([1e22, 1])
  same(py_sum([], null), null); // sum([], None)
  same(py_sum([[1], [2, 3]], []), [1, 2, 3]); // sum([[1], [2, 3]], [])
  same(py_sum([T(1), T(2)], T()), T(1, 2)); // sum([(1,), (2,)], ())
  same(py_sum([1, 2, 3], 10), 16); // sum([1, 2, 3], 10)
  same(py_sum(new Set([1, 2])), 3); // sum({1, 2})
  same(py_sum(new Map([[1, "a"], [2, "b"]])), 3); // sum({1: 'a', 2: 'b'})
  same(py_sum([true, true]), 2); // sum([True, True])
  raises(() => py_sum([9007199254740991, 3, -9007199254740991]), "OverflowError", "integer result too large for a JS number"); // past 2**53 on the way
  same(py_sum([1e100, 1, -1e100]), 0); // 1e100 is a float
  same(py_sum([9007199254740990, 2.5]), 9007199254740992); // a float: rounds
  raises(() => py_sum(new Set([9007199254740991, 2])), "OverflowError", "integer result too large for a JS number");
  same(py_sum([], true), true); // sum([], True)
  same(py_sum([-0]), 0.0); // sum([-0.0])
  raises(() => py_sum(["a"]), "TypeError", "unsupported operand type(s) for +: 'int' and 'str'"); // sum(['a'])
  raises(() => py_sum(["a"], ""), "TypeError", "sum() can't sum strings [use ''.join(seq) instead]"); // sum(['a'], '')
  raises(() => py_sum([1, "a"]), "TypeError", "unsupported operand type(s) for +: 'int' and 'str'"); // sum([1, 'a'])
  raises(() => py_sum(5), "TypeError", "'int' object is not iterable"); // sum(5)
  raises(() => py_sum([1, null]), "TypeError", "unsupported operand type(s) for +: 'int' and 'NoneType'"); // sum([1, None])
});

test("any and all", () => {
  same(py_any([]), false); // any([])
  same(py_all([]), true); // all([])
  same(py_any([0, "", null, [], new Map(), {}]), false); // any([0, '', None, [], {}, {}])
  same(py_any([0, [0]]), true); // any([0, [0]])
  same(py_all([1, "a", [0], T(0)]), true); // all([1, 'a', [0], (0,)])
  same(py_all([1, 0.0]), false); // all([1, 0.0])
  same(py_any(""), false); // any('')
  same(py_all("ab"), true); // all('ab')
  same(py_any(new Set([0, false])), false); // any({0, False})
  same(py_all(new Map([[0, 1]])), false); // all({0: 1})
  same(py_any({ a: 0 }), true); // any({'a': 0})
  raises(() => py_any(1), "TypeError", "'int' object is not iterable"); // any(1)
  raises(() => py_all(null), "TypeError", "'NoneType' object is not iterable"); // all(None)
});

test("sorted", () => {
  same(py_sorted([10, 9, 100, 1.5, -3]), [-3, 1.5, 9, 10, 100]); // sorted([10, 9, 100, 1.5, -3])
  same(py_sorted(["b", "B", "a", "ab", ""]), ["", "B", "a", "ab", "b"]); // sorted(['b', 'B', 'a', 'ab', ''])
  same(py_sorted(["\u{1F600}", "\uFF01", "a"]), ["a", "\uff01", "\ud83d\ude00"]); // sorted(['\U0001F600', '\uFF01', 'a'])
  same(py_sorted([3, 1, 2], undefined, true), [3, 2, 1]); // sorted([3, 1, 2], reverse=True)
  same(py_sorted([3, 1, 2], null, false), [1, 2, 3]); // sorted([3, 1, 2], key=None, reverse=False)
  same(py_sorted(["bb", "a", "ccc", "dd"], (s) => s.length), ["a", "bb", "dd", "ccc"]); // sorted(['bb', 'a', 'ccc', 'dd'], key=len)
  same(py_sorted(["bb", "a", "ccc", "dd"], (s) => s.length, true), ["ccc", "bb", "dd", "a"]); // sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True)
  // stable, also when reversed
  same(py_sorted([T(1, "a"), T(0, "b"), T(1, "c"), T(0, "d")], (p) => p[0]), [T(0, "b"), T(0, "d"), T(1, "a"), T(1, "c")]); // sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda p: p[0])
  same(py_sorted([T(1, "a"), T(0, "b"), T(1, "c"), T(0, "d")], (p) => p[0], true), [T(1, "a"), T(1, "c"), T(0, "b"), T(0, "d")]); // sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda p: p[0], reverse=True)
  same(py_sorted([1, true, 1.0, 0, false], undefined, true), [1, true, 1.0, 0, false]); // sorted([1, True, 1.0, 0, False], reverse=True)
  same(py_sorted([true, 0, 2, false]), [0, false, true, 2]); // sorted([True, 0, 2, False])
  same(py_sorted([T(2, "a"), T(1, "b"), T(2, "A")]), [T(1, "b"), T(2, "A"), T(2, "a")]); // sorted([(2, 'a'), (1, 'b'), (2, 'A')])
  same(py_sorted([[1, 2], [1], [0, 5]]), [[0, 5], [1], [1, 2]]); // sorted([[1, 2], [1], [0, 5]])
  same(py_sorted("banana"), ["a", "a", "a", "b", "n", "n"]); // sorted('banana')
  same(py_sorted(new Set([3, 1, 2])), [1, 2, 3]); // sorted({3, 1, 2})
  same(py_sorted(new Map([["b", 1], ["a", 2]])), ["a", "b"]); // sorted({'b': 1, 'a': 2})
  same(py_sorted({ b: 1, a: 2 }), ["a", "b"]); // sorted({'b': 1, 'a': 2})
  same(py_sorted([]), []); // sorted([])
  same(py_sorted([3, 1], undefined, 2), [3, 1]); // sorted([3, 1], reverse=2)
  same(py_sorted([-Infinity, Infinity, 0, -0.5]), [-Infinity, -0.5, 0, Infinity]); // sorted([float('-inf'), float('inf'), 0, -0.5])
  raises(() => py_sorted([1, "a"]), "TypeError", "'<' not supported between instances of 'str' and 'int'"); // sorted([1, 'a'])
  raises(() => py_sorted(["a", 1]), "TypeError", "'<' not supported between instances of 'int' and 'str'"); // sorted(['a', 1])
  raises(() => py_sorted([1, "a"], undefined, true), "TypeError", "'<' not supported between instances of 'int' and 'str'"); // sorted([1, 'a'], reverse=True)
  raises(() => py_sorted([null, null]), "TypeError", "'<' not supported between instances of 'NoneType' and 'NoneType'"); // sorted([None, None])
  raises(() => py_sorted([undefined, 1]), "TypeError", "'<' not supported between instances of 'int' and 'NoneType'"); // sorted([None, 1])
  raises(() => py_sorted([T(1), [1]]), "TypeError", "'<' not supported between instances of 'list' and 'tuple'"); // sorted([(1,), [1]])
  raises(() => py_sorted([1, 2], (x) => (x === 1 ? "a" : 2)), "TypeError", "'<' not supported between instances of 'int' and 'str'"); // sorted([1, 2], key=lambda x: 'a' if x == 1 else 2)
  raises(() => py_sorted([1], undefined, null), "TypeError", "'NoneType' object cannot be interpreted as an integer"); // sorted([1], reverse=None)
  raises(() => py_sorted([1], undefined, 1.5), "TypeError", "'float' object cannot be interpreted as an integer"); // sorted([1], reverse=1.5)
  raises(() => py_sorted(5), "TypeError", "'int' object is not iterable"); // sorted(5)
});

test("reversed", () => {
  same(Array.from(py_reversed([1, 2, 3])), [3, 2, 1]); // list(reversed([1, 2, 3]))
  same(Array.from(py_reversed(T(1, 2))), [2, 1]); // list(reversed((1, 2)))
  same(Array.from(py_reversed("ab\u{1F600}")), ["\ud83d\ude00", "b", "a"]); // list(reversed('ab\U0001F600'))
  const grown = [1, 2, 3];
  const fromEnd = py_reversed(grown);
  grown.push(9);
  same(Array.from(fromEnd), [3, 2, 1]); // xs = [1, 2, 3]; r = reversed(xs); xs.append(9); list(r)
  const shrunk = [1, 2, 3];
  const fromGone = py_reversed(shrunk);
  shrunk.pop();
  same(Array.from(fromGone), []); // xs = [1, 2, 3]; r = reversed(xs); xs.pop(); list(r)
  same(Array.from(py_reversed(new Map([["a", 1], [2, "b"]]))), [2, "a"]); // list(reversed({'a': 1, 2: 'b'}))
  same(Array.from(py_reversed({ a: 1, b: 2 })), ["b", "a"]); // list(reversed({'a': 1, 'b': 2}))
  const early = new Map([["a", 1]]);
  const fromEarly = py_reversed(early);
  early.set("b", 2);
  raises(() => fromEarly.next(), "RuntimeError", "dictionary changed size during iteration"); // d = {'a': 1}; r = reversed(d); d['b'] = 2; next(r)
  const late = new Map([["a", 1], ["b", 2]]);
  const values = py_reversed(py_dict_view(late, "values"));
  late.set("a", 99);
  same(Array.from(values), [2, 99]); // d = {'a': 1, 'b': 2}; r = reversed(d.values()); d['a'] = 99; list(r)
  same(Array.from(py_reversed(py_dict_view({ a: 1, b: 2 }, "items"))), [T("b", 2), T("a", 1)]); // list(reversed({'a': 1, 'b': 2}.items()))
  raises(() => Array.from(py_reversed(new Set([1, 2]))), "TypeError", "'set' object is not reversible"); // reversed({1, 2})
  raises(() => Array.from(py_reversed(5)), "TypeError", "'int' object is not reversible"); // reversed(5)
  raises(() => Array.from(py_reversed(null)), "TypeError", "'NoneType' object is not reversible"); // reversed(None)
});

test("iter", () => {
  const xs = [1, 2];
  const it = py_iter_builtin(xs);
  xs.push(3);
  same(Array.from(it), [1, 2, 3]); // xs = [1, 2]; it = iter(xs); xs.append(3); list(it)
  same(py_iter_builtin(it), it); // iter(it) is it
  same(Array.from(py_iter_builtin("a\u{1F600}")), ["a", "\u{1F600}"]); // list(iter('a\U0001F600'))
  const d = new Map([["a", 1]]);
  const keys = py_iter_builtin(d);
  d.set("b", 2);
  raises(() => keys.next(), "RuntimeError", "dictionary changed size during iteration"); // it = iter(d); d['b'] = 2; next(it)
  const plain = { a: 1 };
  const plainKeys = py_iter_builtin(plain);
  same(plainKeys.next().value, "a"); // next(iter({'a': 1}))
  delete plain.a;
  raises(() => plainKeys.next(), "RuntimeError", "dictionary changed size during iteration"); // del d['a']; next(it)
  const done = new Map([["a", 1]]);
  const spent = py_iter_builtin(done);
  same(Array.from(spent), ["a"]); // d = {'a': 1}; it = iter(d); list(it)
  done.set("b", 2);
  same(spent.next().done, true); // d['b'] = 2; next(it, None) is None: a spent iterator forgets d
  raises(() => py_iter_builtin(5), "TypeError", "'int' object is not iterable"); // iter(5)
});

test("enumerate", () => {
  same(Array.from(py_enumerate(["a", "b"])), [T(0, "a"), T(1, "b")]); // list(enumerate(['a', 'b']))
  same(Array.from(py_enumerate(["a", "b"], 1)), [T(1, "a"), T(2, "b")]); // list(enumerate(['a', 'b'], 1))
  same(Array.from(py_enumerate("ab", -1)), [T(-1, "a"), T(0, "b")]); // list(enumerate('ab', -1))
  same(Array.from(py_enumerate([5, 6], true)), [T(1, 5), T(2, 6)]); // list(enumerate([5, 6], True))
  same(Array.from(py_enumerate(new Map([["k", 1]]))), [T(0, "k")]); // list(enumerate({'k': 1}))
  same(Array.from(py_enumerate([])), []); // list(enumerate([]))
  raises(() => Array.from(py_enumerate([5], 1.5)), "TypeError", "'float' object cannot be interpreted as an integer"); // enumerate([5], 1.5)
  raises(() => Array.from(py_enumerate(3)), "TypeError", "'int' object is not iterable"); // enumerate(3)
});

test("zip", () => {
  same(Array.from(py_zip([1, 2, 3], "ab")), [T(1, "a"), T(2, "b")]); // list(zip([1, 2, 3], 'ab'))
  same(Array.from(py_zip([1, 2], [3, 4])), [T(1, 3), T(2, 4)]); // list(zip([1, 2], [3, 4]))
  same(Array.from(py_zip("ab", [1], [2, 3])), [T("a", 1, 2)]); // list(zip('ab', [1], [2, 3]))
  same(Array.from(py_zip([1, 2])), [T(1), T(2)]); // list(zip([1, 2]))
  same(Array.from(py_zip()), []); // list(zip())
  same(Array.from(py_zip([], [1])), []); // list(zip([], [1]))
  same(Array.from(py_zip(new Map([["a", 1], ["b", 2]]), T(9, 8, 7))), [T("a", 9), T("b", 8)]); // list(zip({'a': 1, 'b': 2}, (9, 8, 7)))
  raises(() => Array.from(py_zip([1], 2)), "TypeError", "'int' object is not iterable"); // zip([1], 2)
});

test("zip strict", () => {
  same(Array.from(py_zip_strict([1, 2], "ab")), [T(1, "a"), T(2, "b")]); // list(zip([1, 2], 'ab', strict=True))
  same(Array.from(py_zip_strict()), []); // list(zip(strict=True))
  raises(() => Array.from(py_zip_strict([1, 2], [3])), "ValueError", "zip() argument 2 is shorter than argument 1"); // list(zip([1, 2], [3], strict=True))
  raises(() => Array.from(py_zip_strict([1], [3, 4])), "ValueError", "zip() argument 2 is longer than argument 1"); // list(zip([1], [3, 4], strict=True))
  raises(() => Array.from(py_zip_strict([1], [3], [])), "ValueError", "zip() argument 3 is shorter than arguments 1-2"); // list(zip([1], [3], [], strict=True))
  raises(() => Array.from(py_zip_strict([], [], [5])), "ValueError", "zip() argument 3 is longer than arguments 1-2"); // list(zip([], [], [5], strict=True))
  // the tuples before the error are made: a loop's body has run for them
  same((() => { const seen = []; try { for (const t of py_zip_strict([1, 2], [3])) seen.push(t); } catch (e) { seen.push(e.constructor.name); } return seen; })(), [T(1, 3), "py_ValueError"]);
  // a dict's iterator raises at the step after its size changed, before zip's own check
  raises(() => { const d = new Map([["a", 1]]); for (const [k] of py_zip_strict(d, [1, 2])) d.set(k + "!", 0); }, "RuntimeError", "dictionary changed size during iteration");
  raises(() => { const d = new Map([["a", 1], ["b", 2]]); for (const [k] of py_zip([1, 2], d)) d.set("z" + k, 0); }, "RuntimeError", "dictionary changed size during iteration");
  raises(() => { const s = new Set([1, 2]); for (const [a] of py_zip(s, [1, 2])) s.add(a + 10); }, "RuntimeError", "Set changed size during iteration");
  // a dict zip does not reach again is not checked: the shorter list ends it first
  same((() => { const d = new Map([["a", 1], ["b", 2]]); const out = []; for (const [x, k] of py_zip([1], d)) { d.set("z", 0); out.push(k); } return out; })(), ["a"]);
});

test("range", () => {
  same(py_range(5), [0, 1, 2, 3, 4]); // list(range(5))
  same(py_range(0), []); // list(range(0))
  same(py_range(-3), []); // list(range(-3))
  same(py_range(2, 6), [2, 3, 4, 5]); // list(range(2, 6))
  same(py_range(6, 2), []); // list(range(6, 2))
  same(py_range(0, 10, 3), [0, 3, 6, 9]); // list(range(0, 10, 3))
  same(py_range(10, 0, -3), [10, 7, 4, 1]); // list(range(10, 0, -3))
  same(py_range(10, 0, -1), [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]); // list(range(10, 0, -1))
  same(py_range(-1, -10, -4), [-1, -5, -9]); // list(range(-1, -10, -4))
  same(py_range(0, 10, -1), []); // list(range(0, 10, -1))
  same(py_range(5, 5), []); // list(range(5, 5))
  same(py_range(1, 2, 5), [1]); // list(range(1, 2, 5))
  same(py_range(true), [0]); // list(range(True))
  same(py_range(3.0), [0, 1, 2]); // list(range(3))
  raises(() => py_range(0, 5, 0), "ValueError", "range() arg 3 must not be zero"); // range(0, 5, 0)
  raises(() => py_range(1.5), "TypeError", "'float' object cannot be interpreted as an integer"); // range(1.5)
  raises(() => py_range(null), "TypeError", "'NoneType' object cannot be interpreted as an integer"); // range(None)
  raises(() => py_range("a"), "TypeError", "'str' object cannot be interpreted as an integer"); // range('a')
  raises(() => py_range(0, 5, 0.5), "TypeError", "'float' object cannot be interpreted as an integer"); // range(0, 5, 0.5)
  raises(() => py_range(), "TypeError", "range expected at least 1 argument, got 0"); // range()
});

test("range bounds: [first, step, length, stop], the arguments checked as range() checks them", () => {
  same(py_range_bounds(5), [0, 1, 5, 5]); // r = range(5); [r.start, r.step, len(r), r.stop]
  same(py_range_bounds(-3), [0, 1, 0, -3]); // range(-3)
  same(py_range_bounds(10, 0, -3), [10, -3, 4, 0]); // range(10, 0, -3)
  same(py_range_bounds(0, 10 ** 12, 7), [0, 7, 142857142858, 10 ** 12]); // range(0, 10**12, 7): no items made
  same(py_range_bounds(0, 2 ** 54, 2 ** 52), [0, 2 ** 52, 4, 2 ** 54]); // range(0, 2**54, 2**52): the span past 2**53
  same(py_range_bounds(2 ** 54, 0, -(2 ** 52)), [2 ** 54, -(2 ** 52), 4, 0]); // range(2**54, 0, -2**52)
  same(py_range_bounds(true, 4), [1, 1, 3, 4]); // range(True, 4)
  raises(() => py_range_bounds(0, 5, 0), "ValueError", "range() arg 3 must not be zero"); // range(0, 5, 0)
  raises(() => py_range_bounds(0, 2.5), "TypeError", "'float' object cannot be interpreted as an integer"); // range(0, 2.5)
});

test("range membership and length from the arguments, exact past 2**53", () => {
  same(py_range_has(4, 10), true); // 4 in range(10)
  same(py_range_has(true, 0, 3), true); // True in range(0, 3)
  same(py_range_has(2.5, 10), false); // 2.5 in range(10)
  same(py_range_has(-6, 10, -10, -4), true); // -6 in range(10, -10, -4)
  same(py_range_has(-4, 10, -10, -4), false); // -4 in range(10, -10, -4)
  same(py_range_has(-10, 10, -10, -4), false); // -10 in range(10, -10, -4)
  same(py_range_has(2 ** 54 + 4, 0, 10 ** 17, 3), false); // 2**54 + 4 in range(0, 10**17, 3)
  same(py_range_has(2 ** 54 + 8, 0, 10 ** 17, 3), true); // 2**54 + 8 in range(0, 10**17, 3)
  same(py_range_has(2 ** 54, 0, 2 ** 54, 2 ** 52), false); // 2**54 in range(0, 2**54, 2**52)
  same(py_range_len(0, 2 ** 54, 2 ** 52), 4); // len(range(0, 2**54, 2**52))
  raises(() => py_range_len(1, 10 ** 17, 3), "OverflowError", "integer result too large for a JS number"); // len(range(1, 10**17, 3)) is no exact JS number
});

test("map and filter", () => {
  same(Array.from(py_map((x) => x * 2, [1, 2, 3])), [2, 4, 6]); // list(map(lambda x: x * 2, [1, 2, 3]))
  same(Array.from(py_map((a, b) => a + b, [1, 2, 3], [10, 20])), [11, 22]); // list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))
  same(Array.from(py_map((c) => c + c, "ab")), ["aa", "bb"]); // list(map(lambda c: c + c, 'ab'))
  same(Array.from(py_map(null, [])), []); // list(map(None, []))
  raises(() => Array.from(py_map(null, [1])), "TypeError", "'NoneType' object is not callable"); // list(map(None, [1]))
  raises(() => Array.from(py_map((x) => x)), "TypeError", "map() must have at least two arguments."); // map(len)
  raises(() => Array.from(py_map((x) => x, 5)), "TypeError", "'int' object is not iterable"); // map(len, 5)
  same(Array.from(py_filter(null, [0, 1, "", [], "a", null, [0], T()])), [1, "a", [0]]); // list(filter(None, [0, 1, '', [], 'a', None, [0], ()]))
  same(Array.from(py_filter((x) => x % 2, [1, 2, 3, 4, 5])), [1, 3, 5]); // list(filter(lambda x: x % 2, [1, 2, 3, 4, 5]))
  same(Array.from(py_filter((x) => [x].slice(1), [1, 2])), []); // list(filter(lambda x: [x][1:], [1, 2]))
  same(Array.from(py_filter(undefined, new Set([0, 2]))), [2]); // list(filter(None, {0, 2}))
  raises(() => Array.from(py_filter(null, 3)), "TypeError", "'int' object is not iterable"); // filter(None, 3)
  raises(() => Array.from(py_filter(1, [1])), "TypeError", "'int' object is not callable"); // list(filter(1, [1]))
});

test("int", () => {
  same(py_int(), 0); // int()
  same(py_int(7), 7); // int(7)
  same(py_int(2.9), 2); // int(2.9)
  same(py_int(-2.9), -2); // int(-2.9)
  same(py_int(-0.5), 0); // int(-0.5)
  same(py_int(1e20), 100000000000000000000); // int(1e20)
  same(py_int(true), 1); // int(True)
  same(py_int("  -12 "), -12); // int('  -12 ')
  same(py_int("+7"), 7); // int('+7')
  same(py_int("1_000"), 1000); // int('1_000')
  same(py_int("-0"), 0); // int('-0')
  same(py_int("007"), 7); // int('007')
  same(py_int("0"), 0); // int('0')
  same(py_int("123456789012345"), 123456789012345); // int('123456789012345'): 15 digits
  same(py_int("1234567890123456"), 1234567890123456); // int('1234567890123456')
  same(py_int("\t42\n"), 42); // int('\t42\n')
  same(py_int("\u00a012\u3000"), 12); // int('\u00a012\u3000')
  same(py_int("\u0661\u0662"), 12); // int('\u0661\u0662')
  same(py_int("\u{1D7D9}\u{1D7E0}"), 18); // int('\U0001D7D9\U0001D7E0')
  same(py_int("0x1f", 16), 31); // int('0x1f', 16)
  same(py_int("1F", 16), 31); // int('1F', 16)
  same(py_int("0x_1f", 16), 31); // int('0x_1f', 16)
  same(py_int("-0x1f", 0), -31); // int('-0x1f', 0)
  same(py_int("0o17", 8), 15); // int('0o17', 8)
  same(py_int("0B101", 0), 5); // int('0B101', 0)
  same(py_int("101", 2), 5); // int('101', 2)
  same(py_int("0b1", 16), 177); // int('0b1', 16)
  same(py_int("z", 36), 35); // int('z', 36)
  same(py_int("00", 0), 0); // int('00', 0)
  same(py_int("0_0", 0), 0); // int('0_0', 0)
  same(py_int("12", 0), 12); // int('12', 0)
  same(py_int("9007199254740991"), 9007199254740991); // int('9007199254740991')
  raises(() => py_int("x"), "ValueError", "invalid literal for int() with base 10: 'x'"); // int('x')
  raises(() => py_int(" x "), "ValueError", "invalid literal for int() with base 10: ' x '"); // int(' x ')
  raises(() => py_int(""), "ValueError", "invalid literal for int() with base 10: ''"); // int('')
  raises(() => py_int(" "), "ValueError", "invalid literal for int() with base 10: ' '"); // int(' ')
  raises(() => py_int("1.5"), "ValueError", "invalid literal for int() with base 10: '1.5'"); // int('1.5')
  raises(() => py_int("12a"), "ValueError", "invalid literal for int() with base 10: '12a'"); // int('12a')
  raises(() => py_int("9/"), "ValueError", "invalid literal for int() with base 10: '9/'"); // int('9/'): '/' is '0' - 1
  raises(() => py_int("1e3"), "ValueError", "invalid literal for int() with base 10: '1e3'"); // int('1e3')
  raises(() => py_int("1 2"), "ValueError", "invalid literal for int() with base 10: '1 2'"); // int('1 2')
  raises(() => py_int("+ 1"), "ValueError", "invalid literal for int() with base 10: '+ 1'"); // int('+ 1')
  raises(() => py_int("1__0"), "ValueError", "invalid literal for int() with base 10: '1__0'"); // int('1__0')
  raises(() => py_int("_1"), "ValueError", "invalid literal for int() with base 10: '_1'"); // int('_1')
  raises(() => py_int("1_"), "ValueError", "invalid literal for int() with base 10: '1_'"); // int('1_')
  raises(() => py_int("\x1c1"), "ValueError", "invalid literal for int() with base 10: '\\x1c1'"); // int('\x1c1')
  raises(() => py_int("\ufeff1"), "ValueError", "invalid literal for int() with base 10: '\\ufeff1'"); // int('\ufeff1')
  raises(() => py_int("0x", 16), "ValueError", "invalid literal for int() with base 16: '0x'"); // int('0x', 16)
  raises(() => py_int("0x1f"), "ValueError", "invalid literal for int() with base 10: '0x1f'"); // int('0x1f')
  raises(() => py_int("010", 0), "ValueError", "invalid literal for int() with base 0: '010'"); // int('010', 0)
  raises(() => py_int("1f", 0), "ValueError", "invalid literal for int() with base 0: '1f'"); // int('1f', 0)
  raises(() => py_int("0x-1", 16), "ValueError", "invalid literal for int() with base 16: '0x-1'"); // int('0x-1', 16)
  raises(() => py_int("2", 2), "ValueError", "invalid literal for int() with base 2: '2'"); // int('2', 2)
  raises(() => py_int("1", 1), "ValueError", "int() base must be >= 2 and <= 36, or 0"); // int('1', 1)
  raises(() => py_int("1", 37), "ValueError", "int() base must be >= 2 and <= 36, or 0"); // int('1', 37)
  raises(() => py_int("1", 1.5), "TypeError", "'float' object cannot be interpreted as an integer"); // int('1', 1.5)
  raises(() => py_int(1.5, 10), "TypeError", "int() can't convert non-string with explicit base"); // int(1.5, 10)
  raises(() => py_int(null), "TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"); // int(None)
  raises(() => py_int([1]), "TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'list'"); // int([1])
  raises(() => py_int(Infinity), "OverflowError", "cannot convert float infinity to integer"); // int(float('inf'))
  raises(() => py_int(-Infinity), "OverflowError", "cannot convert float infinity to integer"); // int(float('-inf'))
  raises(() => py_int(NaN), "ValueError", "cannot convert float NaN to integer"); // int(float('nan'))
  raises(() => py_int("x" + "9".repeat(300)), "ValueError", "invalid literal for int() with base 10: 'x999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"); // int('x' + '9' * 300)
  raises(() => py_int("9".repeat(300), 7), "ValueError", "invalid literal for int() with base 7: '9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"); // int('9' * 300, 7)
});

test("int refuses a value a JS number cannot hold exactly", () => {
  // CPython gives the exact 23-digit int; a JS number would silently round it.
  raises(() => py_int("10000000000000000000000"), "OverflowError", "integer result too large for a JS number");
  raises(() => py_int("-9007199254740993"), "OverflowError", "integer result too large for a JS number");
  same(py_int("-9007199254740991"), -9007199254740991);
});

test("float", () => {
  same(py_float(), 0.0); // float()
  same(py_float(3), 3.0); // float(3)
  same(py_float(false), 0.0); // float(False)
  same(py_float("  2.5 "), 2.5); // float('  2.5 ')
  same(py_float("1e3"), 1000.0); // float('1e3')
  same(py_float("-1.5E-3"), -0.0015); // float('-1.5E-3')
  same(py_float(".5"), 0.5); // float('.5')
  same(py_float("1."), 1.0); // float('1.')
  same(py_float("1_0.5"), 10.5); // float('1_0.5')
  same(py_float("1e1_0"), 10000000000.0); // float('1e1_0')
  same(py_float("inf"), Infinity); // float('inf')
  same(py_float("-Infinity"), -Infinity); // float('-Infinity')
  same(py_float(" +iNF\n"), Infinity); // float(' +iNF\n')
  same(py_float("nan"), NaN); // float('nan')
  same(py_float("-NaN"), NaN); // float('-NaN')
  same(py_float("-0"), -0); // float('-0')
  same(py_float("1e400"), Infinity); // float('1e400')
  same(py_float("1e-400"), 0.0); // float('1e-400')
  same(py_float("0.1"), 0.1); // float('0.1')
  same(py_float("\u0661.\u0665"), 1.5); // float('\u0661.\u0665')
  same(py_float("\u20031\u3000"), 1.0); // float('\u20031\u3000')
  raises(() => py_float(""), "ValueError", "could not convert string to float: ''"); // float('')
  raises(() => py_float("x"), "ValueError", "could not convert string to float: 'x'"); // float('x')
  raises(() => py_float("."), "ValueError", "could not convert string to float: '.'"); // float('.')
  raises(() => py_float("1e"), "ValueError", "could not convert string to float: '1e'"); // float('1e')
  raises(() => py_float("infinit"), "ValueError", "could not convert string to float: 'infinit'"); // float('infinit')
  raises(() => py_float("in_f"), "ValueError", "could not convert string to float: 'in_f'"); // float('in_f')
  raises(() => py_float("1__0"), "ValueError", "could not convert string to float: '1__0'"); // float('1__0')
  raises(() => py_float("1_.5"), "ValueError", "could not convert string to float: '1_.5'"); // float('1_.5')
  raises(() => py_float("1._5"), "ValueError", "could not convert string to float: '1._5'"); // float('1._5')
  raises(() => py_float("1_e10"), "ValueError", "could not convert string to float: '1_e10'"); // float('1_e10')
  raises(() => py_float("0x10"), "ValueError", "could not convert string to float: '0x10'"); // float('0x10')
  raises(() => py_float("1 2"), "ValueError", "could not convert string to float: '1 2'"); // float('1 2')
  raises(() => py_float("\x1c1"), "ValueError", "could not convert string to float: '\\x1c1'"); // float('\x1c1')
  // Strings Number() reads as CPython does not (or reads where CPython refuses them).
  same(py_float("1_000"), 1000.0); // float('1_000')
  same(py_float(" 1e5 "), 100000.0); // float(' 1e5 ')
  same(py_float("00.5"), 0.5); // float('00.5')
  same(py_float("0e5"), 0.0); // float('0e5')
  same(py_float("1.e5"), 100000.0); // float('1.e5')
  same(py_float("+.5"), 0.5); // float('+.5')
  same(py_float("-.5e-3"), -0.0005); // float('-.5e-3')
  same(py_float("0"), 0.0); // float('0')
  same(py_float("-0.0"), -0); // float('-0.0')
  same(py_float("Infinity"), Infinity); // float('Infinity')
  same(py_float("1\u2028"), 1.0); // float('1\u2028')
  same(py_float("1.7976931348623157e308"), 1.7976931348623157e308); // float('1.7976931348623157e308')
  same(py_float("2e308"), Infinity); // float('2e308')
  same(py_float("5e-324"), 5e-324); // float('5e-324')
  same(py_float("9007199254740993"), 9007199254740992); // float('9007199254740993')
  raises(() => py_float("0o7"), "ValueError", "could not convert string to float: '0o7'"); // float('0o7')
  raises(() => py_float("0b1"), "ValueError", "could not convert string to float: '0b1'"); // float('0b1')
  raises(() => py_float("0X1F"), "ValueError", "could not convert string to float: '0X1F'"); // float('0X1F')
  raises(() => py_float("+0x1"), "ValueError", "could not convert string to float: '+0x1'"); // float('+0x1')
  raises(() => py_float("\ufeff1"), "ValueError", "could not convert string to float: '\\ufeff1'"); // float('\ufeff1')
  raises(() => py_float("1\ufeff"), "ValueError", "could not convert string to float: '1\\ufeff'"); // float('1\ufeff')
  raises(() => py_float("-"), "ValueError", "could not convert string to float: '-'"); // float('-')
  raises(() => py_float("1\x1c"), "ValueError", "could not convert string to float: '1\\x1c'"); // float('1\x1c')
  raises(() => py_float("\x1f2.5\x85"), "ValueError", "could not convert string to float: '\\x1f2.5\\x85'"); // float('\x1f2.5\x85')
  raises(() => py_float("-nan5"), "ValueError", "could not convert string to float: '-nan5'"); // float('-nan5')
  raises(() => py_float(null), "TypeError", "float() argument must be a string or a real number, not 'NoneType'"); // float(None)
  raises(() => py_float([1]), "TypeError", "float() argument must be a string or a real number, not 'list'"); // float([1])
});

test("list, tuple, set, dict", () => {
  same(py_list(), []); // list()
  same(py_list("ab"), ["a", "b"]); // list('ab')
  same(py_list(T(1, 2)), [1, 2]); // list((1, 2))
  same(py_list(new Map([[1, "a"], [T(2), "b"]])), [1, T(2)]); // list({1: 'a', (2,): 'b'})
  same(py_list({ x: 1, y: 2 }), ["x", "y"]); // list({'x': 1, 'y': 2})
  same(py_list(new Set(["a"])), ["a"]); // list({'a'})
  raises(() => py_list(1), "TypeError", "'int' object is not iterable"); // list(1)
  raises(() => py_list(null), "TypeError", "'NoneType' object is not iterable"); // list(None)
  same(py_tuple(), T()); // tuple()
  same(py_tuple([1, [2]]), T(1, [2])); // tuple([1, [2]])
  same(py_tuple("ab"), T("a", "b")); // tuple('ab')
  raises(() => py_tuple(5), "TypeError", "'int' object is not iterable"); // tuple(5)
  same(py_set(), new Set([])); // set()
  same(py_set([1, 2, 1, 1.0]), new Set([1, 2])); // set([1, 2, 1, 1.0])
  same(py_set("abca"), new Set(["b", "c", "a"])); // set('abca')
  same(py_set([T(1, 2), T(1, 2), T(1, true)]), new Set([T(1, true), T(1, 2)])); // set([(1, 2), (1, 2), (1, True)])
  same(py_set([null, undefined]), new Set([null])); // set([None, None])
  raises(() => py_set([[1]]), "TypeError", "unhashable type: 'list'"); // set([[1]])
  raises(() => py_set([new Map()]), "TypeError", "unhashable type: 'dict'"); // set([{}])
  raises(() => py_set([T(1, [2])]), "TypeError", "unhashable type: 'list'"); // set([(1, [2])])
  raises(() => py_set(3), "TypeError", "'int' object is not iterable"); // set(3)
  same(py_dict(), new Map([])); // dict()
  same(py_dict([T("a", 1), ["b", 2]]), new Map([["a", 1], ["b", 2]])); // dict([('a', 1), ['b', 2]])
  same(py_dict(["ab", "cd"]), new Map([["a", "b"], ["c", "d"]])); // dict(['ab', 'cd'])
  same(py_dict(new Map([[1, "x"], [T(1, 2), "y"]])), new Map([[1, "x"], [T(1, 2), "y"]])); // dict({1: 'x', (1, 2): 'y'})
  same(py_dict({ a: 1, b: [2] }), new Map([["a", 1], ["b", [2]]])); // dict({'a': 1, 'b': [2]})
  same(py_dict([T(1, "a"), T(true, "b"), T(1.0, "c")]), new Map([[1, "c"]])); // dict([(1, 'a'), (True, 'b'), (1.0, 'c')])
  same(py_dict([T("a", 1)], new Map([["a", 2], ["b", 3]])), new Map([["a", 2], ["b", 3]])); // dict([('a', 1)], a=2, b=3)
  same(py_dict(undefined, { x: 1 }), new Map([["x", 1]])); // dict(x=1)
  same(py_dict(new Set([T(1, 2)])), new Map([[1, 2]])); // dict({(1, 2)})
  raises(() => py_dict([T(1, 2), T(3)]), "ValueError", "dictionary update sequence element #1 has length 1; 2 is required"); // dict([(1, 2), (3,)])
  raises(() => py_dict([T(1, 2, 3)]), "ValueError", "dictionary update sequence element #0 has length 3; 2 is required"); // dict([(1, 2, 3)])
  raises(() => py_dict([1]), "TypeError", "cannot convert dictionary update sequence element #0 to a sequence"); // dict([1])
  raises(() => py_dict([T(1, 2), null]), "TypeError", "cannot convert dictionary update sequence element #1 to a sequence"); // dict([(1, 2), None])
  raises(() => py_dict([T([1], 2)]), "TypeError", "unhashable type: 'list'"); // dict([([1], 2)])
  raises(() => py_dict(null), "TypeError", "'NoneType' object is not iterable"); // dict(None)
  raises(() => py_dict(5), "TypeError", "'int' object is not iterable"); // dict(5)
});

test("isinstance", () => {
  same(py_isinstance(true, "int"), true); // isinstance(True, int)
  same(py_isinstance(true, "bool"), true); // isinstance(True, bool)
  same(py_isinstance(1, "bool"), false); // isinstance(1, bool)
  same(py_isinstance(1, "float"), false); // isinstance(1, float)
  same(py_isinstance(1.5, "float"), true); // isinstance(1.5, float)
  same(py_isinstance(1.5, "int"), false); // isinstance(1.5, int)
  same(py_isinstance(NaN, "float"), true); // isinstance(float('nan'), float)
  same(py_isinstance(Infinity, "int"), false); // isinstance(float('inf'), int)
  same(py_isinstance(1, ["str", "int"]), true); // isinstance(1, (str, int))
  same(py_isinstance(1.5, T("int", "float")), true); // isinstance(1.5, (int, float))
  same(py_isinstance("s", ["int", ["float", "str"]]), true); // isinstance('s', (int, (float, str)))
  same(py_isinstance("s", "str"), true); // isinstance('s', str)
  same(py_isinstance([], "list"), true); // isinstance([], list)
  same(py_isinstance([], "tuple"), false); // isinstance([], tuple)
  same(py_isinstance(T(), "tuple"), true); // isinstance((), tuple)
  same(py_isinstance(T(), "list"), false); // isinstance((), list)
  same(py_isinstance({}, "dict"), true); // isinstance({}, dict)
  same(py_isinstance(new Map(), "dict"), true); // isinstance({}, dict)
  same(py_isinstance(new Set(), "set"), true); // isinstance(set(), set)
  same(py_isinstance(new Set(), "dict"), false); // isinstance(set(), dict)
  same(py_isinstance(null, "NoneType"), true); // isinstance(None, type(None))
  same(py_isinstance(undefined, "NoneType"), true); // isinstance(None, type(None))
  same(py_isinstance(0, "NoneType"), false); // isinstance(0, type(None))
  same(py_isinstance(null, "object"), true); // isinstance(None, object)
  same(py_isinstance(1, []), false); // isinstance(1, ())
  same(py_isinstance(new py_KeyError("k"), py_LookupError), true); // isinstance(KeyError('k'), LookupError)
  same(py_isinstance(new py_KeyError("k"), [py_ValueError, py_IndexError]), false); // isinstance(KeyError('k'), (ValueError, IndexError))
  same(py_isinstance(new py_ValueError(), py_Exception), true); // isinstance(ValueError(), Exception)
  raises(() => py_isinstance(1, 5), "TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union"); // isinstance(1, 5)
});

test("divmod", () => {
  same(py_divmod(7, 2), T(3, 1)); // divmod(7, 2)
  same(py_divmod(-7, 2), T(-4, 1)); // divmod(-7, 2)
  same(py_divmod(7, -2), T(-4, -1)); // divmod(7, -2)
  same(py_divmod(-7, -2), T(3, -1)); // divmod(-7, -2)
  same(py_divmod(0, -5), T(0, 0)); // divmod(0, -5)
  same(py_divmod(true, 2), T(0, 1)); // divmod(True, 2)
  same(py_divmod(7, 2.5), T(2.0, 2.0)); // divmod(7, 2.5)
  same(py_divmod(-7.5, 2), T(-4.0, 0.5)); // divmod(-7.5, 2)
  same(py_divmod(7, -2.5), T(-3.0, -0.5)); // divmod(7, -2.5)
  same(py_divmod(-0.0, 5), T(-0, 0.0)); // divmod(-0.0, 5)
  same(py_divmod(0.5, -5), T(-1.0, -4.5)); // divmod(0.5, -5)
  same(py_divmod(Infinity, 2), T(NaN, NaN)); // divmod(float('inf'), 2)
  same(py_divmod(5, Infinity), T(0.0, 5.0)); // divmod(5, float('inf'))
  same(py_divmod(-5, Infinity), T(-1.0, Infinity)); // divmod(-5, float('inf'))
  same(py_divmod(0.1, 0.01), T(10.0, 3.469446951953614e-18)); // divmod(0.1, 0.01)
  raises(() => py_divmod(1, 0), "ZeroDivisionError", "integer division or modulo by zero"); // divmod(1, 0)
  raises(() => py_divmod(1.5, 0), "ZeroDivisionError", "float divmod()"); // divmod(1.5, 0)
  raises(() => py_divmod("a", 2), "TypeError", "unsupported operand type(s) for divmod(): 'str' and 'int'"); // divmod('a', 2)
  raises(() => py_divmod(1, null), "TypeError", "unsupported operand type(s) for divmod(): 'int' and 'NoneType'"); // divmod(1, None)
});

test("chr, ord, hex, bin, oct", () => {
  same(py_chr(97), "a"); // chr(97)
  same(py_chr(0x1F600), "\ud83d\ude00"); // chr(0x1F600)
  same(py_chr(true), "\u0001"); // chr(True)
  same(py_chr(0), "\u0000"); // chr(0)
  raises(() => py_chr(-1), "ValueError", "chr() arg not in range(0x110000)"); // chr(-1)
  raises(() => py_chr(0x110000), "ValueError", "chr() arg not in range(0x110000)"); // chr(0x110000)
  raises(() => py_chr(2147483647), "ValueError", "chr() arg not in range(0x110000)"); // chr(2**31 - 1)
  raises(() => py_chr(-2147483648), "ValueError", "chr() arg not in range(0x110000)"); // chr(-2**31)
  raises(() => py_chr(2147483648), "OverflowError", "Python int too large to convert to C int"); // chr(2**31)
  raises(() => py_chr(-2147483649), "OverflowError", "Python int too large to convert to C int"); // chr(-2**31 - 1)
  raises(() => py_chr(1.5), "TypeError", "'float' object cannot be interpreted as an integer"); // chr(1.5)
  raises(() => py_chr("a"), "TypeError", "'str' object cannot be interpreted as an integer"); // chr('a')
  same(py_ord("a"), 97); // ord('a')
  same(py_ord("\u{1F600}"), 128512); // ord('\U0001F600')
  same(py_ord("\u00e9"), 233); // ord('\u00e9')
  raises(() => py_ord("ab"), "TypeError", "ord() expected a character, but string of length 2 found"); // ord('ab')
  raises(() => py_ord(""), "TypeError", "ord() expected a character, but string of length 0 found"); // ord('')
  raises(() => py_ord("\u{1F600}a"), "TypeError", "ord() expected a character, but string of length 2 found"); // ord('\U0001F600a')
  raises(() => py_ord(1), "TypeError", "ord() expected string of length 1, but int found"); // ord(1)
  raises(() => py_ord(null), "TypeError", "ord() expected string of length 1, but NoneType found"); // ord(None)
  same(py_hex(255), "0xff"); // hex(255)
  same(py_hex(-255), "-0xff"); // hex(-255)
  same(py_hex(0), "0x0"); // hex(0)
  same(py_hex(true), "0x1"); // hex(True)
  same(py_hex(2 ** 53), "0x20000000000000"); // hex(2 ** 53)
  same(py_bin(5), "0b101"); // bin(5)
  same(py_bin(-5), "-0b101"); // bin(-5)
  same(py_bin(0), "0b0"); // bin(0)
  same(py_oct(8), "0o10"); // oct(8)
  same(py_oct(-8), "-0o10"); // oct(-8)
  raises(() => py_hex(1.5), "TypeError", "'float' object cannot be interpreted as an integer"); // hex(1.5)
  raises(() => py_bin(null), "TypeError", "'NoneType' object cannot be interpreted as an integer"); // bin(None)
  raises(() => py_oct("8"), "TypeError", "'str' object cannot be interpreted as an integer"); // oct('8')
});

test("iterators and generators", () => {
  same(py_sum((function* () { yield 1; yield 2; yield 3; })()), 6); // sum(iter([1, 2, 3]))
  same(py_sum((function* () { yield 1; yield 2; yield 3; })(), 0.5), 6.5); // sum(iter([1, 2, 3]), 0.5)
  same(py_min([(function* () { yield 1; yield 2; yield 3; })()]), 1); // min(iter([1, 2, 3]))
  same(py_max([(function* () { yield 1; yield 2; yield 3; })()], (x) => -x), 1); // max(iter([1, 2, 3]), key=lambda x: -x)
  same(py_max([(function* () {})()], undefined, "none"), "none"); // max(iter([]), default='none')
  same(py_sorted((function* () { yield 1; yield 2; yield 3; })(), undefined, true), [3, 2, 1]); // sorted(iter([1, 2, 3]), reverse=True)
  same(Array.from(py_enumerate((function* () { yield 1; yield 2; yield 3; })(), 10)), [T(10, 1), T(11, 2), T(12, 3)]); // list(enumerate(iter([1, 2, 3]), 10))
  same(py_list((function* () { yield 1; yield 2; yield 3; })()), [1, 2, 3]); // list(iter([1, 2, 3]))
  same(py_tuple((function* () { yield 1; yield 2; yield 3; })()), T(1, 2, 3)); // tuple(iter([1, 2, 3]))
  same(py_set((function* () { yield 1; yield 2; yield 3; })()), new Set([1, 2, 3])); // set(iter([1, 2, 3]))
  same(Array.from(py_map((x) => x * 10, (function* () { yield 1; yield 2; yield 3; })())), [10, 20, 30]); // list(map(lambda x: x * 10, iter([1, 2, 3])))
  same(Array.from(py_filter((x) => x !== 2, (function* () { yield 1; yield 2; yield 3; })())), [1, 3]); // list(filter(lambda x: x != 2, iter([1, 2, 3])))
  same(py_any((function* () { yield 1; yield 2; yield 3; })()), true); // any(iter([1, 2, 3]))
  same(py_all((function* () { yield 1; yield 0; throw new Error("not reached"); })()), false); // all(iter([1, 0]))
  same(py_any((function* () { yield 0; yield 2; throw new Error("not reached"); })()), true); // any(iter([0, 2]))
  // zip takes one value from each iterable in turn and stops at the first exhausted one
  same((() => { const it = [1, 2, 3][Symbol.iterator](); const z = Array.from(py_zip(it, [9])); return [z, [...it]]; })(), [[T(1, 9)], [3]]); // exec:it = iter([1, 2, 3]); z = list(zip(it, [9])); result = [z, list(it)]
  same((() => { const it = [1, 2, 3][Symbol.iterator](); const z = Array.from(py_zip([9], it)); return [z, [...it]]; })(), [[T(9, 1)], [2, 3]]); // exec:it = iter([1, 2, 3]); z = list(zip([9], it)); result = [z, list(it)]
  same((() => { const it = [1, 2, 3][Symbol.iterator](); const z = Array.from(py_map((a, b) => a + b, it, [9])); return [z, [...it]]; })(), [[10], [3]]);
  same(py_dict((function* () { yield T("a", 1); yield ["b", 2]; })()), new Map([["a", 1], ["b", 2]])); // dict(iter([('a', 1), ['b', 2]]))
});

test("print", () => {
  same((() => { const seen = []; const log = console.log; console.log = (line) => seen.push(line); let r; try { r = py_print(1, "a", null, 2.5, true, [1, "a"], T(1), new Map([["k", false]]), new Set()); py_print(); } finally { console.log = log; } return [r, seen]; })(), [null, ["1 a None 2.5 True [1, 'a'] (1,) {'k': False} set()", ""]]);
});


test("next(iterator, default)", () => {
  const R = load("py_next", "py_enumerate", "py_map");
  function* gen() { yield 1; yield 2; }
  const g = gen();
  same(R.py_next(g), 1);
  same(R.py_next(g, null), 2);
  same(R.py_next(g, null), null);
  same(R.py_next(g, "done"), "done");
  raises(() => R.py_next(g), "StopIteration", "");
  const e = R.py_enumerate(["a"]);
  same(R.py_next(e), T(0, "a"));
  same(R.py_next(e, -1), -1);
  raises(() => R.py_next([1, 2]), "TypeError", "'list' object is not an iterator");
  raises(() => R.py_next("ab"), "TypeError", "'str' object is not an iterator");
  raises(() => R.py_next(new Map()), "TypeError", "'dict' object is not an iterator");
  raises(() => R.py_next(null, 0), "TypeError", "'NoneType' object is not an iterator");
  raises(() => R.py_next(T(1)), "TypeError", "'tuple' object is not an iterator");
});

test("map, filter, zip, enumerate go on after their function raised", () => {
  const failing = (x) => {
    if (x === 2) throw new py_ValueError("bad");
    return x * 10;
  };
  for (const make of [
    () => py_map(failing, [1, 2, 3]),
    () => py_filter(failing, [1, 2, 3]),
    () => py_zip(py_map(failing, [1, 2, 3])),
    () => py_enumerate(py_map(failing, [1, 2, 3])),
  ]) {
    const it = make();
    assert.equal(it.next().done, false);
    assert.throws(() => it.next(), py_ValueError);
    const rest = it.next(); // CPython's next() takes 3 here; a generator would be done
    assert.equal(rest.done, false);
    assert.equal(it.next().done, true);
  }
  assert.equal(Object.prototype.toString.call(py_map(failing, [])), "[object map]");
});
