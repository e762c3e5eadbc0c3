// The exact decimal machinery of format specs, %-formatting and round():
// py_float_repr_exact (every digit of a double) and py_float_repr_round (correctly
// rounded, half-even, like CPython's dtoa modes 2 and 3). Apart from py_float_repr so
// that a bundle that only prints floats does not carry it.
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
