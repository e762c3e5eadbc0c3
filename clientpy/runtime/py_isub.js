// requires: py_inplace_set py_sub
// `a -= b`: a set loses b's members in place; anything else is `a = a - b`.
function py_isub(a, b) {
  return py_inplace_set(a, py_sub(a, b));
}
