// requires: py_dict_objkey py_exceptions py_getitem py_hash_find py_is_plain py_typename py_obj_order
// o[k] = v for lists (negative indexes), dicts (an existing equal key keeps its identity,
// None, also an undefined key or value, is stored as null) and plain objects (str keys
// only; "__proto__" is stored as an own key). Foreign objects are written as JS objects.
function py_setitem(o, k, v) {
  if (v === undefined) v = null;
  if (Array.isArray(o) && !Object.isFrozen(o)) {
    if (typeof k === "number" && k >= 0 && k < o.length && (k | 0) === k) {
      o[k] = v;
      return;
    }
    const i = py_getitem_index(k, "list", o.length);
    if (i < 0) throw new py_IndexError("list assignment index out of range");
    o[i] = v;
    return;
  }
  if (o instanceof Map) {
    if (o.has(k)) {
      o.set(k, v);
      return;
    }
    const found = py_hash_find(o, k);
    o.set(found !== undefined ? found : k === undefined ? null : k, v);
    return;
  }
  if (py_is_plain(o)) {
    if (typeof k !== "string") py_dict_objkey(k);
    if (!Object.prototype.hasOwnProperty.call(o, k)) py_obj_adding(o, k);
    if (k === "__proto__") {
      Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
    } else {
      o[k] = v;
    }
    return;
  }
  if (o !== null && typeof o === "object" && !Array.isArray(o) && !(o instanceof Set)) {
    if (o.py_patch === true) o.set(k, v); // a dash.Patch (py_patch.js)
    else o[k] = v;
    return;
  }
  throw new py_TypeError("'" + py_typename(o) + "' object does not support item assignment");
}
