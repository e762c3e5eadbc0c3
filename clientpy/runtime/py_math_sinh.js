// requires: py_math_args
function py_math_sinh(x) {
  x = py_math_real(x);
  return py_math_range(Math.sinh(x), x);
}
