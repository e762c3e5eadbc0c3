// requires: py_exceptions
// int * int where both are known ints: exact, or OverflowError when the product leaves
// the range in which a JS number holds every int (Python would give a big int).
function py_imul(a, b) {
  const r = a * b;
  if (r <= 9007199254740991 && r >= -9007199254740991) return r;
  throw new py_OverflowError("integer result too large for a JS number");
}
