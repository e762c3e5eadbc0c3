// requires: py_floordiv
// a // b where the compiler knows both are numbers (ints or floats): the quotient's floor
// where it is plainly not near an integer, py_floordiv elsewhere.
// Below 2**20 a rounded quotient is within 2**-34 of the exact one, so one more than 1e-9
// from both integers around it has the exact quotient's floor, which is CPython's result
// for ints and floats alike (and never -0: a zero floor comes from a positive quotient).
// Integral quotients, zeros, NaN and the infinities of a zero divisor take the long way.
function py_num_floordiv(a, b) {
  const d = a / b;
  if (d < 1048576 && d > -1048576) {
    const q = Math.floor(d);
    if (d - q > 1e-9 && q + 1 - d > 1e-9) return q;
  }
  return py_floordiv(a, b);
}
