// requires: py_exceptions py_hash_find py_is_plain py_typename py_DictView py_exc_str py_has_surrogates py_is_int
// o[k] for an index or key (slices go through py_slice): negative indexes count from the
// end, str indexes count code points, a missing key raises KeyError(k), a plain object
// only answers its own str keys. Foreign objects are read as JS objects.
function py_getitem(o, k) {
  if (Array.isArray(o)) {
    if (typeof k === "number" && k >= 0 && k < o.length && (k | 0) === k) return o[k];
  } else if (o instanceof Map) {
    if (o.has(k)) return o.get(k);
  } else if (typeof k === "string" && k !== "__proto__" && py_is_plain(o)) {
    // Dash's JSON holds no functions: a function read here is inherited (toString),
    // unless the callback stored it, which the own-property check tells.
    const v = o[k];
    if (v !== undefined && (typeof v !== "function" || Object.prototype.hasOwnProperty.call(o, k))) {
      return v;
    }
  }
  return py_getitem_slow(o, k);
}

function py_getitem_slow(o, k) {
  if (o instanceof py_DictView) {
    throw new py_TypeError("'dict_" + o.kind + "' object is not subscriptable");
  }
  if (Array.isArray(o)) {
    const tuple = Object.isFrozen(o);
    const i = py_getitem_index(k, tuple ? "tuple" : "list", o.length);
    if (i < 0) throw new py_IndexError(tuple ? "tuple index out of range" : "list index out of range");
    return o[i];
  }
  if (typeof o === "string") {
    if (!(typeof k === "boolean" || (typeof k === "number" && py_is_int(k)))) {
      throw new py_TypeError("string indices must be integers, not '" + py_typename(k) + "'");
    }
    // The code points of the last string indexed are kept, so a loop over s[i] does not
    // scan s on every access.
    if (py_getitem_slow.str !== o) {
      py_getitem_slow.points = py_SURROGATES.test(o) ? Array.from(o) : null;
      py_getitem_slow.str = o;
    }
    const s = py_getitem_slow.points === null ? o : py_getitem_slow.points;
    let i = +k;
    py_getitem_fits(i);
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw new py_IndexError("string index out of range");
    return s[i];
  }
  if (o instanceof Map) {
    const found = py_hash_find(o, k);
    if (found === undefined) throw new py_KeyError(k === undefined ? null : k);
    return o.get(found);
  }
  if (py_is_plain(o)) {
    if (typeof k === "string") {
      if (Object.prototype.hasOwnProperty.call(o, k)) return o[k];
    } else {
      py_hash_find(null, k);
    }
    throw new py_KeyError(k === undefined ? null : k);
  }
  if (o !== null && typeof o === "object" && !(o instanceof Set)) {
    return o.py_patch === true ? o.at(k) : o[k]; // a dash.Patch (py_patch.js)
  }
  throw new py_TypeError("'" + py_typename(o) + "' object is not subscriptable");
}

// The position in a sequence of length n that index k names (negative counts from the
// end), or -1 when out of range; TypeError when k is not an int.
function py_getitem_index(k, name, n) {
  if (!(typeof k === "boolean" || (typeof k === "number" && py_is_int(k)))) {
    throw new py_TypeError(name + " indices must be integers or slices, not " + py_typename(k));
  }
  let i = +k;
  py_getitem_fits(i);
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

// CPython reads an index into a C integer first: from 2**63 on that fails.
function py_getitem_fits(i) {
  if (i >= 9223372036854775808 || i < -9223372036854775808) {
    throw new py_IndexError("cannot fit 'int' into an index-sized integer");
  }
}
