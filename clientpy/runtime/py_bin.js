// requires: py_index_arg
// bin(i): "0b..." of an int, "-0b..." when negative.
function py_bin(i) {
  const n = py_index_arg(i);
  return n < 0 ? "-0b" + (-n).toString(2) : "0b" + n.toString(2);
}
