// requires: py_is_plain py_obj_order
// dict.keys() / .values() / .items(): live views of a dict (a Map or a plain object),
// as in Python: they follow later changes to the dict, have a length, are iterable,
// keys and items views compare and combine like sets, and none can be indexed.
class py_DictView {
  constructor(dict, kind) {
    this.dict = dict;
    this.kind = kind; // "keys", "values" or "items"
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
  *[Symbol.iterator]() {
    const d = this.dict;
    const kind = this.kind;
    if (d instanceof Map) {
      for (const [k, v] of d) {
        yield kind === "keys" ? k : kind === "values" ? v : Object.freeze([k, v]);
      }
    } else {
      for (const k of py_obj_keys(d)) {
        yield kind === "keys" ? k : kind === "values" ? d[k] : Object.freeze([k, d[k]]);
      }
    }
  }
}

function py_dict_view(dict, kind) {
  return new py_DictView(dict, kind);
}
