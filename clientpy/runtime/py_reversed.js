// requires: py_exceptions py_typename py_is_plain py_obj_order py_is_view py_same_size
// reversed(seq): a lazy iterator from the end, as CPython's: over a list it starts at the
// last item reversed() saw and reads the list as it is when each item is taken (changes
// are seen; a list that shrank below the position ends it). str by code point; dicts by
// key, and dict views likewise (the keys then, each value at its step, and
// RuntimeError at the step after the dict changed size, as CPython's). Sets, numbers
// and iterators are not reversible.
function py_reversed(seq) {
  if (Array.isArray(seq)) return py_reversed_list(seq);
  if (typeof seq === "string") return py_reversed_list(Array.from(seq));
  if (seq instanceof Map) return py_reversed_dict(seq, "keys");
  if (py_is_plain(seq)) return py_reversed_dict(seq, "keys");
  // A dict view (py_DictView tags itself so), without requiring that helper here.
  if (py_is_view(seq)) return py_reversed_dict(seq.dict, seq.kind);
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

// The keys and the size are taken when reversed() is called (a size changed before the
// first step raises there); a value is read at its step, as CPython's iterator reads
// the dict's entry, and the step past the last checks the size too.
function py_reversed_dict(d, kind) {
  const keys = d instanceof Map ? Array.from(d.keys()) : py_obj_keys(d);
  return py_reversed_entries(d, kind, keys, py_size(d));
}

function* py_reversed_entries(d, kind, keys, n) {
  for (let i = keys.length - 1; i >= 0; i--) {
    py_same_size(d, n);
    const k = keys[i];
    if (kind === "keys") {
      yield k;
    } else {
      const v = d instanceof Map ? d.get(k) : d[k];
      yield kind === "values" ? v : Object.freeze([k, v]);
    }
  }
  py_same_size(d, n);
}
