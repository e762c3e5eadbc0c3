// The function to_js gives: `f` called with every argument passed as `undefined` (an
// unset Dash prop, a missing JSON key) turned into null, None to the Python code, as the
// Dash bundle's wrapper does. An argument not passed at all is still omitted, so that
// a parameter's default applies; inside, `undefined` would count as omitted too (a JS
// default parameter, `max(xs, default=x)`), where CPython sees None.
function py_entry(f) {
  return function (...args) {
    for (let i = 0; i < args.length; i++) if (args[i] === undefined) args[i] = null;
    return f(...args);
  };
}
