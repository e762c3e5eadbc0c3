// requires: py_iter
// sum(items, start) where the compiler knows the items are floats and the start a number
// (or bool): float addition in order, as CPython 3.11 does; no items gives the start as
// it is (sum([], True) is True). py_sum's `floats` case, without py_add behind it.
function py_sum_floats(it, start) {
  let acc = start;
  for (const x of Array.isArray(it) ? it : py_iter(it)) acc = +acc + x;
  return acc;
}
