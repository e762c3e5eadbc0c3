// int.bit_count() of an int (a bool counts as 0 or 1): the one bits of |n|, word by word
// below 2**53, through BigInt from there (to 1e21, what Dash can send exactly).
function py_int_bit_count(n) {
  const a = Math.abs(n);
  if (a >= 9007199254740992) return BigInt(a).toString(2).split("1").length - 1;
  return py_int_bit_count_word(a >>> 0) + py_int_bit_count_word(Math.floor(a / 4294967296));
}

function py_int_bit_count_word(w) {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
