// requires: py_add py_inplace_error py_list_extend py_num_add
// `a += b`: a list is extended in place (other names for it see the change), as in
// Python; everything else is `a = a + b`, its TypeError naming `+=`.
function py_iadd(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b; // as py_add
    if (Math.abs(r) < 9007199254740992) return r;
    return py_add_big(a, b, r);
  }
  return py_iadd_other(a, b, py_add);
}

// `a += b` past two numbers, with `add` the sum's helper: a list extends in place,
// anything else is `add(a, b)`, its TypeError naming `+=`.
function py_iadd_other(a, b, add) {
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    py_list_extend(a, b);
    return a;
  }
  try {
    return add(a, b);
  } catch (e) {
    throw py_inplace_error(e, "+");
  }
}
