// requires: py_dict_update
// dict(mapping_or_pairs=(), **kwargs) as a Map; kwargs is a Map or plain object of
// str keys, applied after the positional argument.
function py_dict(it, kwargs) {
  const m = new Map();
  py_dict_update(m, it, kwargs);
  return m;
}
