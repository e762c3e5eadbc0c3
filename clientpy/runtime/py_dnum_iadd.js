// requires: py_dnum_add py_list_extend
// `a += b` with b an int and a of open type: a list is extended in place (so raises
// as Python's list does), anything else is py_dnum_add.
function py_dnum_iadd(a, b) {
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    py_list_extend(a, b);
    return a;
  }
  return py_dnum_add(a, b);
}
