// requires: py_callm py_dict_entries py_dict_entries_live py_is_plain py_iter py_unpack
// [key, value] pairs for `for k, v in d.items()` where d's type is not known: a Map's
// own entries (live, as Python's view), a plain object's pairs (`live`: each value read
// when its step comes, for a body that may store into d), and for anything else what
// its items() gives (AttributeError where it has none), each unpacked as Python's
// `for k, v in` unpacks it.
function py_items_pairs(d, live) {
  if (d instanceof Map) return d;
  if (py_is_plain(d)) return live ? py_dict_entries_live(d) : py_dict_entries(d);
  return py_items_pairs_other(d);
}

function* py_items_pairs_other(d) {
  for (const item of py_iter(py_callm(d, "items", []))) yield py_unpack(item, 2);
}
