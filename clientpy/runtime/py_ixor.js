// requires: py_bitxor py_inplace_set
// `a ^= b`: a set becomes the symmetric difference in place; anything else is `a = a ^ b`.
function py_ixor(a, b) {
  return py_inplace_set(a, py_bitxor(a, b));
}
