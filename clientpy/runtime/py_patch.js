// requires: py_to_js
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
    // `p[k] += [1, 2]` extends, as Patch.__iadd__ does for a list or tuple
    if (operation === "Add" && Array.isArray(value)) operation = "Extend";
    return this.record(operation, this.location.concat([key]), { value: py_to_js(value) });
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
    return this.record("Extend", this.location, { value: py_to_js(values) });
  }
  remove(value) {
    return this.record("Remove", this.location, { value: py_to_js(value) });
  }
  update(values) {
    return this.record("Merge", this.location, { value: py_to_js(values) });
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
