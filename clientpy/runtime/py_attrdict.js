// Dash's AttributeDict: the dict ids ctx gives (`ctx.triggered_id.index` reads a key
// as an attribute in Python too). The mark is a symbol: Object.keys, JSON and the
// plain-object tests of dict code do not see it.
const py_ATTRDICT = Symbol("AttributeDict");

// `x` marked, where it is a plain object (a str id stays a str).
function py_attrdict(x) {
  if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    Object.defineProperty(x, py_ATTRDICT, { value: true });
  }
  return x;
}

// `obj.name` of an AttributeDict reads the key `name`: dict's methods come first.
function py_attrdict_key(obj, name) {
  return obj != null && obj[py_ATTRDICT] === true && !py_ATTRDICT_METHODS.has(name);
}

const py_ATTRDICT_METHODS = new Set([
  "get", "items", "keys", "values", "pop", "popitem", "update", "copy", "clear", "setdefault", "fromkeys",
]);
