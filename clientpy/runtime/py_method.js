// requires: py_callm py_getattr
// obj.name as a value (`f = d.get`, `map(s.upper, xs)`), bound now as Python binds it:
// a missing method raises AttributeError here, and rebinding the receiver's variable
// later does not change which object the method works on. `helper`, when the
// receiver's type is known at build time, is its method helper.
function py_method(obj, name, helper) {
  if (helper !== undefined) return (...args) => helper(obj, ...args);
  if (py_attrdict_key(obj, name)) return py_getattr(obj, name); // `ctx.triggered_id.index`
  const f = py_callm_find(obj, name);
  return f === null ? (...args) => obj[name](...args) : (...args) => f(obj, ...args);
}
