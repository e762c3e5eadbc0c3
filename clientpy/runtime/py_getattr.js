// requires: py_attr_error py_exceptions py_is_plain py_attrdict
// obj.name on a value whose type is only known at run time. Python values (None, bools,
// numbers, str, list, tuple, dict, set) have no data attributes a callback can read, so
// this raises AttributeError where JS would answer with a property (`xs.length`,
// `d.a`); exceptions have `args` and their cause/context (the compiler refuses
// `__traceback__`); Dash's AttributeDicts (dict ids from ctx) answer with their keys;
// foreign JS objects (DOM nodes, Dates, results of js.*) answer as JS objects.
function py_getattr(obj, name) {
  if (obj instanceof py_BaseException) {
    switch (name) {
      case "args": return obj.args;
      case "__cause__": return obj.__cause__ === undefined ? null : obj.__cause__;
      case "__context__": return obj.__context__ === undefined ? null : obj.__context__;
      case "__suppress_context__": return obj.__suppress_context__ === true;
      case "value": // StopIteration's (the first argument, or None)
        if (obj instanceof py_StopIteration) return obj.value;
    }
    if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
    throw py_attr_error(obj, name);
  }
  if (py_attrdict_key(obj, name)) {
    // Dash's AttributeDict (a dict id from ctx): its keys read as attributes
    if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
    throw py_attr_error(obj, name);
  }
  if (obj === null || obj === undefined || typeof obj !== "object" || Array.isArray(obj) ||
      obj instanceof Map || obj instanceof Set || py_is_plain(obj)) {
    if (typeof obj !== "function") throw py_attr_error(obj, name);
  }
  return obj[name];
}
