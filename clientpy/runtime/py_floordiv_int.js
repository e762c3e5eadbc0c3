// requires: py_floordiv
// x // d for a number x and a positive int literal d. The floor of the rounded quotient
// is the exact one's unless the rounding landed on an integer: -5e-324 / 2 rounds to -0
// where CPython's -5e-324 // 2 is -1.0. An integral quotient is taken only when q * d
// gives x back (exact below 2**53, where it is a true multiple); anything else, and an
// int past 2**53, takes the exact way (py_floordiv).
function py_floordiv_int(x, d) {
  if (x < 9007199254740992 && x > -9007199254740992) {
    const r = x / d;
    const q = Math.floor(r);
    if (q !== r || q * d === x) return q;
  }
  return py_floordiv(x, d);
}
