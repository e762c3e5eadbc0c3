// `a is b`: None is null or undefined; otherwise identity (a NaN is itself).
function py_is(a, b) {
  if (a === b) return true;
  if (a === null || a === undefined) return b === null || b === undefined;
  return a !== a && b !== b;
}
