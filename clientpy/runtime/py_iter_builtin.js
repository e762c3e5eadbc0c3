// requires: py_exceptions py_iter py_is_plain py_DictView
// iter(x): an iterator of x, as Python's. An iterator is its own; a list's reads the list
// as it is at each step (items appended later are seen), as does a str's. A dict's, a
// dict view's and a set's raise RuntimeError once the size the container had when
// iter() was called has changed, as CPython checks at every step.
function py_iter_builtin(x) {
  if (x !== null && typeof x === "object" && typeof x.next === "function" && typeof x[Symbol.iterator] === "function" && x[Symbol.iterator]() === x) {
    return x;
  }
  const items = py_iter(x);
  if (x instanceof Set) return py_iter_sized(x, items, py_iter_set_size, "Set");
  if (x instanceof Map || py_is_plain(x)) return py_iter_sized(x, items, py_iter_dict_size, "dictionary");
  if (x instanceof py_DictView) return py_iter_sized(x.dict, x, py_iter_dict_size, "dictionary");
  return items[Symbol.iterator]();
}

function py_iter_set_size(s) {
  return s.size;
}

function py_iter_dict_size(d) {
  return d instanceof Map ? d.size : Object.keys(d).length;
}

// The size is taken now, when iter() is called, not at the first step.
function py_iter_sized(container, items, size, kind) {
  return py_iter_sized_run(container, items[Symbol.iterator](), size, size(container), kind);
}

// A dict that gives more keys than it had, its size the same, had one removed and
// another added: CPython raises, where a JS Map walk would go on to the new keys.
function* py_iter_sized_run(container, it, size, n, kind) {
  let step = 0;
  for (;;) {
    if (size(container) !== n) throw new py_RuntimeError(kind + " changed size during iteration");
    const r = it.next();
    if (r.done) return;
    if (++step > n && kind === "dictionary") throw new py_RuntimeError("dictionary keys changed during iteration");
    yield r.value;
  }
}
