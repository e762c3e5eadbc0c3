// requires: py_exceptions
// x // y for two numbers of which one is a Python float, by CPython's float algorithm
// (fmod, then the quotient snapped to the integer it is nearest): a zero keeps its sign,
// and `1 // 0.1` is 9.0, where Math.floor(1 / 0.1) would round up to 10.
function py_float_floordiv(x, y) {
  // Fast: CPython's result is the floor of the exact quotient, and where the rounded
  // quotient is more than two ulps from every integer its floor is that one. (|d| below
  // 2**52 leaves out NaN and the infinities of a zero divisor; zeros take the long way.)
  const d = x / y;
  if (d < 4503599627370496 && d > -4503599627370496) {
    const q = Math.floor(d);
    const gap = (d < 0 ? -d : d) * 4.5e-16;
    if (d - q > gap && q + 1 - d > gap) return q;
  }
  return py_float_floordiv_exact(x, y);
}

// CPython's algorithm itself. A function of its own: with it inline, py_float_floordiv
// and py_floordiv grow past what V8 inlines into a caller's loop (histogram's bins took
// 1.45x hand-written JS that way, 1.27x with this split).
function py_float_floordiv_exact(x, y) {
  if (y === 0 || y === false) throw new py_ZeroDivisionError("float floor division by zero");
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
  if (div === 0) return x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  const q = Math.floor(div);
  return div - q > 0.5 ? q + 1 : q;
}
