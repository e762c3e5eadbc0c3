// requires: py_exceptions py_size
// Python's RuntimeError when a dict or set changed size since a loop over it began.
function py_same_size(x, n) {
  if (n >= 0 && py_size(x) !== n) {
    throw new py_RuntimeError((x instanceof Set ? "Set" : "dictionary") + " changed size during iteration");
  }
}
