// requires: py_exceptions py_typename py_is_int
// ~x for ints and bools: -x - 1 at any size (JS's ~ would cut to 32 bits).
function py_invert(x) {
  if ((x | 0) === x) return ~x;
  if (typeof x === "boolean") return x ? -2 : -1;
  if (typeof x === "number" && py_is_int(x)) return -x - 1;
  throw new py_TypeError("bad operand type for unary ~: '" + py_typename(x) + "'");
}
