// requires: py_bitand py_set_take_table
// `a &= b`: a set takes the intersection's members and table in place, as CPython swaps
// the bodies; anything else is `a = a & b`.
function py_iand(a, b) {
  const result = py_bitand(a, b);
  // CPython's set &= takes only a set: with a dict view (or anything else) it falls
  // back to `a & b`, a new set the name is rebound to, leaving a's set as it was.
  if (!(a instanceof Set) || !(b instanceof Set) || !(result instanceof Set)) return result;
  return py_set_take_table(a, result);
}
