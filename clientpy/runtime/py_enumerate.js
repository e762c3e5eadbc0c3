// requires: py_iter_builtin py_index_arg py_LazyIter
// enumerate(iterable, start=0): a lazy iterator of (index, value) tuples.
function py_enumerate(it, start) {
  const iter = py_iter_builtin(it); // a dict's or set's checks its size at each step
  let i = start === undefined ? 0 : py_index_arg(start);
  return new py_LazyIter("enumerate", () => {
    const r = iter.next();
    return r.done ? py_LAZY_DONE : Object.freeze([i++, r.value]);
  });
}
