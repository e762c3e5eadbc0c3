// requires: py_float_exact py_float_repr_layout
// format(x, spec) for a number x and a spec of the form [.precision] with type g or G,
// parsed when the callback was translated: `f"{x:g}"`, `f"{x:.3g}"` without the general
// format engine (py_format's float path with no fill, sign, width or grouping). Ints
// and bools format as their float would, as in CPython.
function py_format_g(x, prec, type) {
  const v = +x;
  const neg = v < 0 || Object.is(v, -0);
  const a = neg ? -v : v;
  let s;
  if (a !== a) {
    s = "nan";
  } else if (a === Infinity) {
    s = "inf";
  } else {
    const p = prec === 0 ? 1 : prec;
    const r = py_float_repr_round(a, p, true);
    s = py_float_repr_layout(r.d, r.p, "g", p, false, false);
  }
  if (type === "G") s = s.toUpperCase();
  return neg && a === a ? "-" + s : s;
}
