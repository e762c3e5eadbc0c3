// requires: py_exceptions py_typename py_float_repr py_float_exact py_int_whole py_is_int
// round(x, ndigits): half-to-even on the exact binary value, like CPython (round(2.5) == 2,
// round(2.675, 2) == 2.67, round(0.125, 2) == 0.12). Without ndigits the result is an int.
// `isFloat` true: x is known to be a float; otherwise an integral x below 1e21 is an int
// (JSON writes larger numbers with an exponent, so Dash hands CPython a float).
function py_round(x, ndigits, isFloat) {
  if (typeof x === "boolean") x = x ? 1 : 0;
  else if (typeof x !== "number") {
    throw new py_TypeError("type " + py_typename(x) + " doesn't define __round__ method");
  }
  if (ndigits === undefined || ndigits === null) {
    if (Number.isInteger(x)) return py_int_whole(x);
    if (x !== x) throw new py_ValueError("cannot convert float NaN to integer");
    if (x === Infinity || x === -Infinity) throw new py_OverflowError("cannot convert float infinity to integer");
    const f = Math.floor(x);
    const d = x - f;
    const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
    return r === 0 ? 0 : r;
  }
  let n;
  if (typeof ndigits === "boolean") n = ndigits ? 1 : 0;
  else if (typeof ndigits === "number" && py_is_int(ndigits)) n = ndigits;
  else throw new py_TypeError("'" + py_typename(ndigits) + "' object cannot be interpreted as an integer");
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (Number.isInteger(x) && n >= 0) return x;
  if (!isFloat && Number.isInteger(x) && (x > 9007199254740992 || x < -9007199254740992) && x < 1e21 && x > -1e21) {
    return py_round_int_big(x, n);
  }
  if (n > 323) return x;
  // An int rounds to an int, whose zero has no sign: round(-2, -1) is 0, not -0. (An
  // integral number from 1e21 on is a float: Dash's JSON writes it with an exponent.)
  const int = !isFloat && py_is_int(x);
  if (n < -308) return x < 0 && !int ? -0 : 0;
  const a = x < 0 ? -x : x;
  if (n >= 0 && n <= 100 && a < 1e21 && !Number.isInteger(a * Math.pow(2, n + 1))) {
    const v = Number(a.toFixed(n));
    return x < 0 ? -v : v;
  }
  const r = py_float_repr_round(a, n, false);
  const v = r.d === "0" ? 0 : Number("0." + r.d + "e" + r.p);
  if (v === Infinity) throw new py_OverflowError("rounded value too large to represent");
  return x < 0 && !(int && v === 0) ? -v : v;
}

// round(x, n) of an int past 2**53 to n < 0 digits: exact through BigInt, half to even,
// as CPython rounds ints; a result no JS number holds raises OverflowError.
function py_round_int_big(x, n) {
  const m = 10n ** BigInt(-n);
  let q = BigInt(x) / m;
  let r = BigInt(x) % m;
  if (r < 0n) {
    q -= 1n;
    r += m;
  }
  if (2n * r > m || (2n * r === m && q % 2n !== 0n)) q += 1n;
  const v = q * m;
  const out = Number(v);
  if (BigInt(out) !== v) throw new py_OverflowError("integer result too large for a JS number");
  return out;
}
