// requires: py_bitop
// a ^ b: 32-bit ints directly; bools, larger ints, sets through py_bitop.
function py_bitxor(a, b) {
  if ((a | 0) === a && (b | 0) === b) return a ^ b;
  return py_bitop(a, b, 2);
}
