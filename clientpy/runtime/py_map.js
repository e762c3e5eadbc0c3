// requires: py_iter py_exceptions py_typename
// map(function, *iterables) as an array; with several iterables it stops at the
// shortest, taking values in turn like zip.
function py_map(fn, ...its) {
  const k = its.length;
  if (k === 0) throw new py_TypeError("map() must have at least two arguments.");
  if (typeof fn !== "function") {
    const bad = fn;
    fn = () => {
      throw new py_TypeError("'" + py_typename(bad) + "' object is not callable");
    };
  }
  const out = [];
  if (k === 1) {
    const a = its[0];
    if (Array.isArray(a)) {
      const n = a.length;
      for (let i = 0; i < n; i++) out.push(fn(a[i]));
    } else {
      for (const x of py_iter(a)) out.push(fn(x));
    }
    return out;
  }
  const iters = its.map((x) => py_iter(x)[Symbol.iterator]());
  for (;;) {
    const args = new Array(k);
    for (let j = 0; j < k; j++) {
      const r = iters[j].next();
      if (r.done) return out;
      args[j] = r.value;
    }
    out.push(fn(...args));
  }
}
