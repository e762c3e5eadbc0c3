// requires: py_exceptions
// The error of `a op= b`: CPython names the augmented operator in its TypeError
// ("unsupported operand type(s) for +=: 'NoneType' and 'int'"), where the helper for
// `a op b` threw the message of `op`. Other errors pass through unchanged.
function py_inplace_error(e, op) {
  const head = "unsupported operand type(s) for " + op + ":";
  if (e instanceof py_TypeError && typeof e.message === "string" && e.message.startsWith(head)) {
    return new py_TypeError("unsupported operand type(s) for " + op + "=:" + e.message.slice(head.length));
  }
  return e;
}
