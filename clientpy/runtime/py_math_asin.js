// requires: py_float_trig py_math_args
function py_math_asin(x) {
  x = py_math_real(x);
  return py_math_domain(py_float_trig_asin(x), x);
}
