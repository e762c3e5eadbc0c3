// requires: py_str
// print(*args): str() of each argument, joined by spaces, one console line.
function py_print(...args) {
  let line = "";
  for (let i = 0; i < args.length; i++) {
    const x = args[i];
    if (i > 0) line += " ";
    line += typeof x === "string" ? x : py_str(x);
  }
  console.log(line);
  return null;
}
