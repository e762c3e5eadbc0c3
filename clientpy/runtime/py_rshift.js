// requires: py_exceptions py_int_operand
// a >> b for ints: floor(a / 2**b) at any size.
function py_rshift(a, b) {
  if ((a | 0) === a && (b | 0) === b && b >= 0 && b < 32) return a >> b;
  const x = py_int_operand(">>", a, b, 0);
  const n = py_int_operand(">>", a, b, 1);
  if (n < 0) throw new py_ValueError("negative shift count");
  if (n >= 1024) return x < 0 ? -1 : 0;
  const r = Math.floor(x / Math.pow(2, n));
  return r === 0 ? 0 : r;
}
