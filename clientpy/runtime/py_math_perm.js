// requires: py_exceptions py_math_args
function py_math_perm(n, k) {
  n = py_math_count(n, "n");
  k = k === undefined || k === null ? n : py_math_count(k, "k"); // perm(n) is n!
  if (k > n) return 0;
  let r = 1n;
  for (let i = 0; i < k; i++) {
    r *= BigInt(n - i);
    if (r > 9007199254740991n) throw new py_OverflowError("integer result too large for a JS number");
  }
  return Number(r);
}
