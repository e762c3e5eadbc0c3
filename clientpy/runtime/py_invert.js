// requires: py_exceptions py_typename py_is_int
// ~x for ints and bools: -x - 1 (JS's ~ would cut to 32 bits). From 2**53 on that is
// no exact JS number: OverflowError, as the other int operations raise there.
function py_invert(x) {
  if ((x | 0) === x) return ~x;
  if (typeof x === "boolean") return x ? -2 : -1;
  if (typeof x === "number" && py_is_int(x)) {
    if (x >= 9007199254740992 || x < -9007199254740992) {
      throw new py_OverflowError("integer result too large for a JS number");
    }
    return -x - 1;
  }
  throw new py_TypeError("bad operand type for unary ~: '" + py_typename(x) + "'");
}
