// requires: py_range_bounds
// len(range(...)) without making its items (range(10**12) has a length too).
function py_range_len(start, stop, step) {
  return py_range_bounds(start, stop, step)[2];
}
