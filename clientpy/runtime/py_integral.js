// requires: py_is_int
// Whether a number may be a Python int: py_is_int, and not -0, which only a float can be.
function py_integral(x) {
  return py_is_int(x) && (x !== 0 || 1 / x > 0);
}
