// requires: py_range_bounds
// x in range(...) without making its items: an int (or a float equal to one, or a
// bool) that the range reaches; CPython compares anything else item by item, and no
// other value equals an int.
function py_range_has(x, start, stop, step) {
  const [lo, by, n] = py_range_bounds(start, stop, step);
  if (typeof x === "boolean") x = +x;
  if (typeof x !== "number" || !Number.isInteger(x) || n === 0) return false;
  const i = (x - lo) / by;
  return Number.isInteger(i) && i >= 0 && i < n;
}
