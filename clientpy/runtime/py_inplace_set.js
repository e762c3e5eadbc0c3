// The result of a set operation moved into the set `a` itself, for `a |= b` &c.: Python
// changes the set in place, and other names for it see the change. Other values: the
// result, as `a = a op b`.
function py_inplace_set(a, result) {
  if (!(a instanceof Set) || !(result instanceof Set)) return result;
  a.clear();
  for (const x of result) a.add(x);
  return a;
}
