// requires: py_exceptions py_math_args py_math_gcd
function py_math_lcm(...xs) {
  return xs.map(py_math_index).reduce((a, b) => {
    if (a === 0 || b === 0) return 0;
    // a / gcd is exact; a product past 2**53 rounds to 2**53 or more, which raises
    const r = Math.abs((a / py_math_gcd(a, b)) * b);
    if (r > 9007199254740991) throw new py_OverflowError("integer result too large for a JS number");
    return r;
  }, 1);
}
