// requires: py_range_bounds
// range(stop) / range(start, stop[, step]) as an array of ints; called with the Python
// arguments as written, so py_range(5) is range(5).
function py_range(start, stop, step) {
  const [lo, by, n] = py_range_bounds(start, stop, step);
  const out = new Array(n);
  if (by === 1) for (let i = 0; i < n; i++) out[i] = lo + i;
  else for (let i = 0; i < n; i++) out[i] = lo + i * by;
  return out;
}
