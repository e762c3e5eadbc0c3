// requires: py_exceptions py_typename
// -x for numbers and bools (an int never comes out as -0).
function py_neg(x) {
  if (typeof x === "number") return x === 0 ? 0 : -x;
  if (typeof x === "boolean") return x ? -1 : 0;
  throw new py_TypeError("bad operand type for unary -: '" + py_typename(x) + "'");
}
