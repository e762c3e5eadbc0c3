// requires: py_index_arg py_exceptions
function py_chr(i) {
  const c = py_index_arg(i);
  if (c < 0 || c > 0x10ffff) throw new py_ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(c);
}
