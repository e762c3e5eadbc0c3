// requires: py_attr_error py_index_arg py_lt py_has_surrogates
// list.sort(key=None, reverse=False), in place and stable. Keys are computed once per
// element, before any comparison. All-number (and bool) keys compare numerically and
// all-str keys by code point without going through py_lt; anything else uses py_lt, so
// unorderable mixes raise CPython's TypeError. reverse=True keeps equal elements in
// their original order, as CPython does.
function py_list_sort(self, key, reverse) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "sort");
  const rev = reverse === undefined ? false : py_index_arg(reverse) !== 0;
  const n = self.length;
  if (key === undefined || key === null) {
    if (n < 2) return null;
    const kind = py_list_sort_kind(self);
    py_list_sort_run(self, py_list_sort_comparator(kind), rev, kind);
    return null;
  }
  const keys = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = key(self[i]);
  if (n > 1) py_list_sort_keyed(self, keys, rev);
  return null;
}

// Sorts `self` by `keys` (one per element, computed before any comparison).
function py_list_sort_keyed(self, keys, rev) {
  const n = self.length;
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== "number" || k !== k) numeric = false; // NaN takes the general path
  }
  const kind = numeric ? py_SORT_NUM : py_list_sort_kind(keys); // undefined keys to null
  // Each key travels with its value: the comparator reads both keys from objects of one
  // shape, whichever list and key function the call has, so its property loads stay
  // monomorphic where an index into a per-call keys array would not.
  const pairs = new Array(n);
  if (kind === py_SORT_TUPLES && keys[0].length === 2) {
    // `key=lambda g: (-g["units"], g["name"])`: the two items side by side in the pair,
    // compared where they stand (a total order, so reverse=True flips the comparator).
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      pairs[i] = new py_SortPair2(k[0], k[1], self[i]);
    }
    pairs.sort(rev ? py_list_sort_pairs_desc : py_list_sort_pairs_asc);
  } else {
    for (let i = 0; i < n; i++) pairs[i] = new py_SortPair(keys[i], self[i]);
    if (numeric) {
      pairs.sort(rev ? py_list_sort_desc : py_list_sort_asc);
    } else {
      const cmp = py_list_sort_comparator(kind);
      py_list_sort_run(pairs, (a, b) => cmp(a.k, b.k), rev, kind);
    }
  }
  for (let i = 0; i < n; i++) self[i] = pairs[i].v;
}

class py_SortPair {
  constructor(k, v) {
    this.k = k;
    this.v = v;
  }
}

class py_SortPair2 {
  constructor(k0, k1, v) {
    this.k0 = k0;
    this.k1 = k1;
    this.v = v;
  }
}

// Number keys (sort is stable, so equal keys keep their order either way, as CPython's
// reverse=True does). The comparators answer -1, 0 or 1 rather than a difference: a
// fractional difference is a heap number that optimized code allocates on every call.
function py_list_sort_asc(a, b) {
  const x = a.k;
  const y = b.k;
  return x < y ? -1 : x > y ? 1 : 0;
}

function py_list_sort_desc(a, b) {
  const x = a.k;
  const y = b.k;
  return x < y ? 1 : x > y ? -1 : 0;
}

// What the values in `a` are, for the comparator (and undefined turned into null in
// place, so that Array.prototype.sort does not set them aside uncompared).
const py_SORT_NUM = 0; // numbers and bools, no NaN: a total order
const py_SORT_NAN = 1; // numbers and bools with a NaN: `<` is false both ways with it
const py_SORT_UNITS = 2; // strs without surrogates: UTF-16 unit order is code point order
const py_SORT_ASTRAL = 3; // strs, some above U+FFFF
const py_SORT_ANY = 4; // anything else, through py_lt (which may not be a total order)
// Tuples of one length, each position all numbers and bools (no NaN) or all strs without
// surrogates (`key=lambda g: (-g["n"], g["name"])`): compared item by item, a total order.
const py_SORT_TUPLES = 5;

function py_list_sort_kind(a) {
  let nums = true;
  let strs = true;
  let nan = false;
  let astral = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const t = typeof x;
    if (t === "number" || t === "boolean") {
      strs = false;
      if (x !== x) nan = true;
    } else if (t === "string") {
      nums = false;
      if (!astral && py_SURROGATES.test(x)) astral = true;
    } else {
      nums = false;
      strs = false;
      if (x === undefined) a[i] = null;
    }
  }
  if (nums) return nan ? py_SORT_NAN : py_SORT_NUM;
  if (strs) return astral ? py_SORT_ASTRAL : py_SORT_UNITS;
  return py_list_sort_tuples(a) ? py_SORT_TUPLES : py_SORT_ANY;
}

