// requires: py_exceptions py_is_plain py_typename py_obj_order
// `a, b, c = x`: the n items of x as an array (x itself when it is an array of length
// n), or CPython's ValueError / TypeError. Iterators are read one item past n at most.
function py_unpack(x, n) {
  if (Array.isArray(x) && x.length === n) return x;
  const it = py_unpack_iterator(x);
  const r = [];
  for (;;) {
    const step = it.next();
    if (step.done) break;
    if (r.length === n) throw new py_ValueError("too many values to unpack (expected " + n + ")");
    r.push(step.value);
  }
  if (r.length < n) {
    throw new py_ValueError("not enough values to unpack (expected " + n + ", got " + r.length + ")");
  }
  return r;
}

// The JS iterator over x's items (dict keys, str code points), or CPython's TypeError.
function py_unpack_iterator(x) {
  if (x instanceof Map) return x.keys();
  if (py_is_plain(x)) return py_obj_keys(x)[Symbol.iterator]();
  if (x !== null && x !== undefined && typeof x[Symbol.iterator] === "function" &&
      (typeof x === "string" || typeof x === "object")) {
    return x[Symbol.iterator]();
  }
  throw new py_TypeError("cannot unpack non-iterable " + py_typename(x) + " object");
}
