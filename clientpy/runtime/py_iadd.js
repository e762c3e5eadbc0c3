// requires: py_add py_list_extend
// `a += b`: a list is extended in place (other names for it see the change), as in
// Python; everything else is `a = a + b`.
function py_iadd(a, b) {
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    py_list_extend(a, b);
    return a;
  }
  return py_add(a, b);
}
