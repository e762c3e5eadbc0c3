// requires: py_DictView py_callm py_is_plain
// `d.values()` (keys, items) walked at once where no code of the callback's runs
// between steps (`sum(d.values())`, `for v in d.values():`, whose body the compiler
// checks itself where it may change d: iteration_guard.py). The view skips its own
// size check on each step, which counts a plain object's keys every time: a walk of a
// dict from Dash took time growing with the square of its size. Anything that is no
// dict goes to the method call, which raises as CPython does.
function py_view_walked(d, kind) {
  if (d instanceof Map || py_is_plain(d)) return new py_DictView(d, kind, false);
  return py_callm(d, kind, []);
}
