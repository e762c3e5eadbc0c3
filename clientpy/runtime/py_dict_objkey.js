// requires: py_hash_find py_exceptions py_typename
// The key under which a value is stored in a plain-object dict: only a str can be one.
// A non-str key would silently turn into a str there, so it raises instead (after the
// unhashable check CPython makes first); dict(d) gives a Map that takes any key.
function py_dict_objkey(k) {
  if (typeof k === "string") return k;
  py_hash_find(null, k);
  throw new py_TypeError(
    "this dict came from JSON and holds str keys only, not '" + py_typename(k) + "'; copy it with dict(...) first"
  );
}
