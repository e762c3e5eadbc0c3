// requires: py_exceptions py_iter py_mul py_typename
// The math module. Where JS returns NaN or ±Infinity and CPython raises, so does this;
// floor/ceil/trunc return ints (and raise on inf/nan, as int() would).
const py_math = {
  sqrt: (x) => py_math_domain(x < 0 ? NaN : Math.sqrt(x), x),
  exp: (x) => py_math_range(Math.exp(x), x),
  log: (x, base) => {
    if (x <= 0 || (base !== undefined && (base <= 0 || base === 1))) {
      if (base === 1) throw new py_ZeroDivisionError("float division by zero");
      throw new py_ValueError("math domain error");
    }
    return base === undefined ? Math.log(x) : Math.log(x) / Math.log(base);
  },
  log10: (x) => py_math_positive(x, Math.log10),
  log2: (x) => py_math_positive(x, Math.log2),
  log1p: (x) => py_math_domain(x <= -1 ? NaN : Math.log1p(x), x),
  expm1: (x) => py_math_range(Math.expm1(x), x),
  sin: (x) => py_math_domain(Math.sin(x), x),
  cos: (x) => py_math_domain(Math.cos(x), x),
  tan: (x) => py_math_domain(Math.tan(x), x),
  asin: (x) => py_math_domain(Math.asin(x), x),
  acos: (x) => py_math_domain(Math.acos(x), x),
  atan: Math.atan,
  atan2: Math.atan2,
  sinh: (x) => py_math_range(Math.sinh(x), x),
  cosh: (x) => py_math_range(Math.cosh(x), x),
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: (x) => py_math_domain(Math.acosh(x), x),
  atanh: (x) => py_math_domain(Math.abs(x) >= 1 ? NaN : Math.atanh(x), x),
  hypot: Math.hypot,
  fabs: Math.abs,
  degrees: (x) => (x * 180) / Math.PI,
  radians: (x) => (x * Math.PI) / 180,
  copysign: (x, y) => ((y < 0 || Object.is(y, -0)) ? -Math.abs(x) : Math.abs(x)),
  fmod: (x, y) => {
    if (y === 0 || !Number.isFinite(x)) throw new py_ValueError("math domain error");
    return x % y;
  },
  pow: (x, y) => {
    if (x === 0 && y < 0) throw new py_ValueError("math domain error");
    const r = Math.pow(x, y);
    return py_math_domain(r, x + y);
  },
  floor: (x) => py_math_int(Math.floor(x)),
  ceil: (x) => py_math_int(Math.ceil(x)),
  trunc: (x) => py_math_int(Math.trunc(x)),
  isqrt: (x) => {
    if (x < 0) throw new py_ValueError("isqrt() argument must be nonnegative");
    return Math.floor(Math.sqrt(x));
  },
  gcd: (...xs) => xs.reduce((a, b) => {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }, 0),
  factorial: (n) => {
    if (!Number.isInteger(n)) throw new py_TypeError("'float' object cannot be interpreted as an integer");
    if (n < 0) throw new py_ValueError("factorial() not defined for negative values");
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    if (!Number.isSafeInteger(r)) throw new py_OverflowError("integer result too large for a JS number");
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
  isnan: Number.isNaN,
  isinf: (x) => x === Infinity || x === -Infinity,
  isfinite: Number.isFinite,
  isclose: (a, b, rel_tol, abs_tol) => {
    const rt = rel_tol === undefined ? 1e-9 : rel_tol;
    const at = abs_tol === undefined ? 0 : abs_tol;
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const d = Math.abs(a - b);
    return d <= Math.abs(rt * b) || d <= Math.abs(rt * a) || d <= at;
  },
  fsum: (xs) => {
    // Neumaier summation: exact enough to match CPython's correctly rounded fsum
    // on ordinary data.
    let s = 0, c = 0;
    for (const x of xs) {
      const t = s + x;
      c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
      s = t;
    }
    return s + c;
  },
  prod: (xs, start) => {
    let r = start === undefined ? 1 : start;
    for (const x of py_iter(xs)) r = py_mul(r, x); // ints exact, 'a' * 3 as in Python
    return r;
  },
};

// A non-negative int argument (math.comb's n and k), as CPython checks it.
function py_math_count(x, name) {
  if (typeof x === "boolean") return +x;
  if (!Number.isInteger(x)) {
    throw new py_TypeError("'" + py_typename(x) + "' object cannot be interpreted as an integer");
  }
  if (x < 0) throw new py_ValueError(name + " must be a non-negative integer");
  return x;
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
  return r === 0 ? 0 : r;
}
