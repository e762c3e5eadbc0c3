// requires: py_range_bounds py_exceptions
// len(range(...)) without making its items (range(10**12) has a length too). A length
// from 2**53 on is no exact JS number: OverflowError, as the int arithmetic raises.
function py_range_len(start, stop, step) {
  const n = py_range_bounds(start, stop, step)[2];
  if (n >= 9007199254740992) throw new py_OverflowError("integer result too large for a JS number");
  return n;
}
