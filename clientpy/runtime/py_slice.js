// requires: py_exceptions py_is_plain py_slice_indices py_typename py_has_surrogates
// o[start:stop:step] for lists (a new list), tuples (a new tuple) and strs (by code
// point), with CPython's clamping; missing bounds are null or undefined.
function py_slice(o, start, stop, step) {
  if (Array.isArray(o) && (step === undefined || step === null || step === 1) &&
      (start === undefined || start === null || (start | 0) === start) &&
      (stop === undefined || stop === null || (stop | 0) === stop)) {
    const r = o.slice(start == null ? 0 : start, stop == null ? o.length : stop);
    return Object.isFrozen(o) ? Object.freeze(r) : r;
  }
  let s = o;
  const str = typeof o === "string";
  if (str) {
    if (!py_SURROGATES.test(o)) {
      const [lo, hi, st, count] = py_slice_indices(o.length, start, stop, step);
      if (st === 1) return count > 0 ? o.slice(lo, hi) : "";
    } else {
      s = Array.from(o);
    }
  } else if (!Array.isArray(o)) {
    if (o instanceof Map || py_is_plain(o)) throw new py_TypeError("unhashable type: 'slice'");
    throw new py_TypeError("'" + py_typename(o) + "' object is not subscriptable");
  }
  const [lo, , st, count] = py_slice_indices(s.length, start, stop, step);
  const r = []; // pushed: a packed array (py_filled)
  for (let i = 0, j = lo; i < count; i++, j += st) r.push(s[j]);
  if (str) return r.join("");
  return Object.isFrozen(o) ? Object.freeze(r) : r;
}
