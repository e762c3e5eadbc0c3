// requires: py_is_int
// Whether a list Dash sent holds a number with a fraction: its sum() is then a float
// (CPython's starts from the int 0, and Dash's floats are the numbers with one).
// Anything but a list sums to an error or to ints (a dict's str keys raise).
function py_has_fraction(items) {
  if (!Array.isArray(items)) return false;
  for (const x of items) if (typeof x === "number" && !py_is_int(x)) return true;
  return false;
}
