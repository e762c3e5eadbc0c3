// requires: py_attr_error py_index_arg py_lt
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
    const cmp = py_list_sort_comparator(self, rev);
    self.sort(cmp);
    return null;
  }
  const keys = new Array(n);
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const k = key(self[i]);
    keys[i] = k;
    if (typeof k !== "number" || k !== k) numeric = false; // NaN takes the general path
  }
  if (n < 2) return null;
  // Each key travels with its value: the comparator reads both keys from objects of one
  // shape, whichever list and key function the call has, so its property loads stay
  // monomorphic where an index into a per-call keys array would not.
  const cmp = numeric ? (rev ? py_list_sort_desc : py_list_sort_asc) : py_list_sort_pairs(keys, rev);
  const pairs = new Array(n);
  for (let i = 0; i < n; i++) pairs[i] = new py_SortPair(keys[i], self[i]);
  pairs.sort(cmp);
  for (let i = 0; i < n; i++) self[i] = pairs[i].v;
  return null;
}

class py_SortPair {
  constructor(k, v) {
    this.k = k;
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

function py_list_sort_pairs(keys, rev) {
  const cmp = py_list_sort_comparator(keys, false); // turns undefined keys into null
  return rev ? (a, b) => cmp(b.k, a.k) : (a, b) => cmp(a.k, b.k);
}

// Picks the comparator for the values in `a` (and turns undefined into null in place, so
// that Array.prototype.sort does not set them aside uncompared).
function py_list_sort_comparator(a, rev) {
  let nums = true;
  let strs = true;
  let astral = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const t = typeof x;
    if (t === "number" || t === "boolean") {
      strs = false;
    } else if (t === "string") {
      nums = false;
      if (!astral && /[\uD800-\uDFFF]/.test(x)) astral = true;
    } else {
      nums = false;
      strs = false;
      if (x === undefined) a[i] = null;
    }
  }
  let cmp;
  if (nums) {
    cmp = py_list_sort_num;
  } else if (strs) {
    cmp = astral ? py_list_sort_codepoints : py_list_sort_units;
  } else {
    cmp = py_list_sort_any;
  }
  return rev ? (x, y) => cmp(y, x) : cmp;
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

function py_list_sort_any(x, y) {
  return py_lt(x, y) ? -1 : py_lt(y, x) ? 1 : 0;
}
