// requires: py_bitxor py_set_remove_each
// `a ^= b`: each member of b is removed from the set a if there, added if not, in
// place; anything else is `a = a ^ b`.
function py_ixor(a, b) {
  if (a instanceof Set && b instanceof Set) return py_set_remove_each(a, b, true);
  return py_bitxor(a, b);
}
