// requires: py_set_remove_each py_sub
// `a -= b`: a set loses b's members in place; anything else is `a = a - b`.
function py_isub(a, b) {
  if (a instanceof Set && b instanceof Set) return py_set_remove_each(a, b, false);
  return py_sub(a, b);
}
