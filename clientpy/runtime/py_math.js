// requires: py_exceptions py_float_pow py_float_trig py_iter py_mul py_pow py_typename py_int_whole py_is_int
// The math module. Where JS returns NaN or ±Infinity and CPython raises, so does this;
// floor/ceil/trunc return ints (and raise on inf/nan, as int() would).
const py_math = {
  // Every function taking floats takes a bool as its int and raises TypeError for
  // anything else (None from an empty Input: Math.sqrt(null) is 0): py_math_real.
  sqrt: (x) => {
    x = py_math_real(x);
    return py_math_domain(x < 0 ? NaN : Math.sqrt(x), x);
  },
  // exp, log, log2, pow and the trigonometric functions correctly rounded, as glibc's
  // nearly always are (Math's are an ulp off for a few arguments in a hundred)
  exp: (x) => {
    x = py_math_real(x);
    return py_math_range(py_float_pow_exp(x), x);
  },
  log: (x, base) => {
    x = py_math_real(x);
    if (base !== undefined) base = py_math_real(base); // log(3, True) divides by log(1)
    // x is checked first, then the base; log(x) / log(1) divides by zero
    if (x <= 0 || (base !== undefined && base <= 0)) throw new py_ValueError("math domain error");
    if (base === 1) throw new py_ZeroDivisionError("float division by zero");
    return base === undefined ? py_float_pow_log(x) : py_float_pow_log(x) / py_float_pow_log(base);
  },
  log10: (x) => py_math_positive(py_math_real(x), py_math_log10),
  log2: (x) => py_math_positive(py_math_real(x), py_float_pow_log2),
  log1p: (x) => {
    x = py_math_real(x);
    return py_math_domain(x <= -1 ? NaN : Math.log1p(x), x);
  },
  expm1: (x) => {
    x = py_math_real(x);
    return py_math_range(Math.expm1(x), x);
  },
  sin: (x) => {
    x = py_math_real(x);
    return py_math_domain(py_float_trig_sin(x), x);
  },
  cos: (x) => {
    x = py_math_real(x);
    return py_math_domain(py_float_trig_cos(x), x);
  },
  tan: (x) => {
    x = py_math_real(x);
    return py_math_domain(py_float_trig_dd("tan", x), x);
  },
  asin: (x) => {
    x = py_math_real(x);
    return py_math_domain(py_float_trig_asin(x), x);
  },
  acos: (x) => {
    x = py_math_real(x);
    return py_math_domain(py_float_trig_acos(x), x);
  },
  atan: (x) => py_float_trig_atan2(py_math_real(x), 1),
  atan2: (y, x) => py_float_trig_atan2(py_math_real(y), py_math_real(x)),
  sinh: (x) => {
    x = py_math_real(x);
    return py_math_range(Math.sinh(x), x);
  },
  cosh: (x) => {
    x = py_math_real(x);
    return py_math_range(Math.cosh(x), x);
  },
  tanh: (x) => Math.tanh(py_math_real(x)),
  asinh: (x) => Math.asinh(py_math_real(x)),
  acosh: (x) => {
    x = py_math_real(x);
    return py_math_domain(Math.acosh(x), x);
  },
  atanh: (x) => {
    x = py_math_real(x);
    return py_math_domain(Math.abs(x) >= 1 ? NaN : Math.atanh(x), x);
  },
  hypot: (...xs) => py_math_hypot(xs.map(py_math_real)),
  fabs: (x) => Math.abs(py_math_real(x)),
  // CPython multiplies by a constant ratio: (x * 180) / pi rounds differently.
  degrees: (x) => py_math_real(x) * (180 / Math.PI),
  radians: (x) => py_math_real(x) * (Math.PI / 180),
  copysign: (x, y) => {
    x = py_math_real(x);
    y = py_math_real(y);
    return (y < 0 || Object.is(y, -0)) ? -Math.abs(x) : Math.abs(x);
  },
  fmod: (x, y) => {
    x = py_math_real(x);
    y = py_math_real(y);
    const r = x % y;
    if (r !== r && x === x && y === y) throw new py_ValueError("math domain error");
    return r;
  },
  pow: (x, y) => {
    x = py_math_real(x); // pow(False, False) is 1.0
    y = py_math_real(y);
    if (x === 0 && y < 0) throw new py_ValueError("math domain error");
    const r = y === 0 || x === 1 ? 1 : x < 0 && !Number.isInteger(y) ? NaN : py_pow_float(x, y);
    py_math_domain(r, x + y);
    return py_math_range(r, x + y);
  },
  floor: (x) => py_math_int(Math.floor(py_math_real(x))),
  ceil: (x) => py_math_int(Math.ceil(py_math_real(x))),
  trunc: (x) => {
    if (typeof x !== "number" && typeof x !== "boolean") {
      throw new py_TypeError("type " + py_typename(x) + " doesn't define __trunc__ method");
    }
    return py_math_int(Math.trunc(x));
  },
  isqrt: (x) => {
    x = py_math_index(x); // isqrt(2.5) is a TypeError
    if (x < 0) throw new py_ValueError("isqrt() argument must be nonnegative");
    // the rounded square root can be one above the integer one (n = k * k - 1)
    let r = Math.floor(Math.sqrt(x));
    while (r * r > x) r -= 1;
    while ((r + 1) * (r + 1) <= x) r += 1;
    return r;
  },
  gcd: (...xs) => xs.map(py_math_index).reduce((a, b) => {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }, 0),
  factorial: (n) => {
    n = py_math_index(n); // factorial(True) is 1, factorial(2.5) a TypeError
    if (n < 0) throw new py_ValueError("factorial() not defined for negative values");
    let r = 1;
    // past 18! the product leaves the safe ints: raise there, not after n steps
    for (let i = 2; i <= n; i++) {
      r *= i;
      if (r > 9007199254740991) throw new py_OverflowError("integer result too large for a JS number");
    }
    return r;
  },
  comb: (n, k) => {
    n = py_math_count(n, "n");
    k = py_math_count(k, "k");
    if (k > n) return 0;
    // Exact in BigInt: each step's product is divisible by i.
    let r = 1n;
    for (let i = 1; i <= Math.min(k, n - k); i++) r = (r * BigInt(n - i + 1)) / BigInt(i);
    if (r > 9007199254740991n) throw new py_OverflowError("integer result too large for a JS number");
    return Number(r);
  },
  perm: (n, k) => {
    n = py_math_count(n, "n");
    k = k === undefined || k === null ? n : py_math_count(k, "k"); // perm(n) is n!
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0; i < k; i++) {
      r *= BigInt(n - i);
      if (r > 9007199254740991n) throw new py_OverflowError("integer result too large for a JS number");
    }
    return Number(r);
  },
  lcm: (...xs) => xs.map(py_math_index).reduce((a, b) => {
    if (a === 0 || b === 0) return 0;
    // a / gcd is exact; a product past 2**53 rounds to 2**53 or more, which raises
    const r = Math.abs((a / py_math.gcd(a, b)) * b);
    if (r > 9007199254740991) throw new py_OverflowError("integer result too large for a JS number");
    return r;
  }, 1),
  dist: (p, q) => {
    // Each point is taken whole first (any iterable, as CPython's tuple() of it),
    // then the sizes compared, then each pair of coordinates read as floats.
    p = Array.from(py_iter(p));
    q = Array.from(py_iter(q));
    if (p.length !== q.length) {
      throw new py_ValueError("both points must have the same number of dimensions");
    }
    return py_math_hypot(p.map((x, i) => py_math_real(x) - py_math_real(q[i])));
  },
  isnan: (x) => Number.isNaN(py_math_real(x)),
  isinf: (x) => {
    x = py_math_real(x);
    return x === Infinity || x === -Infinity;
  },
  isfinite: (x) => Number.isFinite(py_math_real(x)),
  isclose: (a, b, rel_tol, abs_tol) => {
    a = py_math_real(a); // isclose(True, 1) is True
    b = py_math_real(b);
    const rt = rel_tol === undefined ? 1e-9 : py_math_real(rel_tol);
    const at = abs_tol === undefined ? 0 : py_math_real(abs_tol);
    if (rt < 0 || at < 0) throw new py_ValueError("tolerances must be non-negative");
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const d = Math.abs(a - b);
    return d <= Math.abs(rt * b) || d <= Math.abs(rt * a) || d <= at;
  },
  fsum: (xs) => py_math_fsum(xs),
  prod: (xs, start) => {
    let r = start === undefined ? 1 : start;
    // A product of ints is an int, whose zero has no sign: -0 from [0, -5] is 0. Once a
    // float factor (a fraction, or -0.0) takes part, CPython's float product keeps it.
    let float = py_math_float_factor(r);
    for (const x of py_iter(xs)) {
      if (!float) float = py_math_float_factor(x);
      r = py_mul(r, x); // ints exact, 'a' * 3 as in Python
    }
    return r === 0 && !float ? 0 : r;
  },
};

