// requires: py_math_args
function py_math_copysign(x, y) {
  x = py_math_real(x);
  y = py_math_real(y);
  return (y < 0 || Object.is(y, -0)) ? -Math.abs(x) : Math.abs(x);
}
