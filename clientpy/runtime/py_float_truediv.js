// requires: py_exceptions
// x / y for two numbers of which one is a Python float: CPython names the float in its
// error ("float division by zero"), where int / int says "division by zero".
function py_float_truediv(x, y) {
  if (y === 0 || y === false) throw new py_ZeroDivisionError("float division by zero");
  return x / y;
}
