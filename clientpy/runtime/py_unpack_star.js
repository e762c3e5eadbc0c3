// requires: py_exceptions py_unpack
// `a, *rest, z = x` with `before` names before the star and `after` names after it:
// [...before items, rest (a list), ...after items], or CPython's ValueError.
function py_unpack_star(x, before, after) {
  let items;
  if (Array.isArray(x)) {
    items = x;
  } else {
    const it = py_unpack_iterator(x);
    items = [];
    for (;;) {
      const step = it.next();
      if (step.done) break;
      items.push(step.value);
    }
  }
  const n = items.length;
  if (n < before + after) {
    throw new py_ValueError("not enough values to unpack (expected at least " + (before + after) +
      ", got " + n + ")");
  }
  const r = items.slice(0, before);
  r.push(items.slice(before, n - after));
  for (let i = n - after; i < n; i++) r.push(items[i]);
  return r;
}
