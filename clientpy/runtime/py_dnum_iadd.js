// requires: py_dnum_add py_inplace_error py_list_extend
// `a += b` with an int and a number from Dash (or a of open type): a list is extended
// in place (so raises as Python's list does), anything else is py_dnum_add, its
// TypeError naming `+=`.
function py_dnum_iadd(a, b) {
  if (typeof a === "number" && typeof b === "number") return py_dnum_add(a, b);
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    py_list_extend(a, b);
    return a;
  }
  try {
    return py_dnum_add(a, b);
  } catch (e) {
    throw py_inplace_error(e, "+");
  }
}
