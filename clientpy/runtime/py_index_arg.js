// requires: py_exceptions py_typename py_is_int
// operator.index() of an argument that must be an integer (range bounds, list.insert
// positions, chr, hex ...): ints and bools pass, anything else raises the TypeError
// CPython raises. Returns a number.
function py_index_arg(x) {
  if (typeof x === "number") {
    if (py_is_int(x)) return x === 0 ? 0 : x;
  } else if (typeof x === "boolean") {
    return x ? 1 : 0;
  }
  throw new py_TypeError("'" + py_typename(x) + "' object cannot be interpreted as an integer");
}
