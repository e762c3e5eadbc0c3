// requires: py_group_digits
// format(n, spec) for an int n and a spec of the form [[fill]align][sign][0][width]
// [grouping] with type d (the 0 flag without grouping or alignment), parsed when the
// callback was translated.
function py_format_d(n, width, fill, align, sign, sep, zero) {
  const neg = n < 0;
  const a = neg ? -n : n;
  // String() turns to exponent notation from 1e21; BigInt keeps every digit.
  let digits = a < 9007199254740992 ? String(a) : BigInt(a).toString();
  if (sep !== "") digits = py_group_digits(digits, 3, sep);
  const prefix = neg ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
  const pad = width - prefix.length - digits.length;
  if (pad <= 0) return prefix + digits;
  if (zero) return prefix + "0".repeat(pad) + digits;
  const s = prefix + digits;
  if (align === "<") return s + fill.repeat(pad);
  if (align === "^") return fill.repeat(pad >> 1) + s + fill.repeat(pad - (pad >> 1));
  return fill.repeat(pad) + s;
}
