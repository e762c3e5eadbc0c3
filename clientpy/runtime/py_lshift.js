// requires: py_exceptions py_int_operand
// a << b for ints: a * 2**b, exact at any size (OverflowError past the double range).
function py_lshift(a, b) {
  const x = py_int_operand("<<", a, b, 0);
  const n = py_int_operand("<<", a, b, 1);
  if (n < 0) throw new py_ValueError("negative shift count");
  if (x === 0) return 0;
  const r = x * Math.pow(2, n);
  if (r === Infinity || r === -Infinity) throw new py_OverflowError("integer result too large for a JS number");
  return r;
}
