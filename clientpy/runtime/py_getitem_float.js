// requires: py_exceptions py_getitem py_typename
// o[k] where k is statically a float: a sequence or str raises TypeError as in Python
// (the number alone cannot tell 1.0 from 1); a dict looks the key up (d[1.0] is d[1]).
function py_getitem_float(o, k) {
  if (Array.isArray(o) || typeof o === "string") {
    const kind = typeof o === "string" ? "string" : py_typename(o);
    throw new py_TypeError(kind + " indices must be integers or slices, not float");
  }
  return py_getitem(o, k);
}
