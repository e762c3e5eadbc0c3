// requires: py_mod
// a % b for two ints (or bools): the remainder takes the divisor's sign and is never -0.
// Small, for V8 to inline where py_mod's checks of every other case would not be; a
// zero divisor and ints past 2**53 take py_mod.
function py_int_mod(a, b) {
  const r = a % b;
  if (r === r && a <= 9007199254740992 && a >= -9007199254740992 && b <= 9007199254740992 && b >= -9007199254740992) {
    return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
  }
  return py_mod(a, b);
}
