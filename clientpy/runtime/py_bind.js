// requires: py_exceptions py_iter py_is_plain
// Binds a call's arguments to a known function's parameters at run time, for the calls
// that cannot be bound at build time (`f(*xs)`, `f(**kw)`, or a call that is wrong).
// Raises TypeError worded as CPython does. Returns the JS argument list in parameter
// order: positionals, the *args tuple, keyword-only values, the **kwargs dict.
// spec: [name, positional names, posonly count, required count, has *args,
//        keyword-only names, required keyword-only names, has **kwargs]
function py_bind(spec, args, kwargs) {
  const [name, positional, posonly, required, vararg, kwonly, kwonlyRequired, kwarg] = spec;
  const slots = new Map();
  const n = positional.length;
  for (let i = 0; i < Math.min(n, args.length); i++) slots.set(positional[i], args[i]);
  const extra = new Map();
  if (kwargs) {
    const entries = kwargs instanceof Map ? Array.from(kwargs)
      : Object.keys(kwargs).map((k) => [k, kwargs[k]]);
    for (const [k, v] of entries) {
      if (typeof k !== "string") throw new py_TypeError("keywords must be strings");
      const index = positional.indexOf(k);
      if (index >= 0 && index >= posonly) {
        if (slots.has(k)) throw new py_TypeError(name + "() got multiple values for argument '" + k + "'");
        slots.set(k, v);
      } else if (kwonly.includes(k)) {
        slots.set(k, v);
      } else if (kwarg) {
        extra.set(k, v);
      } else {
        throw new py_TypeError(name + "() got an unexpected keyword argument '" + k + "'");
      }
    }
  }
  // After the keywords, as CPython checks them: an unexpected keyword is reported first.
  if (args.length > n && !vararg) throw py_bind_too_many(name, n, required, args.length, kwonly, slots);
  const missing = positional.slice(0, required).filter((p) => !slots.has(p));
  if (missing.length) throw new py_TypeError(py_bind_missing(name, missing, "positional"));
  const missingKw = kwonlyRequired.filter((p) => !slots.has(p));
  if (missingKw.length) throw new py_TypeError(py_bind_missing(name, missingKw, "keyword-only"));
  const out = positional.map((p) => slots.get(p));
  if (!vararg && kwonly.length === 0 && !kwarg) {
    // Trailing parameters not given stay out: helpers such as int() and dict.pop() tell
    // an argument left out from one given as None by how many they get.
    let given = out.length;
    while (given > 0 && !slots.has(positional[given - 1])) given--;
    out.length = given;
  }
  if (vararg === "rest") out.push(...args.slice(n)); // a JS rest parameter
  else if (vararg) out.push(Object.freeze(args.slice(n)));
  for (const k of kwonly) out.push(slots.get(k));
  if (kwarg) out.push(extra);
  return out;
}

function py_bind_missing(name, names, kind) {
  const quoted = names.map((p) => "'" + p + "'");
  let list = quoted[0];
  if (quoted.length === 2) list = quoted.join(" and ");
  else if (quoted.length > 2) list = quoted.slice(0, -1).join(", ") + ", and " + quoted[quoted.length - 1];
  const noun = names.length === 1 ? "argument" : "arguments";
  return name + "() missing " + names.length + " required " + kind + " " + noun + ": " + list;
}

function py_bind_too_many(name, n, required, count, kwonly, slots) {
  const takes = required === n ? String(n) : "from " + required + " to " + n;
  const plural = n === 1 && required === n ? "argument" : "arguments";
  const kw = kwonly.filter((k) => slots.has(k)).length;
  let given = String(count);
  if (kw) {
    given += " positional argument" + (count === 1 ? "" : "s") +
      " (and " + kw + " keyword-only argument" + (kw === 1 ? "" : "s") + ")";
  }
  given += count === 1 && !kw ? " was" : " were";
  return new py_TypeError(name + "() takes " + takes + " positional " + plural + " but " + given + " given");
}
