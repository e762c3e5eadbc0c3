// requires: py_exceptions py_is_int
// CPython's slice.indices for a sequence of length n, plus the slice length:
// [start, stop, step, count]. Bounds are ints, bools or None/undefined; step 0 raises.
function py_slice_indices(n, start, stop, step) {
  let st = 1;
  if (step !== null && step !== undefined) {
    st = py_slice_bound(step);
    if (st === 0) throw new py_ValueError("slice step cannot be zero");
  }
  let lo = start === null || start === undefined ? (st < 0 ? Infinity : 0) : py_slice_bound(start);
  let hi = stop === null || stop === undefined ? (st < 0 ? -Infinity : Infinity) : py_slice_bound(stop);
  if (lo < 0) {
    lo += n;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= n) {
    lo = st < 0 ? n - 1 : n;
  }
  if (hi < 0) {
    hi += n;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= n) {
    hi = st < 0 ? n - 1 : n;
  }
  let count = 0;
  if (st < 0) {
    if (hi < lo) count = Math.floor((lo - hi - 1) / -st) + 1;
  } else if (lo < hi) {
    count = Math.floor((hi - lo - 1) / st) + 1;
  }
  return [lo, hi, st, count];
}

function py_slice_bound(x) {
  if (typeof x === "number" && py_is_int(x)) return x;
  if (typeof x === "boolean") return +x;
  throw new py_TypeError("slice indices must be integers or None or have an __index__ method");
}
