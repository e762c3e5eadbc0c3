// requires: py_dnum_sub py_inplace_error
// `a -= b` with an int and a number from Dash (or of open type): py_dnum_sub, its
// TypeError naming `-=` (b is no set, so no set changes in place).
function py_dnum_isub(a, b) {
  if (typeof a === "number" && typeof b === "number") return py_dnum_sub(a, b);
  try {
    return py_dnum_sub(a, b);
  } catch (e) {
    throw py_inplace_error(e, "-");
  }
}
