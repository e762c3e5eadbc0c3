// requires: py_bitand py_set_take_table
// `a &= b`: a set takes the intersection's members and table in place, as CPython swaps
// the bodies; anything else is `a = a & b`.
function py_iand(a, b) {
  const result = py_bitand(a, b);
  if (!(a instanceof Set) || !(result instanceof Set)) return result;
  return py_set_take_table(a, result);
}
