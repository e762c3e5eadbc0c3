// requires: py_min
// min as a value (`pick = max if c else min`, then `pick(xs)`): positional arguments only,
// as a function value is called.
function py_min_value(...args) {
  return py_min(args);
}
