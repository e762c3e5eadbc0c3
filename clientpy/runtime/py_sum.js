// requires: py_add py_iter py_exceptions
// sum(iterable, start=0). Numbers and bools add with a plain loop (float addition in
// order, as CPython 3.11 does); from the first other value on, py_add takes over.
function py_sum(it, start) {
  let acc = start === undefined ? 0 : start;
  if (typeof acc === "string") {
    throw new py_TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (Array.isArray(it)) {
    const n = it.length;
    let i = 0;
    if (typeof acc === "number" || typeof acc === "boolean") {
      let total = acc;
      for (; i < n; i++) {
        const x = it[i];
        if (typeof x === "number") total += x;
        else if (typeof x === "boolean") total += x ? 1 : 0;
        else break;
      }
      acc = total;
    }
    for (; i < n; i++) acc = py_add(acc, it[i]);
    return acc;
  }
  for (const x of py_iter(it)) {
    if (typeof acc === "number" && typeof x === "number") acc += x;
    else acc = py_add(acc, x);
  }
  return acc;
}
