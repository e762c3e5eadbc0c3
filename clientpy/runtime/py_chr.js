// requires: py_index_arg py_exceptions
function py_chr(i) {
  const c = py_index_arg(i);
  // CPython reads the argument as a C int first: past one it overflows before the range
  // check (chr(2**31) is an OverflowError, chr(2**31 - 1) a ValueError).
  if (c > 2147483647 || c < -2147483648) {
    throw new py_OverflowError("Python int too large to convert to C int");
  }
  if (c < 0 || c > 0x10ffff) throw new py_ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(c);
}
