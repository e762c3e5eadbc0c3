// requires: py_iter py_index_arg
// enumerate(iterable, start=0) as an array of (index, value) tuples.
function py_enumerate(it, start) {
  let i = start === undefined ? 0 : py_index_arg(start);
  const out = [];
  if (Array.isArray(it)) {
    const n = it.length;
    for (let j = 0; j < n; j++) out.push(Object.freeze([i++, it[j]]));
    return out;
  }
  for (const x of py_iter(it)) out.push(Object.freeze([i++, x]));
  return out;
}
