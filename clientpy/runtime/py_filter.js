// requires: py_bool py_iter py_exceptions py_typename
// filter(function or None, iterable) as an array.
function py_filter(fn, it) {
  const out = [];
  const items = Array.isArray(it) ? it : py_iter(it);
  if (fn === null || fn === undefined) {
    for (const x of items) if (py_bool(x)) out.push(x);
  } else if (typeof fn !== "function") {
    for (const x of items) {
      void x;
      throw new py_TypeError("'" + py_typename(fn) + "' object is not callable");
    }
  } else {
    for (const x of items) if (py_bool(fn(x))) out.push(x);
  }
  return out;
}
