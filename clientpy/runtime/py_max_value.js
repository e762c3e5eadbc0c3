// requires: py_max
// max as a value (`pick = max if c else min`, then `pick(xs)`): positional arguments only,
// as a function value is called.
function py_max_value(...args) {
  return py_max(args);
}
