// requires: py_inplace_error py_num_add py_set_remove_each py_sub
// `a -= b`: a set loses b's members in place; anything else is `a = a - b`, its
// TypeError naming `-=`.
function py_isub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b; // as py_sub
    if (Math.abs(r) < 9007199254740992) return r;
    return py_add_big(a, -b, r);
  }
  if (a instanceof Set && b instanceof Set) return py_set_remove_each(a, b, false);
  try {
    return py_sub(a, b);
  } catch (e) {
    throw py_inplace_error(e, "-");
  }
}
