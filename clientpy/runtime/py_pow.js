// requires: py_exact_mul py_exceptions py_pow_floats py_typename py_int_whole py_is_int
// a ** b and pow(a, b, mod). An int to a non-negative int power is exact (OverflowError
// when the result cannot be held exactly); to a negative power it is the float
// 1 / a**-b, correctly rounded. Floats follow CPython's float_pow special cases. With
// mod: modular exponentiation of ints (a negative exponent uses the modular inverse).
function py_pow(a, b, mod) {
  if (mod !== undefined && mod !== null) return py_pow_mod(a, b, mod);
  const ta = typeof a;
  const tb = typeof b;
  if (!((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean"))) {
    throw new py_TypeError("unsupported operand type(s) for ** or pow(): '" +
      py_typename(a) + "' and '" + py_typename(b) + "'");
  }
  const x = +a;
  const y = +b;
  // -0 is a float: no int is (-0.0 ** 3 is -0.0).
  if (py_is_int(x) && py_is_int(y) && !Object.is(x, -0)) {
    if (y >= 0) {
      const r = py_pow_exact(x, y);
      if (r !== r) throw new py_OverflowError("integer result too large for a JS number");
      return py_int_whole(r);
    }
    if (x === 0) throw new py_ZeroDivisionError("0.0 cannot be raised to a negative power");
    const p = py_pow_exact(x, -y);
    if (p === p) return 1 / p;
    return py_pow_float(x, y);
  }
  return py_pow_floats(x, y);
}

// x ** n for an integral x and an integral n >= 0, or NaN when it is not exact.
function py_pow_exact(x, n) {
  if (x === 1 || n === 0) return 1;
  if (x === 0) return 0;
  if (x === -1) return n % 2 === 0 ? 1 : -1;
  let r = 1;
  let base = x;
  for (;;) {
    if (n % 2 === 1) r = py_exact_mul(r, base);
    n = Math.floor(n / 2);
    if (n === 0 || r !== r) return r;
    base = py_exact_mul(base, base);
  }
}

function py_pow_mod(a, b, mod) {
  const ints = [a, b, mod].every((v) => typeof v === "boolean" || (typeof v === "number" && py_is_int(v)));
  if (!ints) {
    if ([a, b, mod].every((v) => typeof v === "boolean" || typeof v === "number")) {
      throw new py_TypeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    throw new py_TypeError("unsupported operand type(s) for ** or pow(): '" + py_typename(a) +
      "', '" + py_typename(b) + "', '" + py_typename(mod) + "'");
  }
  let x = +a;
  let e = +b;
  const m = +mod;
  if (m === 0) throw new py_ValueError("pow() 3rd argument cannot be 0");
  const am = Math.abs(m);
  if (Math.abs(x) > 9007199254740992) {
    throw new py_OverflowError("integer result too large for a JS number");
  }
  if (am > 4503599627370496) return py_pow_mod_big(x, e, m); // past 2**52: products need BigInt
  x %= am;
  if (x < 0) x += am;
  if (e < 0) {
    x = py_pow_mod_inverse(x, am);
    e = -e;
  }
  let r = 1 % am;
  while (e > 0) {
    if (e % 2 === 1) r = py_pow_mulmod(r, x, am);
    e = Math.floor(e / 2);
    if (e > 0) x = py_pow_mulmod(x, x, am);
  }
  // The result takes the sign of the modulus, as Python's % does.
  return m < 0 && r !== 0 ? r - am : r;
}

// pow(x, e, m) with |m| past 2**52 (and at most 2**53, as every int here), in BigInt:
// the result, below |m|, is exact as a number again.
function py_pow_mod_big(x, e, m) {
  const am = BigInt(Math.abs(m));
  let base = ((BigInt(x) % am) + am) % am;
  if (e < 0) {
    base = BigInt(py_pow_mod_inverse_big(base, am));
    e = -e;
  }
  let r = 1n % am;
  let k = BigInt(e);
  while (k > 0n) {
    if (k & 1n) r = (r * base) % am;
    k >>= 1n;
    if (k > 0n) base = (base * base) % am;
  }
  const out = Number(r);
  return m < 0 && out !== 0 ? Number(r - am) : out;
}

// The inverse of x modulo m (BigInts), or CPython's ValueError.
function py_pow_mod_inverse_big(x, m) {
  let [a, b, u, v] = [x, m, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [u, v] = [v, u - q * v];
  }
  if (a !== 1n) throw new py_ValueError("base is not invertible for the given modulus");
  return ((u % m) + m) % m;
}

// x * y % m for 0 <= x, y < m <= 2**52, exactly.
function py_pow_mulmod(x, y, m) {
  const p = x * y;
  if (p < 9007199254740992) return p % m;
  let r = 0;
  while (y > 0) {
    if (y % 2 === 1) {
      r += x;
      if (r >= m) r -= m;
    }
    x += x;
    if (x >= m) x -= m;
    y = Math.floor(y / 2);
  }
  return r;
}

// The inverse of x modulo m (extended Euclid), or ValueError when there is none.
function py_pow_mod_inverse(x, m) {
  let r0 = m;
  let r1 = x;
  let s0 = 0;
  let s1 = 1;
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    let t = r0 - q * r1;
    r0 = r1;
    r1 = t;
    t = s0 - py_pow_mulmod(q % m, (s1 % m + m) % m, m);
    s0 = s1;
    s1 = ((t % m) + m) % m;
  }
  if (r0 !== 1) throw new py_ValueError("base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}
