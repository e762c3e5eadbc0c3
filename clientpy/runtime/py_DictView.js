// requires: py_dict_get py_eq py_is_plain py_obj_order py_same_size
// dict.keys() / .values() / .items(): live views of a dict (a Map or a plain object),
// as in Python: they follow later changes to the dict, have a length, are iterable,
// keys and items views compare and combine like sets, and none can be indexed.
class py_DictView {
  constructor(dict, kind, checked = true) {
    this.dict = dict;
    this.kind = kind; // "keys", "values" or "items"
    this.checked = checked; // false: walked where nothing can change the dict (py_view_walked)
  }
  get size() {
    return this.dict instanceof Map ? this.dict.size : Object.keys(this.dict).length;
  }
  get [Symbol.toStringTag]() {
    return "dict_" + this.kind;
  }
  get setLike() {
    return this.kind !== "values";
  }
  // `x in view` for a keys or items view, as CPython's: a key is looked up as the dict
  // looks it up (py_dict_get: an unhashable one raises TypeError, where a walk would
  // answer False); an items view takes a 2-tuple only, looks its key up and compares
  // the value.
  has(x) {
    const pair = this.kind === "items";
    if (pair && !(Array.isArray(x) && Object.isFrozen(x) && x.length === 2)) return false;
    const missing = {}; // no value of the dict's can be this new object
    const found = py_dict_get(this.dict, pair ? x[0] : x, missing);
    return found !== missing && (!pair || py_eq_item(found, x[1]));
  }
  // As CPython's view iterators, it raises RuntimeError at the step after the dict
  // changed size, or gave more keys than it had (one removed and another added: a JS
  // Map walk reaches keys added during it, for ever if a loop keeps adding).
  *[Symbol.iterator]() {
    const d = this.dict;
    const kind = this.kind;
    const n = this.checked ? py_size(d) : -1; // -1: py_same_size checks nothing
    if (d instanceof Map) {
      let step = 0;
      for (const [k, v] of d) {
        py_same_size(d, n, ++step);
        yield kind === "keys" ? k : kind === "values" ? v : Object.freeze([k, v]);
      }
    } else {
      for (const k of py_obj_keys(d)) {
        py_same_size(d, n);
        yield kind === "keys" ? k : kind === "values" ? d[k] : Object.freeze([k, d[k]]);
      }
    }
    py_same_size(d, n);
  }
}

function py_dict_view(dict, kind) {
  return new py_DictView(dict, kind);
}
