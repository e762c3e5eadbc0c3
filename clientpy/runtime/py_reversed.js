// requires: py_exceptions py_typename py_is_plain py_obj_order py_is_view py_same_size
// reversed(seq): a lazy iterator from the end, as CPython's: over a list it starts at the
// last item reversed() saw and reads the list as it is when each item is taken (changes
// are seen; a list that shrank below the position ends it). str by code point; dicts by
// key, and dict views likewise (the keys then, and RuntimeError at the step after the
// dict changed size, as CPython's). Sets, numbers and iterators are not reversible.
function py_reversed(seq) {
  if (Array.isArray(seq)) return py_reversed_list(seq);
  if (typeof seq === "string") return py_reversed_list(Array.from(seq));
  if (seq instanceof Map) return py_reversed_dict(seq, Array.from(seq.keys()));
  if (py_is_plain(seq)) return py_reversed_dict(seq, py_obj_keys(seq));
  // A dict view (py_DictView tags itself so), without requiring that helper here.
  if (py_is_view(seq)) {
    return py_reversed_dict(seq.dict, Array.from(seq));
  }
  throw new py_TypeError("'" + py_typename(seq) + "' object is not reversible");
}

// The start is the length when reversed() is called, as CPython's iterator takes it:
// items appended later are not seen.
function py_reversed_list(a) {
  return py_reversed_from(a, a.length - 1);
}

function* py_reversed_from(a, start) {
  for (let i = start; i >= 0; i--) {
    if (i >= a.length) return;
    yield a[i];
  }
}

function* py_reversed_dict(d, items) {
  const n = py_size(d);
  for (let i = items.length - 1; i >= 0; i--) {
    py_same_size(d, n);
    yield items[i];
  }
}
