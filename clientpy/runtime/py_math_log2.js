// requires: py_float_pow py_math_args
function py_math_log2(x) {
  return py_math_positive(py_math_real(x), py_float_pow_log2);
}
