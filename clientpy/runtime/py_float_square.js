// requires: py_exceptions
// x ** 2 of a float (or an int with 2.0): one IEEE multiply is the correctly rounded
// square, which is CPython's answer; a finite x whose square overflows raises as
// CPython's pow does (nan, inf and -0.0 square as they do there).
function py_float_square(a) {
  const x = +a;
  const r = x * x;
  if (r === Infinity && x !== Infinity && x !== -Infinity) {
    throw new py_OverflowError("(34, 'Numerical result out of range')");
  }
  return r;
}
