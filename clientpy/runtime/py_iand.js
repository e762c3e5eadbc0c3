// requires: py_bitand py_inplace_set
// `a &= b`: a set keeps only b's members, in place; anything else is `a = a & b`.
function py_iand(a, b) {
  return py_inplace_set(a, py_bitand(a, b));
}
