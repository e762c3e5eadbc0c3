// CPython's repr() of a float: shortest round-trip digits, fixed notation when the
// decimal exponent is in [-4, 16), otherwise "1e+16" / "1.5e-05" style.
// The file also holds the exact decimal machinery the formatting helpers share:
// py_float_repr_digits (shortest digits), py_float_repr_exact (every digit of a double),
// py_float_repr_round (correctly rounded, half-even, like CPython's dtoa modes 2 and 3)
// and py_float_repr_layout (format_float_short's placement of digits, point and exponent).
function py_float_repr(x) {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    if (Number.isInteger(x)) return String(x) + ".0";
    if (a > 1.0001e-4) return String(x);
  }
  if (x !== x) return "nan";
  if (a === Infinity) return x < 0 ? "-inf" : "inf";
  const r = py_float_repr_digits(a);
  const s = py_float_repr_layout(r.d, r.p, "r", 0, false, true);
  return x < 0 ? "-" + s : s;
}

// Shortest digits that round-trip, as {d: "12345", p: decpt} with a = 0.d * 10**p.
function py_float_repr_digits(a) {
  const e = a.toExponential();
  const i = e.indexOf("e");
  const d = e.charAt(0) + (i > 1 ? e.slice(2, i) : "");
  return { d: d, p: Number(e.slice(i + 1)) + 1 };
}

// Every decimal digit of a finite positive double, as {d, p} with a = 0.d * 10**p
// (d has no leading or trailing zeros).
function py_float_repr_exact(a) {
  let m = a;
  let e = 0;
  if (Number.isInteger(m)) {
    while (m > 9007199254740992) {
      m /= 2;
      e++;
    }
  } else {
    while (!Number.isInteger(m)) {
      m *= 2;
      e--;
    }
  }
  // limbs: little-endian base 1e7
  const limbs = [];
  while (m > 0) {
    const r = m % 1e7;
    limbs.push(r);
    m = (m - r) / 1e7;
  }
  const mul = (f) => {
    let carry = 0;
    for (let i = 0; i < limbs.length; i++) {
      const v = limbs[i] * f + carry;
      const r = v % 1e7;
      limbs[i] = r;
      carry = (v - r) / 1e7;
    }
    while (carry > 0) {
      const r = carry % 1e7;
      limbs.push(r);
      carry = (carry - r) / 1e7;
    }
  };
  let shift = 0;
  if (e > 0) {
    let k = e;
    while (k >= 29) {
      mul(536870912);
      k -= 29;
    }
    if (k > 0) mul(Math.pow(2, k));
  } else if (e < 0) {
    let k = -e;
    shift = k;
    while (k >= 12) {
      mul(244140625);
      k -= 12;
    }
    if (k > 0) mul(Math.pow(5, k));
  }
  let s = String(limbs[limbs.length - 1]);
  for (let i = limbs.length - 2; i >= 0; i--) {
    const t = String(limbs[i]);
    s += "0000000".slice(t.length) + t;
  }
  const p = s.length - shift;
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { d: s.slice(0, end), p: p };
}

// Round a finite positive double (or zero) to decimal digits, half-even on the exact value.
// sig true: keep n significant digits (n >= 1); sig false: keep n digits after the point
// (n may be negative). Returns {d, p} without trailing zeros; zero is {d: "0", p: 1}.
function py_float_repr_round(a, n, sig) {
  if (a === 0) return { d: "0", p: 1 };
  if (sig) {
    if (n <= 100) {
      const probe = n < 100 ? a.toExponential(n) : "";
      const j = probe.indexOf("e");
      if (n < 100 && probe.charCodeAt(j - 1) !== 53) {
        const s = a.toExponential(n - 1);
        const i = s.indexOf("e");
        let d = s.charAt(0) + (i > 1 ? s.slice(2, i) : "");
        let end = d.length;
        while (end > 1 && d.charCodeAt(end - 1) === 48) end--;
        return { d: d.slice(0, end), p: Number(s.slice(i + 1)) + 1 };
      }
    }
  } else if (n >= 0 && n <= 100 && a < 1e21) {
    // A tie at n decimals needs a * 2**(n+1) to be an integer; otherwise toFixed
    // (correctly rounded) is exact.
    if (!Number.isInteger(a * Math.pow(2, n + 1))) {
      const s = a.toFixed(n);
      const dot = s.indexOf(".");
      const ip = dot < 0 ? s : s.slice(0, dot);
      let d = dot < 0 ? s : ip + s.slice(dot + 1);
      let lead = 0;
      while (lead < d.length - 1 && d.charCodeAt(lead) === 48) lead++;
      let end = d.length;
      while (end > lead + 1 && d.charCodeAt(end - 1) === 48) end--;
      if (lead === end - 1 && d.charCodeAt(lead) === 48) return { d: "0", p: 1 };
      return { d: d.slice(lead, end), p: ip.length - lead };
    }
  }
  const x = py_float_repr_exact(a);
  const keep = sig ? n : x.p + n;
  const d = x.d;
  if (keep >= d.length) return x;
  if (keep < 0) return { d: "0", p: 1 };
  const next = d.charCodeAt(keep);
  let up = next > 53;
  if (next === 53) {
    up = keep + 1 < d.length || (keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1);
  }
  let head = d.slice(0, keep);
  let p = x.p;
  if (up) {
    let i = head.length - 1;
    while (i >= 0 && head.charCodeAt(i) === 57) i--;
    if (i < 0) {
      head = "1";
      p += 1;
    } else {
      head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
    }
  } else {
    let end = head.length;
    while (end > 0 && head.charCodeAt(end - 1) === 48) end--;
    head = head.slice(0, end);
  }
  if (head === "") return { d: "0", p: 1 };
  return { d: head, p: p };
}

// format_float_short's layout of digits d with decimal point position p (value 0.d * 10**p).
// code "e" (precision = number of significant digits, i.e. the spec's precision + 1),
// "f" (digits after the point), "g" (significant digits) or "r" (repr); d must already be
// rounded to that precision. alt keeps the point (and, for "g", trailing zeros); dot0 is
// CPython's Py_DTSF_ADD_DOT_0. No sign.
function py_float_repr_layout(d, p, code, precision, alt, dot0) {
  const n = d.length;
  let useExp = false;
  let end = n;
  if (code === "e") {
    useExp = true;
    end = precision;
  } else if (code === "f") {
    end = p + precision;
  } else if (code === "g") {
    if (p <= -4 || p > (dot0 ? precision - 1 : precision)) useExp = true;
    if (alt) end = precision;
  } else if (p <= -4 || p > 16) {
    useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = p - 1;
    p = 1;
  }
  if (!useExp && dot0) end = end > p ? end : p + 1;
  else end = end > p ? end : p;
  let s = p <= 0 ? "0." + "0".repeat(-p) : "";
  if (p > 0 && p <= n) s += d.slice(0, p) + "." + d.slice(p);
  else s += d;
  if (n < p) s += "0".repeat(p - n) + "." + "0".repeat(end - p);
  else if (end > n) s += "0".repeat(end - n);
  if (!alt && s.charCodeAt(s.length - 1) === 46) s = s.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    s += (exp < 0 ? "e-" : "e+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return s;
}
