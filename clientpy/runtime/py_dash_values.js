// The argument of an ALL or ALLSMALLER dependency (a list of the matched components'
// values) as a server callback gets it through JSON: a cleared number input's NaN, an
// infinity, an unset prop is None in it. Copied only where one is found.
function py_dash_values(a) {
  if (!Array.isArray(a)) return a === undefined || (typeof a === "number" && a - a !== 0) ? null : a;
  let out = a;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v === undefined || (typeof v === "number" && v - v !== 0)) {
      if (out === a) out = a.slice();
      out[i] = null;
    }
  }
  return out;
}
