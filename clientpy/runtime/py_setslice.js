// requires: py_exceptions py_is_plain py_iter py_slice_indices py_typename
// o[start:stop:step] = values on a list. A step of 1 (or none) replaces the range with
// any number of items (inserting when stop <= start); an extended slice needs exactly
// as many items as it selects.
function py_setslice(o, start, stop, step, values) {
  if (!Array.isArray(o) || Object.isFrozen(o)) {
    if (o instanceof Map || py_is_plain(o)) throw new py_TypeError("unhashable type: 'slice'");
    throw new py_TypeError("'" + py_typename(o) + "' object does not support item assignment");
  }
  const [lo, hi, st, count] = py_slice_indices(o.length, start, stop, step);
  let items;
  if (values === o) {
    items = o.slice();
  } else if (Array.isArray(values)) {
    items = values;
  } else {
    let it;
    try {
      it = py_iter(values);
    } catch (e) {
      throw new py_TypeError(st === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    items = Array.from(it);
  }
  if (st === 1) {
    const del = Math.max(hi - lo, 0);
    if (items.length < 10000) {
      o.splice(lo, del, ...items);
    } else {
      const tail = o.slice(lo + del);
      o.length = lo;
      for (let i = 0; i < items.length; i++) o.push(items[i]);
      for (let i = 0; i < tail.length; i++) o.push(tail[i]);
    }
    return;
  }
  if (items.length !== count) {
    throw new py_ValueError("attempt to assign sequence of size " + items.length +
      " to extended slice of size " + count);
  }
  for (let i = 0, j = lo; i < count; i++, j += st) o[j] = items[i];
}
