// raises: never (a callback calling only such helpers needs no traceback wrapper)
// True when x is a plain JS object (JSON / Dash data), which the runtime treats as a
// dict with str keys. Objects of other realms count; class instances, arrays, Maps,
// Sets and other foreign objects do not.
function py_is_plain(x) {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
