// requires: py_exceptions py_float_arg py_getitem py_typename
// o[k] where k is statically a float: a sequence or str raises TypeError as in Python
// (the number alone cannot tell 1.0 from 1); a dict looks the key up (d[1.0] is d[1]),
// and a KeyError of a missing key prints it as the float it is (`KeyError(2.0)`).
function py_getitem_float(o, k) {
  if (typeof o === "string") throw new py_TypeError("string indices must be integers, not 'float'");
  if (Array.isArray(o)) throw new py_TypeError(py_typename(o) + " indices must be integers or slices, not float");
  try {
    return py_getitem(o, k);
  } catch (e) {
    py_float_arg_mark(e);
    throw e;
  }
}
