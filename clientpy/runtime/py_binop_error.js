// requires: py_exceptions py_typename
// The TypeError CPython raises for an operator its operands do not support, built (not
// thrown): `throw py_binop_error("+", a, b)`.
function py_binop_error(op, a, b) {
  return new py_TypeError("unsupported operand type(s) for " + op + ": '" +
    py_typename(a) + "' and '" + py_typename(b) + "'");
}
