// requires: py_hash_find py_dict_objkey py_obj_order
// Stores d[k] = v in a Map (isMap true; an equal existing key keeps its identity, as in
// CPython: {1: "a"} updated with True -> {1: ...}) or a plain object (own property, safe
// for "__proto__").
function py_dict_set(d, isMap, k, v) {
  if (v === undefined) v = null;
  if (isMap) {
    if (typeof k === "string") {
      d.set(k, v);
    } else {
      const found = py_hash_find(d, k);
      d.set(found !== undefined ? found : k === undefined ? null : k, v);
    }
  } else {
    k = py_dict_objkey(k);
    if (!Object.prototype.hasOwnProperty.call(d, k)) py_obj_adding(d, k);
    if (k === "__proto__") {
      Object.defineProperty(d, k, { value: v, writable: true, enumerable: true, configurable: true });
    } else {
      d[k] = v;
    }
  }
}
