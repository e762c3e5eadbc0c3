// int.bit_length() of an int (a bool counts as 0 or 1): the bits of |n| without leading
// zeros. Below 2**53 the high word is exact as a quotient; an int from there to 1e21 (an
// exact JS number Dash can send) is counted through BigInt.
function py_int_bit_length(n) {
  const a = Math.abs(n);
  if (a < 4294967296) return 32 - Math.clz32(a);
  if (a < 9007199254740992) return 64 - Math.clz32(Math.floor(a / 4294967296));
  return BigInt(a).toString(2).length;
}
