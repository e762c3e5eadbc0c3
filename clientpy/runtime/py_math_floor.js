// requires: py_math_args
function py_math_floor(x) {
  return py_math_int(Math.floor(py_math_real(x)));
}
