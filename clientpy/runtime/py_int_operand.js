// requires: py_binop_error py_is_int
// The int value of both operands of an int-only operator (bools count as ints), or the
// TypeError CPython raises for `a <op> b`. Returns a number; the caller passes which one.
function py_int_operand(op, a, b, which) {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "boolean" || (ta === "number" && py_is_int(a))) &&
      (tb === "boolean" || (tb === "number" && py_is_int(b)))) {
    return which === 0 ? +a : +b;
  }
  throw py_binop_error(op, a, b);
}