// A number that is a float under the value model: a fraction, or -0.0 (py_integral).
function py_math_float_factor(x) {
  return typeof x === "number" && (x % 1 !== 0 || Object.is(x, -0));
}

// A non-negative int argument (math.comb's n and k), as CPython checks it.
// An int argument (gcd's, isqrt's, factorial's): a bool is one; a float with a
// fraction is a TypeError, and so are -0.0 and a number from 1e21 on (JSON writes it
// with an exponent: a float in CPython).
function py_math_index(x) {
  if (typeof x === "boolean") return +x;
  if (!Number.isInteger(x) || Object.is(x, -0) || x >= 1e21 || x <= -1e21) {
    const name = typeof x === "number" ? "float" : py_typename(x);
    throw new py_TypeError("'" + name + "' object cannot be interpreted as an integer");
  }
  return x;
}

function py_math_count(x, name) {
  if (typeof x === "boolean") return +x;
  if (!py_is_int(x)) {
    throw new py_TypeError("'" + py_typename(x) + "' object cannot be interpreted as an integer");
  }
  if (x < 0) throw new py_ValueError(name + " must be a non-negative integer");
  return x;
}

// A float argument: a number, or a bool as its int; CPython's TypeError for the rest.
function py_math_real(x) {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return +x;
  throw new py_TypeError("must be real number, not " + py_typename(x));
}

