// requires: py_lt py_iter py_exceptions
// min(*args, key=None, default=...): `args` is the array of positional arguments (one
// iterable, or several values). The first of equal minimums wins, as in CPython.
function py_min(args, key, dflt) {
  const n = args.length;
  if (n === 0) throw new py_TypeError("min expected at least 1 argument, got 0");
  let items = args;
  if (n === 1) {
    items = Array.isArray(args[0]) ? args[0] : py_iter(args[0]);
  } else if (dflt !== undefined) {
    throw new py_TypeError("Cannot specify a default for min() with multiple positional arguments");
  }
  if (key === null) key = undefined;
  if (key === undefined && Array.isArray(items)) {
    const m = items.length;
    let i = 0;
    while (i < m && typeof items[i] === "number") i++;
    if (i === m && m > 0) {
      let best = items[0];
      for (let j = 1; j < m; j++) if (items[j] < best) best = items[j];
      return best;
    }
  }
  let found = false;
  let best;
  let bestKey;
  for (const x of items) {
    const k = key === undefined ? x : key(x);
    if (!found) {
      found = true;
      best = x;
      bestKey = k;
    } else if (py_lt(k, bestKey)) {
      best = x;
      bestKey = k;
    }
  }
  if (found) return best;
  if (dflt !== undefined) return dflt;
  throw new py_ValueError("min() arg is an empty sequence");
}
