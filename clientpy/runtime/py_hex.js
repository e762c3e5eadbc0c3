// requires: py_index_arg
// hex(i): "0x..." of an int, "-0x..." when negative.
function py_hex(i) {
  const n = py_index_arg(i);
  return n < 0 ? "-0x" + (-n).toString(16) : "0x" + n.toString(16);
}
