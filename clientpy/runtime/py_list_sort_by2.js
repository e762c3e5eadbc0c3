// requires: py_list_sort
// list.sort(key=lambda x: (a, b)) where the compiler made the lambda return
// `py_list_sort_pair(a, b)`: `a`, with `b` left in py_list_sort_second (read right after
// each call, before anything else runs). The pairs are sorted where they stand, with no
// 2-tuple made per element. Where a column is not all numbers and bools (no NaN) or all
// strs without surrogates, the tuples are made and sorted as any key's
// (py_list_sort_keyed).
let py_list_sort_second;

function py_list_sort_pair(first, second) {
  py_list_sort_second = second;
  return first;
}

function py_list_sort_by2(self, key, reverse) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "sort");
  const rev = reverse === undefined ? false : py_index_arg(reverse) !== 0;
  const n = self.length;
  const pairs = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = self[i];
    const k0 = key(v);
    pairs[i] = new py_SortPair2(k0, py_list_sort_second, v);
  }
  py_list_sort_second = undefined;
  if (n < 2) return null;
  if (py_list_sort_by2_total(pairs)) {
    pairs.sort(rev ? py_list_sort_pairs_desc : py_list_sort_pairs_asc);
    for (let i = 0; i < n; i++) self[i] = pairs[i].v;
  } else {
    const keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = Object.freeze([pairs[i].k0, pairs[i].k1]);
    py_list_sort_keyed(self, keys, rev);
  }
  return null;
}

// Both columns of the pairs a total order for `<` (py_SORT_TUPLES' rule, py_list_sort_column).
function py_list_sort_by2_total(pairs) {
  const t0 = py_list_sort_column(pairs[0].k0);
  const t1 = py_list_sort_column(pairs[0].k1);
  if (t0 === 0 || t1 === 0) return false;
  for (let i = 1; i < pairs.length; i++) {
    const p = pairs[i];
    if (py_list_sort_column(p.k0) !== t0 || py_list_sort_column(p.k1) !== t1) return false;
  }
  return true;
}
