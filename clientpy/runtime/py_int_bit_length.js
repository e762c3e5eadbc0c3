// int.bit_length() of an int (a bool counts as 0 or 1): the bits of |n| without leading
// zeros. Ints here are below 2**53, so the high word is exact as a quotient.
function py_int_bit_length(n) {
  const a = Math.abs(n);
  if (a < 4294967296) return 32 - Math.clz32(a);
  return 64 - Math.clz32(Math.floor(a / 4294967296));
}
