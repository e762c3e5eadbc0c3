// requires: py_binop_error py_exceptions py_filled py_num_mul py_typename py_is_int
// a * b: numbers (bools as ints; an int product must be exact or raises OverflowError),
// str * int, list * int, tuple * int (either order).
function py_mul(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Math.abs(r) < 9007199254740992) return r;
    return py_mul_big(a, b, r);
  }
  return py_mul_slow(a, b);
}

function py_mul_slow(a, b) {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    return py_mul(+a, +b);
  }
  let seq = a;
  let n = b;
  if (!(ta === "string" || Array.isArray(a))) {
    if (!(tb === "string" || Array.isArray(b))) throw py_binop_error("*", a, b);
    seq = b;
    n = a;
  }
  if (typeof n === "boolean") n = +n;
  if (typeof n !== "number" || !py_is_int(n)) {
    throw new py_TypeError("can't multiply sequence by non-int of type '" + py_typename(n) + "'");
  }
  if (typeof seq === "string") return n > 0 && seq.length > 0 ? seq.repeat(n) : "";
  const m = seq.length;
  if (m === 0 || n < 0) n = 0;
  // Pushed, not sized and filled: see py_filled.
  const r = [];
  if (m === 1) py_filled(r, n, seq[0]);
  else for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) r.push(seq[j]);
  return Object.isFrozen(seq) ? Object.freeze(r) : r;
}
