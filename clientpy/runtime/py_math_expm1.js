// requires: py_math_args
function py_math_expm1(x) {
  x = py_math_real(x);
  return py_math_range(Math.expm1(x), x);
}
