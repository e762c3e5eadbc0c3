// requires: py_floordiv
// x // d for a number x and a positive int literal d: Math.floor(x / d) is exact within
// 2**53 (x / d never rounds up across an integer there); an int past it takes the
// exact way (py_floordiv), where a double's quotient would round.
// `ints` true: x is known to be an int (py_floordiv's).
function py_floordiv_int(x, d, ints) {
  if (x <= 9007199254740992 && x >= -9007199254740992) return Math.floor(x / d);
  return py_floordiv(x, d, ints);
}
