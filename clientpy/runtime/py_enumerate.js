// requires: py_iter py_index_arg
// enumerate(iterable, start=0): a lazy iterator of (index, value) tuples.
function py_enumerate(it, start) {
  const first = start === undefined ? 0 : py_index_arg(start);
  return py_enumerate_run(py_iter(it)[Symbol.iterator](), first);
}

function* py_enumerate_run(iter, i) {
  for (;;) {
    const r = iter.next();
    if (r.done) return;
    yield Object.freeze([i++, r.value]);
  }
}
