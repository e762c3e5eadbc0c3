// requires: py_exceptions
// x // y for two numbers of which one is a Python float, by CPython's float algorithm
// (fmod, then the quotient snapped to the integer it is nearest): a zero keeps its sign,
// and `1 // 0.1` is 9.0, where Math.floor(1 / 0.1) would round up to 10.
function py_float_floordiv(x, y) {
  if (y === 0) throw new py_ZeroDivisionError("float floor division by zero");
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && (y < 0) !== (mod < 0)) div -= 1;
  if (div === 0) return x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  const q = Math.floor(div);
  return div - q > 0.5 ? q + 1 : q;
}
