// requires: py_exceptions
// The floored quotient and remainder of two ints (integral numbers, y not 0) of which
// one is past 2**53, where a double's quotient rounds: exact through BigInt. A result
// no JS number holds raises OverflowError, as other int results past 2**53 do.
// (Numbers from 1e21 on are floats, py_is_int: they take CPython's float algorithm.)
function py_int_divmod_big(x, y) {
  const bx = BigInt(x);
  const by = BigInt(y);
  let q = bx / by;
  let r = bx % by;
  if (r !== 0n && (r < 0n) !== (by < 0n)) {
    q -= 1n;
    r += by;
  }
  const nq = Number(q);
  const nr = Number(r);
  if (BigInt(nq) !== q || BigInt(nr) !== r) {
    throw new py_OverflowError("integer result too large for a JS number");
  }
  return [nq === 0 ? 0 : nq, nr === 0 ? 0 : nr];
}

// x % y alone: exact whatever the quotient, which need not fit a JS number.
function py_int_mod_big(x, y) {
  const by = BigInt(y);
  let r = BigInt(x) % by;
  if (r !== 0n && (r < 0n) !== (by < 0n)) r += by;
  const nr = Number(r);
  if (BigInt(nr) !== r) {
    throw new py_OverflowError("integer result too large for a JS number");
  }
  return nr === 0 ? 0 : nr;
}
