// requires: py_math_args py_math_norm
function py_math_hypot(...xs) {
  return py_math_vector_norm(xs.map(py_math_real));
}
