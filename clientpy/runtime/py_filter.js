// requires: py_bool py_iter_builtin py_exceptions py_typename py_LazyIter
// filter(function or None, iterable): a lazy iterator, as in Python.
function py_filter(fn, it) {
  const iter = py_iter_builtin(it); // a dict's or set's checks its size at each step
  if (fn !== null && fn !== undefined && typeof fn !== "function") {
    const bad = fn;
    fn = () => {
      throw new py_TypeError("'" + py_typename(bad) + "' object is not callable");
    };
  }
  return new py_LazyIter("filter", () => py_filter_step(fn, iter));
}

function py_filter_step(fn, iter) {
  for (;;) {
    const r = iter.next();
    if (r.done) return py_LAZY_DONE;
    const x = r.value;
    let kept;
    try {
      kept = fn === null || fn === undefined ? py_bool(x) : py_bool(fn(x));
    } catch (e) {
      if (e instanceof py_StopIteration) return py_LAZY_DONE; // as in CPython
      throw e;
    }
    if (kept) return x;
  }
}
