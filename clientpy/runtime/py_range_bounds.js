// requires: py_index_arg py_exceptions
// [first, step, length, stop] of range(start, stop, step), its arguments checked as
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
  return [lo, by, py_range_length(lo, hi, by), hi];
}

// The number of items of range(lo, hi, by). `hi - lo - 1` is exact below 2**53; from
// there it may round to `hi - lo` (range(0, 2**54, 2**52) has 4 items, not 5), and
// BigInt counts them.
function py_range_length(lo, hi, by) {
  if (by > 0 ? hi <= lo : lo <= hi) return 0;
  const span = by > 0 ? hi - lo : lo - hi;
  if (span < 9007199254740992) return Math.floor((span - 1) / Math.abs(by)) + 1;
  const exact = by > 0 ? BigInt(hi) - BigInt(lo) : BigInt(lo) - BigInt(hi);
  return Number((exact - 1n) / BigInt(Math.abs(by)) + 1n);
}
