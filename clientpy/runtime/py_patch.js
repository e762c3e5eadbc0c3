// requires: py_to_js py_exceptions py_str py_bool
// dash.Patch(): records partial-update operations and returns them in the shape Dash's
// renderer applies (`{__dash_patch_update, operations}`), the same the Python class
// sends. `p["a"]["b"] = v` is `p.at("a").set("b", v)`; a sub-patch shares the list.
class py_Patch {
  constructor(operations, location) {
    this.operations = operations;
    this.location = location;
    // Dash's renderer recognises a patch by this key (see its isPatch).
    this.__dash_patch_update = "__dash_patch_update";
  }
  // py_getitem, py_setitem and py_delitem tell a Patch the compiler did not see as one
  // (`p = Patch() if n else no_update`) by this, and call at, set and del.
  get py_patch() {
    return true;
  }
  at(key) {
    return new py_Patch(this.operations, this.location.concat([key]));
  }
  record(operation, location, params) {
    this.operations.push({ operation, location, params });
    return null;
  }
  set(key, value) {
    return this.record("Assign", this.location.concat([key]), { value: py_to_js(value) });
  }
  del(key) {
    return this.record("Delete", this.location.concat([key]), {});
  }
  iop(key, operation, value) {
    this.at(key).iop_here(operation, value);
    return null;
  }
  // `p op= value` at this patch's own location: what Patch.__iadd__ (and the others)
  // return, this patch at the root, a bare marker object for a sub-patch.
  iop_here(operation, value) {
    // `p += [1, 2]` extends, as Patch.__iadd__ does for a list or tuple; `p |= d`
    // merges, as update() does
    if (operation === "Add" && Array.isArray(value)) this.extend(value);
    else if (operation === "Merge") this.update(value);
    else this.record(operation, this.location, { value: py_to_js(value) });
    return this.location.length === 0 ? this : Object.freeze({});
  }
  append(value) {
    return this.record("Append", this.location, { value: py_to_js(value) });
  }
  prepend(value) {
    return this.record("Prepend", this.location, { value: py_to_js(value) });
  }
  insert(index, value) {
    // params in the order dash.Patch.insert writes them, so that the JSON is the same
    return this.record("Insert", this.location, { value: py_to_js(value), index });
  }
  extend(values) {
    if (!Array.isArray(values)) throw new py_TypeError(py_str(values) + " should be a list or tuple");
    return this.record("Extend", this.location, { value: py_to_js(values) });
  }
  remove(value) {
    return this.record("Remove", this.location, { value: py_to_js(value) });
  }
  update(values) {
    // `E or {}`, as Patch.update takes it
    return this.record("Merge", this.location, { value: py_bool(values) ? py_to_js(values) : {} });
  }
  clear() {
    return this.record("Clear", this.location, {});
  }
  reverse() {
    return this.record("Reverse", this.location, {});
  }
  toJSON() {
    return { __dash_patch_update: "__dash_patch_update", operations: this.operations };
  }
}

function py_patch() {
  return new py_Patch([], []);
}
