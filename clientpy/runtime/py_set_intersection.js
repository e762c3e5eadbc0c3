// requires: py_attr_error py_hash_find py_iter py_PySet
// set.intersection(*iterables). As in CPython, each step walks the smaller of two sets
// (the argument when sizes tie) or the whole non-set iterable, and keeps the members it
// walks: {1} & {True} is {True}.
function py_set_intersection(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "intersection");
  let acc = self;
  if (others.length === 0) return new py_PySet(self);
  for (let i = 0; i < others.length; i++) {
    const other = others[i];
    if (other === acc) {
      acc = new py_PySet(acc); // CPython's set_intersection of a set with itself: a copy
      continue;
    }
    const out = new py_PySet();
    let walk = other instanceof Set ? other : py_iter(other);
    let probe = acc;
    if (other instanceof Set && other.size > acc.size) {
      walk = acc;
      probe = other;
    }
    for (const x of walk) {
      const hit = typeof x === "string" ? probe.has(x) : py_hash_find(probe, x) !== undefined;
      if (hit && (typeof x === "string" ? !out.has(x) : py_hash_find(out, x) === undefined)) {
        out.add(x === undefined ? null : x);
      }
    }
    acc = out;
  }
  return acc;
}
