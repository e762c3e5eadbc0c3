// requires: py_str
// str(*args): str() of no argument is "", of one its str (`floats`: as py_str's).
function py_str_of(floats, ...args) {
  return args.length === 0 ? "" : py_str(args[0], floats);
}
