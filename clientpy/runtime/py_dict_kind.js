// requires: py_attr_error py_is_plain
// The receiver check of the dict methods: true for a Map, false for a plain object
// (a dict from JSON / Dash, str keys), AttributeError like CPython for anything else.
function py_dict_kind(self, name) {
  if (self instanceof Map) return true;
  if (py_is_plain(self)) return false;
  throw py_attr_error(self, name);
}
