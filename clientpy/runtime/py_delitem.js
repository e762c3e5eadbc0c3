// requires: py_exceptions py_getitem py_hash_find py_is_plain py_typename py_exc_str py_obj_order
// del o[k]: a list closes the gap, a dict (Map or plain object) drops the key or raises
// KeyError(k). Foreign objects lose the JS property.
function py_delitem(o, k) {
  if (Array.isArray(o) && !Object.isFrozen(o)) {
    const i = py_getitem_index(k, "list", o.length);
    if (i < 0) throw new py_IndexError("list assignment index out of range");
    o.splice(i, 1);
    return;
  }
  if (o instanceof Map) {
    const found = o.has(k) ? k : py_hash_find(o, k);
    if (found === undefined) throw new py_KeyError(k === undefined ? null : k);
    o.delete(found);
    return;
  }
  if (py_is_plain(o)) {
    if (typeof k === "string") {
      if (Object.prototype.hasOwnProperty.call(o, k)) {
        delete o[k];
        py_obj_removed(o, k);
        return;
      }
    } else {
      py_hash_find(null, k);
    }
    throw new py_KeyError(k === undefined ? null : k);
  }
  if (o !== null && typeof o === "object" && !Array.isArray(o) && !(o instanceof Set)) {
    if (o.py_patch === true) o.del(k); // a dash.Patch (py_patch.js)
    else delete o[k];
    return;
  }
  const name = py_typename(o);
  // CPython's words differ by the key: an int reaches the sequence's own deletion
  if ((name === "tuple" || name === "str" || name === "set") && (typeof k === "boolean" || Number.isInteger(k))) {
    throw new py_TypeError("'" + name + "' object doesn't support item deletion");
  }
  throw new py_TypeError("'" + name + "' object does not support item deletion");
}
