// Whether x is a dict view (dict.keys(), .values(), .items()): py_DictView tags itself
// "dict_keys" and so on, and helpers that only test for one need not carry the class.
function py_is_view(x) {
  return x !== null && typeof x === "object" && Object.prototype.toString.call(x).startsWith("[object dict_");
}
