// requires: py_add py_binop_error py_hash_find py_DictView py_set py_set_difference
// requires: py_view_setop
// a - b: numbers (bools as ints); set difference.
function py_sub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Math.abs(r) < 9007199254740992) return r;
    return py_add_big(a, -b, r);
  }
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    return py_sub(+a, +b);
  }
  if ((a instanceof py_DictView && a.setLike) || (b instanceof py_DictView && b.setLike)) {
    return py_view_setop(a, b, "-"); // a view takes any iterable
  }
  if (a instanceof Set && b instanceof Set) return py_set_minus(a, b);
  throw py_binop_error("-", a, b);
}
