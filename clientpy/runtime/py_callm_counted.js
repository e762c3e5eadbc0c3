// requires: py_bind py_callm
// py_callm where the method of some type having it takes fewer arguments than given
// (`d.update(a, b)`: set.update takes two, dict.update at most one; `xs.count(1, 2)`:
// str.count takes a start, list.count not): `refused` maps those types to their
// signatures, and a receiver of one of them raises CPython's TypeError, as its
// method would, before anything runs.
function py_callm_counted(obj, name, args, refused) {
  const type = py_callm_type(obj);
  if (type !== null && Object.prototype.hasOwnProperty.call(refused, type)) {
    py_bind(refused[type], args, new Map());
  }
  return py_callm(obj, name, args);
}
