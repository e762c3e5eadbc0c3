// requires: py_iter_builtin py_exceptions py_typename py_LazyIter
// map(function, *iterables): a lazy iterator, as in Python (the function runs as items
// are taken, a loop that breaks stops calling it, later list changes are seen); with
// several iterables it stops at the shortest, taking values in turn like zip. A
// StopIteration the function raises ends it, as CPython's map.__next__ passes it on.
function py_map(fn, ...its) {
  const k = its.length;
  if (k === 0) throw new py_TypeError("map() must have at least two arguments.");
  if (typeof fn !== "function") {
    const bad = fn;
    fn = () => {
      throw new py_TypeError("'" + py_typename(bad) + "' object is not callable");
    };
  }
  const iters = its.map(py_iter_builtin); // a dict's or set's checks its size at each step
  return new py_LazyIter("map", () => py_map_step(fn, iters));
}

function py_map_step(fn, iters) {
  const k = iters.length;
  const args = new Array(k);
  for (let j = 0; j < k; j++) {
    const r = iters[j].next();
    if (r.done) return py_LAZY_DONE;
    args[j] = r.value;
  }
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof py_StopIteration) return py_LAZY_DONE; // as in CPython
    throw e;
  }
}
