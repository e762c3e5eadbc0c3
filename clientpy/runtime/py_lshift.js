// requires: py_exceptions py_int_operand py_int_whole
// a << b for ints: a * 2**b, exact (OverflowError from 1e21 on, py_int_whole).
function py_lshift(a, b) {
  const x = py_int_operand("<<", a, b, 0);
  const n = py_int_operand("<<", a, b, 1);
  if (n < 0) throw new py_ValueError("negative shift count");
  if (x === 0) return 0;
  const r = x * Math.pow(2, n);
  return py_int_whole(r);
}
