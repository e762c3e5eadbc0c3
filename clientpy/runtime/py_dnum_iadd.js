// requires: py_dnum_add py_iadd
// `a += b` with an int and a number from Dash (or a of open type): a list is extended
// in place (so raises as Python's list does), anything else is py_dnum_add, its
// TypeError naming `+=`.
function py_dnum_iadd(a, b) {
  if (typeof a === "number" && typeof b === "number") return py_dnum_add(a, b);
  return py_iadd_other(a, b, py_dnum_add);
}
