// requires: py_exceptions py_typename
// +x for numbers and bools (a bool becomes an int).
function py_pos(x) {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new py_TypeError("bad operand type for unary +: '" + py_typename(x) + "'");
}
