// requires: py_iter
// zip(*iterables): tuples up to the shortest. Like CPython, each round takes one value
// from each iterable in turn and stops at the first exhausted one, so a longer iterator
// before it has given one value more.
function py_zip(...its) {
  const k = its.length;
  const out = [];
  if (k === 0) return out;
  let arrays = true;
  let n = Infinity;
  for (let j = 0; j < k; j++) {
    if (!Array.isArray(its[j])) {
      arrays = false;
      break;
    }
    if (its[j].length < n) n = its[j].length;
  }
  if (arrays) {
    for (let i = 0; i < n; i++) {
      const t = new Array(k);
      for (let j = 0; j < k; j++) t[j] = its[j][i];
      out.push(Object.freeze(t));
    }
    return out;
  }
  const iters = its.map((x) => py_iter(x)[Symbol.iterator]());
  for (;;) {
    const t = new Array(k);
    for (let j = 0; j < k; j++) {
      const r = iters[j].next();
      if (r.done) return out;
      t[j] = r.value;
    }
    out.push(Object.freeze(t));
  }
}
