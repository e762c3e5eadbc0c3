// requires: py_exceptions py_is_class
// What `raise x` throws for an x that may not be an exception instance: a class is
// instantiated, as Python does (`err = KeyError if c else ValueError; raise err`); an
// exception is thrown as it is; anything else (`raise "failed"`, a number, None, a list
// or a dict) is CPython's TypeError, not a thrown value no `except` would name.
function py_raised(x) {
  if (py_is_class(x)) return new x();
  if (x === null || x === undefined || typeof x !== "object" || Array.isArray(x) ||
      x instanceof Map || x instanceof Set || x.constructor === Object) {
    return new py_TypeError("exceptions must derive from BaseException");
  }
  return x;
}
