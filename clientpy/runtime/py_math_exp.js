// requires: py_float_pow py_math_args
// exp, log, log2, pow and the trigonometric functions correctly rounded, as glibc's
// nearly always are (Math's are an ulp off for a few arguments in a hundred)
function py_math_exp(x) {
  x = py_math_real(x);
  return py_math_range(py_float_pow_exp(x), x);
}
