// requires: py_exact_mul py_exceptions py_is_int py_int_whole
// a * b where the compiler knows both are numbers that may be ints: an int product must
// be exact or raise OverflowError; a float product just rounds.
function py_num_mul(a, b) {
  const r = a * b;
  if (Math.abs(r) < 9007199254740992) return r;
  return py_mul_big(a, b, r);
}

// A product of two ints past 2**53: raises, as py_add_big does for sums.
function py_mul_big(a, b, r) {
  a = +a; // a bool is an int (`n *= True`)
  b = +b;
  if (!py_is_int(a) || !py_is_int(b)) return r;
  const p = Number.isSafeInteger(a) && Number.isSafeInteger(b) ? NaN : py_exact_mul(a, b);
  if (p !== p) throw new py_OverflowError("integer result too large for a JS number");
  return py_int_whole(p);
}
