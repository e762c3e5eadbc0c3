// requires: py_exceptions
// x % y for two numbers of which one is a Python float: the remainder takes the sign of
// the divisor, a zero one included (`0.0 % -3.0` is -0.0), as in CPython.
function py_float_mod(x, y) {
  if (y === 0 || y === false) throw new py_ZeroDivisionError("float modulo");
  const mod = x % y;
  if (mod === 0) return y < 0 ? -0 : 0;
  return (y < 0) !== (mod < 0) ? mod + y : mod;
}
