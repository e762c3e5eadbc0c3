// requires: py_exceptions
// min(xs) / max(xs) of a list or tuple the compiler knows holds numbers (or bools): each
// item against the best so far (`item < best` / `item > best`, as CPython compares them:
// the first of equals wins, a NaN as it falls); no items is CPython's ValueError.
function py_extreme_numbers(xs, largest) {
  const n = xs.length;
  if (n === 0) throw new py_ValueError((largest ? "max" : "min") + "() arg is an empty sequence");
  let best = xs[0];
  for (let i = 1; i < n; i++) {
    const x = xs[i];
    if (largest ? x > best : x < best) best = x;
  }
  return best;
}
