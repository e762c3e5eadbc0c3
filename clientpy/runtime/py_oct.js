// requires: py_index_arg
// oct(i): "0o..." of an int, "-0o..." when negative.
function py_oct(i) {
  const n = py_index_arg(i);
  return n < 0 ? "-0o" + (-n).toString(8) : "0o" + n.toString(8);
}
