// requires: py_exceptions py_iter py_getitem
// f(a=1, **d): the keywords of the call, in order; a name given twice is CPython's
// TypeError, not a silent override.
function py_kwargs_merge(target, source, name) {
  const keys = source instanceof Map ? Array.from(source.keys()) : Array.from(py_iter(source));
  for (const k of keys) {
    if (typeof k !== "string") throw new py_TypeError(name + "() keywords must be strings");
    if (target.has(k)) {
      throw new py_TypeError(name + "() got multiple values for keyword argument '" + k + "'");
    }
    target.set(k, source instanceof Map ? source.get(k) : py_getitem(source, k));
  }
  return target;
}
