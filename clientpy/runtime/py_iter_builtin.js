// requires: py_exceptions py_iter py_is_plain py_DictView py_size
// iter(x): an iterator of x, as Python's. An iterator is its own; a list's reads the list
// as it is at each step (items appended later are seen), as does a str's. A dict's, a
// dict view's and a set's raise RuntimeError once the size the container had when
// iter() was called has changed, as CPython checks at every step.
function py_iter_builtin(x) {
  if (x !== null && typeof x === "object" && typeof x.next === "function" && typeof x[Symbol.iterator] === "function" && x[Symbol.iterator]() === x) {
    return x;
  }
  const items = py_iter(x);
  if (x instanceof Set) return new py_SizedIter(x, items, "set_iterator");
  if (x instanceof Map || py_is_plain(x)) return new py_SizedIter(x, items, "dict_keyiterator");
  if (x instanceof py_DictView) {
    const name = "dict_" + x.kind.slice(0, -1) + "iterator"; // dict_valueiterator...
    return new py_SizedIter(x.dict, x, name);
  }
  return items[Symbol.iterator]();
}

// The iterator of a dict or set, checked at each step as CPython's. The size is taken
// when iter() is called. A size changed raises RuntimeError at that step and at every
// one after (CPython's iterator keeps failing); a dict that gives more keys than it had,
// its size the same, had one removed and another added: CPython raises once and the
// iterator is done, where a JS Map walk would go on to the new keys.
class py_SizedIter {
  constructor(container, items, name) {
    this.container = container;
    this.it = items[Symbol.iterator]();
    this.n = py_size(container);
    this.kind = container instanceof Set ? "Set" : "dictionary";
    this.name = name;
    this.step = 0;
    this.failed = false;
    this.done = false;
  }
  get [Symbol.toStringTag]() {
    return this.name;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    if (this.done) return { value: undefined, done: true };
    if (this.failed || py_size(this.container) !== this.n) {
      this.failed = true;
      throw new py_RuntimeError(this.kind + " changed size during iteration");
    }
    const r = this.it.next();
    if (r.done) {
      this.done = true; // CPython's forgets the container: later changes raise nothing
      return r;
    }
    if (++this.step > this.n && this.kind === "dictionary") {
      this.done = true;
      throw new py_RuntimeError("dictionary keys changed during iteration");
    }
    return r;
  }
}
