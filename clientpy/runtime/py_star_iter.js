// requires: py_iter py_exceptions py_typename
// `[*x]`, `(*x, 1)`: x iterated as py_iter does; where it is None or a number, CPython's
// words for a starred display item ("Value after * must be an iterable, not int").
function py_star_iter(x) {
  if (x === null || typeof x === "number" || typeof x === "boolean") {
    throw new py_TypeError("Value after * must be an iterable, not " + py_typename(x));
  }
  return py_iter(x);
}
