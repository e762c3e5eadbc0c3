// Whether a number may be a Python int: integral and not -0, which only a float can be.
function py_integral(x) {
  return Number.isInteger(x) && (x !== 0 || 1 / x > 0);
}
