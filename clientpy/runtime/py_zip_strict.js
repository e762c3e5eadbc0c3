// requires: py_iter_builtin py_LazyIter py_exceptions
// zip(*iterables, strict=True): as py_zip, and where one iterable runs out before the
// others CPython raises ValueError, after the tuples made up to there (a loop's body
// has run for each of them).
function py_zip_strict(...its) {
  const iters = its.map(py_iter_builtin);
  return new py_LazyIter("zip", () => py_zip_strict_step(iters));
}

function py_zip_strict_step(iters) {
  const k = iters.length;
  if (k === 0) return py_LAZY_DONE;
  const t = new Array(k);
  for (let j = 0; j < k; j++) {
    const r = iters[j].next();
    if (r.done) {
      if (j > 0) throw py_zip_strict_error(j, "shorter");
      for (let i = 1; i < k; i++) {
        if (!iters[i].next().done) throw py_zip_strict_error(i, "longer");
      }
      return py_LAZY_DONE;
    }
    t[j] = r.value;
  }
  return Object.freeze(t);
}

function py_zip_strict_error(j, how) {
  const before = j === 1 ? " 1" : "s 1-" + j;
  return new py_ValueError("zip() argument " + (j + 1) + " is " + how + " than argument" + before);
}