function py_math_domain(r, x) {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw new py_ValueError("math domain error");
  return r;
}

function py_math_range(r, x) {
  if (!Number.isFinite(r) && Number.isFinite(x)) throw new py_OverflowError("math range error");
  return r;
}

function py_math_positive(x, f) {
  if (x <= 0) throw new py_ValueError("math domain error");
  return f(x);
}

function py_math_int(r) {
  if (Number.isNaN(r)) throw new py_ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(r)) throw new py_OverflowError("cannot convert float infinity to integer");
  return py_int_whole(r);
}

// CPython's vector_norm: the sum of squares kept in double length, then a differentially
// corrected square root. Math.hypot can be an ulp away from it.
function py_math_hypot(xs) {
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

// CPython's fsum: Shewchuk's exact partials, then the sum of the partials correctly
// rounded (half-even across partials), with its overflow and inf/nan rules.
function py_math_fsum(xs) {
  const p = [];
  let special = 0;
  let infs = 0;
  for (const item of py_iter(xs)) {
    const t = typeof item;
    if (t !== "number" && t !== "boolean") {
      throw new py_TypeError("must be real number, not " + py_typename(item));
    }
    let x = +item;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t2 = x;
        x = y;
        y = t2;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new py_OverflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infs += xsave;
        special += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (special !== 0) {
    if (infs !== infs) throw new py_ValueError("-inf + inf in fsum");
    return special;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// glibc's log10 (from fdlibm): log(x) / ln(10) with the exponent's part split off, so
// that log10(10**n) is exactly n.
function py_math_log10(x) {
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
