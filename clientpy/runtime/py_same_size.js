// requires: py_exceptions py_size
// Python's RuntimeError when a dict or set changed size since a loop over it began
// (n: its size then, -1 for a list). `step` (the count of the item about to be given,
// from 1; not given where the loop ran out): a dict that gives more keys than it had,
// its size unchanged, had a key removed and added back (JS's Map walks it again, for
// ever if the body does so each time), where CPython raises as here.
function py_same_size(x, n, step) {
  if (n >= 0 && py_size(x) !== n) {
    throw new py_RuntimeError((x instanceof Set ? "Set" : "dictionary") + " changed size during iteration");
  }
  if (step > n && n >= 0 && !(x instanceof Set)) {
    throw new py_RuntimeError("dictionary keys changed during iteration");
  }
}
