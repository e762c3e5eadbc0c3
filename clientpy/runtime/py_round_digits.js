// requires: py_round
// round(x, n) of a float x to a constant n in [0, 100] digits, where a loop rounds every
// point of a figure: `scale` is 2 ** (n + 1). A float whose digits past the n-th are
// not an exact half (times 2 ** (n + 1) it has a fraction) rounds as toFixed rounds it,
// to the nearest, as CPython does; an exact tie, 0, nan, inf and floats from 1e21 on
// take py_round's path (half to even, signed zeros, errors).
function py_round_digits(x, n, scale) {
  if (typeof x === "number") {
    const a = x < 0 ? -x : x;
    if (a < 1e21 && !Number.isInteger(a * scale)) {
      const v = Number(a.toFixed(n));
      return x < 0 ? -v : v;
    }
  }
  return py_round(x, n, true); // and the TypeError of a str from an Input
}
