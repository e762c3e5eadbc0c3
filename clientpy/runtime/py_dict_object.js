// requires: py_dict py_is_plain
// dict(x) for a dict the callback keeps as a plain object (see lower/plain_dicts.py): a
// copy of a plain object (its own keys, "__proto__" among them, as ** takes them);
// anything else (a Map, pairs) is a Map, which the dict operations take as well.
function py_dict_object(x) {
  if (py_is_plain(x)) return { ...x };
  return py_dict(x);
}
