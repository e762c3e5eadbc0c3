// requires: py_index_arg py_exceptions
// [first, step, length] of range(start, stop, step), its arguments checked as
// CPython checks them.
function py_range_bounds(start, stop, step) {
  if (start === undefined) throw new py_TypeError("range expected at least 1 argument, got 0");
  let lo = 0;
  let hi;
  let by = 1;
  if (stop === undefined) {
    hi = py_index_arg(start);
  } else {
    lo = py_index_arg(start);
    hi = py_index_arg(stop);
    if (step !== undefined) {
      by = py_index_arg(step);
      if (by === 0) throw new py_ValueError("range() arg 3 must not be zero");
    }
  }
  const n = by > 0 ? (hi > lo ? Math.floor((hi - lo - 1) / by) + 1 : 0) : lo > hi ? Math.floor((lo - hi - 1) / -by) + 1 : 0;
  return [lo, by, n];
}
