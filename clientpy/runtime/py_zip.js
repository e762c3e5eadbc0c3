// requires: py_iter_builtin py_LazyIter
// zip(*iterables): a lazy iterator of tuples up to the shortest. Like CPython, each
// round takes one value from each iterable in turn and stops at the first exhausted
// one, so a longer iterator before it has given one value more. A dict's or a set's
// iterator raises RuntimeError at a step after its size changed, as CPython's does.
function py_zip(...its) {
  const iters = its.map(py_iter_builtin);
  return new py_LazyIter("zip", () => py_zip_step(iters));
}

// `ran_out(iters, j)` (zip(strict=True), py_zip_strict.js): called where iterable j is
// exhausted, before the step ends.
function py_zip_step(iters, ran_out) {
  const k = iters.length;
  if (k === 0) return py_LAZY_DONE;
  const t = []; // pushed: a packed array (py_filled)
  for (let j = 0; j < k; j++) {
    const r = iters[j].next();
    if (r.done) {
      if (ran_out !== undefined) ran_out(iters, j);
      return py_LAZY_DONE;
    }
    t.push(r.value);
  }
  return Object.freeze(t);
}
