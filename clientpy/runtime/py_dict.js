// requires: py_dict_update py_exceptions
// dict(mapping_or_pairs=(), **kwargs) as a Map; kwargs is a Map or plain object of
// str keys, applied after the positional argument.
function py_dict(it, kwargs) {
  if (kwargs instanceof Map) {
    for (const k of kwargs.keys()) {
      if (typeof k !== "string") throw new py_TypeError("keywords must be strings");
    }
  }
  const m = new Map();
  py_dict_update(m, it, kwargs);
  return m;
}
