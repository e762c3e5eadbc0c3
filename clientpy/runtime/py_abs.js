// requires: py_exceptions py_typename
// abs(x) for numbers and bools.
function py_abs(x) {
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new py_TypeError("bad operand type for abs(): '" + py_typename(x) + "'");
}
