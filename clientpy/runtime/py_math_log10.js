// requires: py_float_pow py_math_args
function py_math_log10(x) {
  return py_math_positive(py_math_real(x), py_math_log10_of);
}

// glibc's log10 (from fdlibm): log(x) / ln(10) with the exponent's part split off, so
// that log10(10**n) is exactly n.
function py_math_log10_of(x) {
  let k = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984;
    k -= 54;
  }
  if (m === Infinity) return m;
  let e = Math.floor(Math.log2(m));
  if (Math.pow(2, e) > m) e -= 1;
  else if (Math.pow(2, e + 1) <= m) e += 1;
  k += e;
  // as fdlibm: for k < 0 the mantissa is taken in [1/2, 1) and the exponent raised by one
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const z = m / Math.pow(2, e) / (i ? 2 : 1);
  return (y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * py_float_pow_log(z)) +
    y * 3.01029995663611771306e-1;
}
