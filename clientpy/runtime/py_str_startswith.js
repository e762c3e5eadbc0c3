// requires: py_descr_error py_exceptions py_typename py_str_find
// str.startswith(prefix, start, end): prefix is a str or a tuple of str.
function py_str_startswith(self, prefix, start, end) {
  if (typeof self !== "string") throw py_descr_error("startswith", "str", self);
  if (typeof prefix === "string" && start === undefined && end === undefined) return self.startsWith(prefix);
  return py_str_startswith_match(self, prefix, start, end, "startswith", false);
}

// tailmatch over one prefix/suffix or a tuple of them, with CPython's TypeErrors.
function py_str_startswith_match(self, arg, start, end, name, tail) {
  let subs;
  if (typeof arg === "string") {
    subs = [arg];
  } else if (Array.isArray(arg) && Object.isFrozen(arg)) {
    subs = arg; // each item is checked when it is reached: a match ends the search
  } else {
    throw new py_TypeError(name + " first arg must be str or a tuple of str, not " + py_typename(arg));
  }
  const b = py_str_find_bounds(self, start, end);
  for (const s of subs) {
    if (typeof s !== "string") {
      throw new py_TypeError("tuple for " + name + " must only contain str, not " + py_typename(s));
    }
    if (b.end - py_str_find_cplen(s) < b.start) continue;
    if (tail ? b.text.endsWith(s) : b.text.startsWith(s)) return true;
  }
  return false;
}
