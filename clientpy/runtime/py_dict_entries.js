// requires: py_obj_order
// [key, value] pairs of a dict that is a Map or a plain object, for a loop over
// d.items() that unpacks each pair at once (no view, no tuples kept).
function py_dict_entries(d) {
  return d instanceof Map ? d : py_obj_entries(d);
}
