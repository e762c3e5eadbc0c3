// requires: py_compare_str py_eq py_exceptions py_hash_find py_typename
// Ordering comparison shared by py_lt, py_le, py_gt, py_ge; op is 0 "<", 1 "<=", 2 ">",
// 3 ">=". Numbers and bools numerically, strings by code point, lists with lists and
// tuples with tuples lexicographically (the first unequal items decide, with the same
// operator), sets by inclusion; any other pair raises CPython's TypeError.
function py_compare(a, b, op) {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    switch (op) {
      case 0: return x < y;
      case 1: return x <= y;
      case 2: return x > y;
      default: return x >= y;
    }
  }
  if (ta === "string" && tb === "string") {
    return py_compare_result(py_compare_str(a, b), op);
  }
  if (Array.isArray(a) && Array.isArray(b) && Object.isFrozen(a) === Object.isFrozen(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a[i];
      const y = b[i];
      if (!py_eq_item(x, y)) return py_compare(x, y, op);
    }
    return py_compare_result(a.length - b.length, op);
  }
  if (a instanceof Set && b instanceof Set) {
    switch (op) {
      case 0: return a.size < b.size && py_compare_subset(a, b);
      case 1: return a.size <= b.size && py_compare_subset(a, b);
      case 2: return a.size > b.size && py_compare_subset(b, a);
      default: return a.size >= b.size && py_compare_subset(b, a);
    }
  }
  const sym = op === 0 ? "<" : op === 1 ? "<=" : op === 2 ? ">" : ">=";
  throw new py_TypeError("'" + sym + "' not supported between instances of '" +
    py_typename(a) + "' and '" + py_typename(b) + "'");
}

// d is negative, zero or positive as a is below, equal to or above b.
function py_compare_result(d, op) {
  switch (op) {
    case 0: return d < 0;
    case 1: return d <= 0;
    case 2: return d > 0;
    default: return d >= 0;
  }
}

function py_compare_subset(a, b) {
  for (const x of a) if (py_hash_find(b, x) === undefined) return false;
  return true;
}
