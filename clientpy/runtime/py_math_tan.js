// requires: py_float_trig_dd py_math_args
function py_math_tan(x) {
  x = py_math_real(x);
  return py_math_domain(py_float_trig_dd("tan", x), x);
}
