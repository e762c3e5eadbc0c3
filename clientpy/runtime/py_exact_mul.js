// requires: py_two_prod
// a * b for two integral numbers when the product is exactly representable, else NaN
// (the caller raises OverflowError rather than return an int with lost digits).
function py_exact_mul(a, b) {
  const p = a * b;
  if (p < 9007199254740992 && p > -9007199254740992) return p;
  if (p === Infinity || p === -Infinity || p !== p) return NaN;
  return py_two_prod(a, b)[1] === 0 ? p : NaN; // the rounding error of p, exactly
}
