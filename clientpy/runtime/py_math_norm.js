// CPython's vector_norm: the sum of squares kept in double length, then a differentially
// corrected square root. Math.hypot can be an ulp away from it.
function py_math_vector_norm(xs) {
  let max = 0;
  let nan = false;
  const v = xs.map((x) => {
    const a = Math.abs(x);
    if (a !== a) nan = true;
    else if (a > max) max = a;
    return a;
  });
  if (max === Infinity) return max;
  if (nan) return NaN;
  if (max === 0 || v.length <= 1) return max;
  return py_math_norm(v, max);
}

function py_math_norm(v, max) {
  const MIN = 2.2250738585072014e-308;
  let e = py_math_frexp_exp(max);
  if (e < -1023) return MIN * py_math_norm(v.map((x) => x / MIN), max / MIN);
  const scale = Math.pow(2, -e);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (let x of v) {
    x *= scale;
    const [ph, pl] = py_math_dl_mul(x, x);
    const s = csum + ph;
    frac2 += csum - s + ph;
    csum = s;
    frac1 += pl;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [ph, pl] = py_math_dl_mul(-h, h);
  const s = csum + ph;
  frac2 += csum - s + ph;
  csum = s;
  frac1 += pl;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

// frexp's exponent: max = m * 2**e with 0.5 <= m < 1.
function py_math_frexp_exp(x) {
  let e = Math.floor(Math.log2(x)) + 1;
  if (Math.pow(2, e - 1) > x) e -= 1;
  else if (Math.pow(2, e) <= x) e += 1;
  return e;
}

// Dekker's exact product of two doubles as hi + lo.
function py_math_dl_mul(x, y) {
  const split = (a) => {
    const t = a * 134217729;
    const hi = t - (t - a);
    return [hi, a - hi];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  return [z, p - z + q + xl * yl];
}
