// requires: py_zip py_iter_builtin py_LazyIter py_exceptions
// zip(*iterables, strict=True): as py_zip, and where one iterable runs out before the
// others CPython raises ValueError, after the tuples made up to there (a loop's body
// has run for each of them).
function py_zip_strict(...its) {
  const iters = its.map(py_iter_builtin);
  return new py_LazyIter("zip", () => py_zip_step(iters, py_zip_strict_check));
}

// Iterable j ran out: the ones before it had one more item (it is the shorter); the
// first ran out: any other with one more is the longer.
function py_zip_strict_check(iters, j) {
  if (j > 0) throw py_zip_strict_error(j, "shorter");
  for (let i = 1; i < iters.length; i++) {
    if (!iters[i].next().done) throw py_zip_strict_error(i, "longer");
  }
}

function py_zip_strict_error(j, how) {
  const before = j === 1 ? " 1" : "s 1-" + j;
  return new py_ValueError("zip() argument " + (j + 1) + " is " + how + " than argument" + before);
}
