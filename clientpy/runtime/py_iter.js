// requires: py_exceptions py_is_plain py_typename py_obj_order
// iter(x) as a JS iterable: arrays and Sets themselves, a str (JS iterates it by code
// point), the keys of a dict (Map or plain object), iterators and generators themselves.
function py_iter(x) {
  if (Array.isArray(x) || typeof x === "string") return x;
  if (x instanceof Map) return x.keys();
  if (x instanceof Set) return x;
  if (x !== null && typeof x === "object") {
    if (py_is_plain(x)) return py_obj_keys(x);
    if (typeof x[Symbol.iterator] === "function") {
      // An iterator (a generator, map(), zip()...) is its own iterable: hand for-of a
      // view without return(), so that `break` leaves it open as Python does.
      return x[Symbol.iterator]() === x ? py_iter_open(x) : x;
    }
  }
  throw new py_TypeError("'" + py_typename(x) + "' object is not iterable");
}

function py_iter_open(it) {
  return new py_IterOpen(it);
}

// Not a plain object: iter() of it again must give it back, not its (no) keys, as
// iter(iter(zip(xs, ys))) is the zip object itself in Python.
class py_IterOpen {
  constructor(it) {
    this.it = it;
  }

  [Symbol.iterator]() {
    const it = this.it;
    return { next: (v) => it.next(v) };
  }
}
