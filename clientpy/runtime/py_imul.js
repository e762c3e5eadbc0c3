// requires: py_exceptions
// int * int where both are known ints: exact, or OverflowError when the product leaves
// the range in which a JS number holds every int (Python would give a big int).
// `+ 0` turns JS's -0 (0 * -5) into 0: an int zero has no sign, and float(), `/` or
// math.copysign would show the -0 as -0.0.
function py_imul(a, b) {
  const r = a * b;
  if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
  throw new py_OverflowError("integer result too large for a JS number");
}
