// requires: py_exceptions py_is_int py_int_whole
// a + b where the compiler knows both are numbers but not that the sum stays small:
// plain JS addition, checked where ints could pass 2**53 (operators in bounded.py).
function py_num_add(a, b) {
  const r = a + b;
  // One test for both bounds: Math.abs compiles to a sign mask, and NaN fails it too.
  if (Math.abs(r) < 9007199254740992) return r;
  return py_add_big(a, b, r);
}

// A sum of two ints past 2**53. From two ints a JS number holds exactly it raises even
// where it has a double: that double would print, and compute on, as a float. Where an
// operand is already past 2**53 (a big JSON number) only a rounded sum raises.
function py_add_big(a, b, r) {
  a = +a; // a bool is an int (`n += True`)
  b = +b;
  if (!py_is_int(a) || !py_is_int(b)) return r;
  const bv = r - a;
  if (
    r === Infinity ||
    r === -Infinity ||
    (Number.isSafeInteger(a) && Number.isSafeInteger(b)) ||
    (a - (r - bv)) + (b - bv) !== 0
  ) {
    throw new py_OverflowError("integer result too large for a JS number");
  }
  return py_int_whole(r);
}
