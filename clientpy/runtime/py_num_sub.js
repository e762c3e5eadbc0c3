// requires: py_num_add
// a - b for two numbers, checked as py_num_add is.
function py_num_sub(a, b) {
  const r = a - b;
  if (Math.abs(r) < 9007199254740992) return r;
  return py_add_big(a, -b, r);
}
