// requires: py_format_fixed py_group_digits
// format(x, spec) for a number x and a spec of the form [[fill]align][sign][width]
// [grouping][.precision] with type f, F or %, parsed when the callback was translated:
// the common money-and-percent specs without the general format engine. Ints and bools
// format as their float would, as in CPython.
function py_format_f(x, prec, width, fill, align, sign, sep, type) {
  let a = type === "%" ? x * 100 : +x;
  const neg = a < 0 || Object.is(a, -0);
  if (neg) a = -a;
  let s;
  if (a !== a) {
    s = "nan";
  } else if (a === Infinity) {
    s = "inf";
  } else {
    s = py_format_fixed(a, prec);
    if (s === undefined) s = py_format_f_exact(a, prec);
    if (sep !== "") s = py_format_f_group(s, sep);
  }
  if (type === "F") s = s.toUpperCase();
  if (type === "%") s += "%";
  s = (neg && a === a ? "-" : sign === "+" ? "+" : sign === " " ? " " : "") + s;
  const pad = width - s.length;
  if (pad <= 0) return s;
  if (align === "<") return s + fill.repeat(pad);
  if (align === "^") return fill.repeat(pad >> 1) + s + fill.repeat(pad - (pad >> 1));
  return fill.repeat(pad) + s;
}

// The cases toFixed cannot take: 1e21 and above (integral, so BigInt has every digit)
// and exact ties, rounded half to even as CPython rounds them.
function py_format_f_exact(a, prec) {
  if (a >= 1e21) return BigInt(a).toString() + (prec > 0 ? "." + "0".repeat(prec) : "");
  const tie = a.toFixed(prec + 1); // exact: a has at most prec + 1 decimals
  const kept = tie.slice(0, prec === 0 ? -2 : -1);
  if ((kept.charCodeAt(kept.length - 1) - 48) % 2 === 0) return kept;
  const digits = kept.split("");
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] === ".") continue;
    if (digits[i] !== "9") {
      digits[i] = String.fromCharCode(digits[i].charCodeAt(0) + 1);
      return digits.join("");
    }
    digits[i] = "0";
  }
  return "1" + digits.join("");
}

// Separators every three digits of the integer part.
function py_format_f_group(s, sep) {
  const dot = s.indexOf(".");
  if (dot < 0) return py_group_digits(s, 3, sep);
  return py_group_digits(s.slice(0, dot), 3, sep) + s.slice(dot);
}
