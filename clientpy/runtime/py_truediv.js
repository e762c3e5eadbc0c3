// requires: py_binop_error py_exceptions py_is_int
// a / b: always the (correctly rounded) float quotient of numbers and bools.
function py_truediv(a, b) {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return a / b;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    const x = +a;
    const y = +b;
    if (y === 0) {
      throw new py_ZeroDivisionError(py_is_int(x) ? "division by zero" : "float division by zero");
    }
    return x / y;
  }
  throw py_binop_error("/", a, b);
}
