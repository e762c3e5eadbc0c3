// requires: py_bind
// A function with keyword-only parameters, `**kwargs`, or `*args` followed by more, as
// a value (`fs = [join]`, `key=f`). Its JS parameters are every Python slot in order
// (positionals, the *args tuple, keyword-only values, the **kwargs dict), which calls by
// name fill at build time. A caller that knows nothing of it passes only positional
// arguments: this binds them to the slots as CPython would, TypeError included. The
// adapter is made once per function object, so `fs[0] is join` holds for every read.
function py_value_fn(f, spec) {
  let adapter = f.py_value_fn;
  if (adapter === undefined) {
    adapter = function () {
      return f(...py_bind(spec, Array.from(arguments), undefined));
    };
    Object.defineProperty(f, "py_value_fn", { value: adapter });
  }
  return adapter;
}
