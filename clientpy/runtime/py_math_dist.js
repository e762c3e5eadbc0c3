// requires: py_exceptions py_iter py_math_args py_math_norm
function py_math_dist(p, q) {
  // Each point is taken whole first (any iterable, as CPython's tuple() of it),
  // then the sizes compared, then each pair of coordinates read as floats.
  p = Array.from(py_iter(p));
  q = Array.from(py_iter(q));
  if (p.length !== q.length) {
    throw new py_ValueError("both points must have the same number of dimensions");
  }
  return py_math_vector_norm(p.map((x, i) => py_math_real(x) - py_math_real(q[i])));
}
