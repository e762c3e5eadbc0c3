// requires: py_is_plain
// How many entries a dict or set has, for the check that a loop over it leaves its size
// alone (-1 for anything else: a list may grow while a loop walks it, as in Python).
function py_size(x) {
  if (x instanceof Map || x instanceof Set) return x.size;
  if (py_is_plain(x)) return Object.keys(x).length;
  return -1;
}
