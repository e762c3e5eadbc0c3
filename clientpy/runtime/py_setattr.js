// requires: py_attr_error py_is_plain
// obj.name = value: foreign JS objects take the property; Python values have no
// attributes to set (AttributeError, where JS would add a property silently).
function py_setattr(obj, name, value) {
  if (obj === null || obj === undefined || typeof obj !== "object" || Array.isArray(obj) ||
      obj instanceof Map || obj instanceof Set || py_is_plain(obj)) {
    if (typeof obj !== "function") throw py_attr_error(obj, name);
  }
  obj[name] = value;
  return null;
}
