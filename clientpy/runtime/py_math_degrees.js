// requires: py_math_args
// CPython multiplies by a constant ratio: (x * 180) / pi rounds differently.
function py_math_degrees(x) {
  return py_math_real(x) * (180 / Math.PI);
}