function py_list_sort_tuples(a) {
  const first = a[0];
  if (!Array.isArray(first) || !Object.isFrozen(first)) return false;
  const n = first.length;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (!Array.isArray(x) || !Object.isFrozen(x) || x.length !== n) return false;
  }
  // Each position all numbers and bools without NaN (py_SORT_NUM) or all strs without
  // surrogates (py_SORT_UNITS), tested where the items stand.
  for (let p = 0; p < n; p++) {
    const t = py_list_sort_column(first[p]);
    if (t === 0) return false;
    for (let i = 1; i < a.length; i++) if (py_list_sort_column(a[i][p]) !== t) return false;
  }
  return true;
}

// What a key item is for a column of py_SORT_TUPLES: 1 a number or bool, not NaN; 2 a
// str without surrogates; 0 anything else (no total order through `<`).
function py_list_sort_column(x) {
  const t = typeof x;
  if (t === "number") return x === x ? 1 : 0;
  if (t === "boolean") return 1;
  if (t === "string") return py_SURROGATES.test(x) ? 0 : 2;
  return 0;
}

function py_list_sort_comparator(kind) {
  if (kind === py_SORT_NUM || kind === py_SORT_NAN) return py_list_sort_num;
  if (kind === py_SORT_UNITS) return py_list_sort_units;
  if (kind === py_SORT_ASTRAL) return py_list_sort_codepoints;
  if (kind === py_SORT_TUPLES) return py_list_sort_tuple;
  return py_list_sort_any;
}

// Sorts `a` in place with the ascending comparator `cmp`. For a total order, reverse=True
// is the flipped comparator: a stable sort then keeps equal elements in their original
// order, the one result CPython can give. Where the order is not total (NaN, sets,
// anything through py_lt), the result depends on how the sort runs, so it runs as CPython
// does: reverse, sort ascending, reverse (back again if a comparison raises).
function py_list_sort_run(a, cmp, rev, kind) {
  if (!rev) {
    a.sort(cmp);
  } else if (kind === py_SORT_NUM || kind === py_SORT_UNITS || kind === py_SORT_ASTRAL || kind === py_SORT_TUPLES) {
    a.sort((x, y) => cmp(y, x));
  } else {
    a.reverse();
    try {
      a.sort(cmp);
    } finally {
      a.reverse();
    }
  }
}

function py_list_sort_num(x, y) {
  // NaN compares false both ways, so it reads as "equal", as CPython reads a false `<`.
  return x < y ? -1 : x > y ? 1 : 0;
}

function py_list_sort_units(x, y) {
  return x < y ? -1 : x > y ? 1 : 0;
}

// Code point order for strings holding surrogates (UTF-16 unit order differs there).
function py_list_sort_codepoints(x, y) {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i === n) return x.length - y.length;
  const u = x.charCodeAt(i);
  const v = y.charCodeAt(i);
  if (u < 0xd800 || v < 0xd800) return u - v;
  if (i > 0) {
    const p = x.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff && ((u >= 0xdc00 && u <= 0xdfff) || (v >= 0xdc00 && v <= 0xdfff))) i--;
  }
  return x.codePointAt(i) - y.codePointAt(i);
}

// Equal items (True == 1 among numbers) pass on to the next; equal tuples are equal.
function py_list_sort_tuple(x, y) {
  for (let p = 0; p < x.length; p++) {
    const a = x[p];
    const b = y[p];
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
}

// py_SortPair2s, by their 2-tuple keys of py_SORT_TUPLES, item by item. Each `<` then
// sees one column's type (numbers, or strs) where py_list_sort_tuple's loop sees both,
// and reads no array: sorting the pairs took 2.8x a hand-written comparator's time
// through that loop, about 1.0x this way.
function py_list_sort_pairs_asc(a, b) {
  const p = a.k0;
  const q = b.k0;
  if (p < q) return -1;
  if (p > q) return 1;
  const r = a.k1;
  const s = b.k1;
  return r < s ? -1 : r > s ? 1 : 0;
}

function py_list_sort_pairs_desc(a, b) {
  return py_list_sort_pairs_asc(b, a);
}

function py_list_sort_any(x, y) {
  return py_lt(x, y) ? -1 : py_lt(y, x) ? 1 : 0;
}
