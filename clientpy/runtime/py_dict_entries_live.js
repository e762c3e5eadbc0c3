// requires: py_obj_order
// [key, value] pairs of a dict that is a Map or a plain object, for a loop over
// d.items() whose body may store into d: each value is read when its step comes, as
// Python's items view reads it (py_dict_entries' Object.entries is a snapshot).
function py_dict_entries_live(d) {
  return d instanceof Map ? d : py_dict_entries_live_of(d, py_obj_keys(d));
}

function* py_dict_entries_live_of(d, keys) {
  for (let i = 0; i < keys.length; i++) yield [keys[i], d[keys[i]]];
}
