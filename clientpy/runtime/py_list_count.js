// requires: py_attr_error py_eq
// list.count and tuple.count (a tuple is a frozen array).
function py_list_count(self, x) {
  if (!Array.isArray(self)) throw py_attr_error(self, "count");
  const n = self.length;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const y = self[i];
    if (py_eq_item(y, x)) c++;
  }
  return c;
}
