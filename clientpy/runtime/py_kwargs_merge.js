// requires: py_exceptions py_is_plain py_typename py_obj_order
// f(a=1, **d): the keywords of the call, in order; a name given twice is CPython's
// TypeError, not a silent override, and so is a ** value that is not a dict. Whether
// the keys are strings is the callee's to check (str.format takes any). `name` is how
// CPython names the callee there: `app.f`, `dict`, `str.format`.
function py_kwargs_merge(target, source, name) {
  let keys;
  if (source instanceof Map) keys = Array.from(source.keys());
  else if (py_is_plain(source)) keys = py_obj_keys(source);
  else {
    throw new py_TypeError(name + "() argument after ** must be a mapping, not " + py_typename(source));
  }
  for (const k of keys) {
    if (target.has(k)) {
      throw new py_TypeError(name + "() got multiple values for keyword argument '" + k + "'");
    }
    target.set(k, source instanceof Map ? source.get(k) : source[k]);
  }
  return target;
}
