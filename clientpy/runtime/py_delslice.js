// requires: py_exceptions py_is_plain py_slice_indices py_typename
// del o[start:stop:step] on a list, in place.
function py_delslice(o, start, stop, step) {
  if (!Array.isArray(o) || Object.isFrozen(o)) {
    if (o instanceof Map || py_is_plain(o)) throw new py_TypeError("unhashable type: 'slice'");
    throw new py_TypeError("'" + py_typename(o) + "' object does not support item deletion");
  }
  const [lo, hi, st, count] = py_slice_indices(o.length, start, stop, step);
  if (count === 0) return;
  if (st === 1) {
    o.splice(lo, hi - lo);
    return;
  }
  // The deleted positions, lowest first: first, first + gap, ... (count of them).
  const first = st > 0 ? lo : lo + (count - 1) * st;
  const gap = st > 0 ? st : -st;
  const last = first + (count - 1) * gap;
  let w = first;
  for (let r = first; r < o.length; r++) {
    if (r <= last && (r - first) % gap === 0) continue;
    o[w++] = o[r];
  }
  o.length = w;
}
