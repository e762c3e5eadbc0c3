// requires: py_float_trig py_math_args
function py_math_atan(x) {
  return py_float_trig_atan2(py_math_real(x), 1);
}
