// requires: py_exceptions py_math_args
function py_math_comb(n, k) {
  n = py_math_count(n, "n");
  k = py_math_count(k, "k");
  if (k > n) return 0;
  // Exact in BigInt: each step's product is divisible by i.
  let r = 1n;
  for (let i = 1; i <= Math.min(k, n - k); i++) r = (r * BigInt(n - i + 1)) / BigInt(i);
  if (r > 9007199254740991n) throw new py_OverflowError("integer result too large for a JS number");
  return Number(r);
}
