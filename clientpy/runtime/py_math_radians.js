// requires: py_math_args
function py_math_radians(x) {
  return py_math_real(x) * (Math.PI / 180);
}
