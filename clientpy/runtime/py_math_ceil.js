// requires: py_math_args
function py_math_ceil(x) {
  return py_math_int(Math.ceil(py_math_real(x)));
}
