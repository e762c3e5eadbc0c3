// requires: py_exceptions
// The int an integral number converts to (int(x), round(x), math.floor(x)): from 1e21 on
// CPython's int has every digit of it, but a JS number that large stands for a float
// (py_is_int), so it raises rather than turn into one.
function py_int_whole(x) {
  if (x >= 1e21 || x <= -1e21) throw new py_OverflowError("integer result too large for a JS number");
  return x === 0 ? 0 : x;
}
