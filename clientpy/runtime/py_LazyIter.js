// The iterator that map(), filter(), zip() and enumerate() return. Not a JS generator:
// a generator that throws is finished, where CPython's map goes on with the next item
// when next() is called again after its function raised (`for s in texts: try:
// v = next(vals) except ValueError: continue`). `step` gives the next value or
// py_LAZY_DONE; the iterator's state lives in step's closure.
const py_LAZY_DONE = Symbol("done");

class py_LazyIter {
  constructor(tag, step) {
    this.tag = tag; // type(x).__name__: "map", "filter", "zip", "enumerate"
    this.step = step;
  }
  next() {
    const value = this.step();
    return value === py_LAZY_DONE ? { value: undefined, done: true } : { value, done: false };
  }
  [Symbol.iterator]() {
    return this;
  }
  get [Symbol.toStringTag]() {
    return this.tag;
  }
}
