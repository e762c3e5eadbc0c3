// requires: py_divmod py_float_divmod py_float_floordiv py_float_truediv py_floordiv
// requires: py_truediv
// a / b, a // b, divmod(a, b) (op "/", "//", "divmod") where the compiler knows one
// operand is a float and the other is of open type: two numbers take the float
// algorithm (a zero keeps CPython's sign, "float division by zero"), where an integral
// float would pass for an int; anything else raises as the open helper does.
function py_float_open(a, b, op) {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    if (op === "/") return py_float_truediv(x, y);
    return op === "//" ? py_float_floordiv(x, y) : py_float_divmod(x, y);
  }
  if (op === "/") return py_truediv(a, b);
  return op === "//" ? py_floordiv(a, b) : py_divmod(a, b);
}
