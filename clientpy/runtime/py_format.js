// requires: py_exceptions py_typename py_float_repr py_float_repr_layout py_repr py_str py_float_exact py_format_fixed py_group_digits py_has_surrogates py_is_int
// format(value, spec): the whole format-spec mini-language of CPython 3.11 for str, int,
// bool, float and None. `isFloat` true: a number is a float even when integral.
function py_format(value, spec, isFloat) {
  if (spec === undefined || spec === "") return py_str(value, isFloat);
  if (typeof spec !== "string") {
    throw new py_TypeError("format() argument 2 must be str, not " + py_typename(spec));
  }
  const t = typeof value;
  if (t === "number") {
    // -0 is integral but only a float can be it (Dash's -0.0 formats as "-0.0").
    if (isFloat || !py_is_int(value) || (value === 0 && 1 / value < 0)) {
      return py_format_float(value, py_format_parse(spec, "", ">", "float"), "float");
    }
    if (spec === "d") return py_repr_int(value);
    return py_format_int(value, py_format_parse(spec, "d", ">", "int"), "int");
  }
  if (t === "string") return py_format_str(value, py_format_parse(spec, "s", "<", "str"));
  if (t === "boolean") {
    return py_format_int(value ? 1 : 0, py_format_parse(spec, "d", ">", "bool"), "bool");
  }
  throw new py_TypeError("unsupported format string passed to " + py_typename(value) + ".__format__");
}

// Parse [[fill]align][sign][z][#][0][width][grouping][.precision][type] like CPython's
// parse_internal_render_format_spec, with its ValueErrors.
// Parsed specs, by spec and defaults: a callback formats with the same few specs on
// every call (f"{v:>12,.2f}" in a loop), and parsing each time was most of the cost.
// Parsed specs are never changed after parsing.
// One table per value type (its defaults follow from it), keyed by the spec itself: a
// spec written in the source is one string, whose hash the engine keeps.
const py_format_parsed = { float: new Map(), int: new Map(), str: new Map(), bool: new Map() };

function py_format_parse(spec, defType, defAlign, typename) {
  const table = py_format_parsed[typename];
  let f = table.get(spec);
  if (f === undefined) {
    f = py_format_parse_spec(spec, defType, defAlign, typename);
    if (table.size < 1000) table.set(spec, f);
  }
  return f;
}

function py_format_parse_spec(spec, defType, defAlign, typename) {
  const f = {
    fill: " ", align: defAlign, sign: "", z: false, alt: false, width: -1,
    grouping: "", precision: -1, type: defType,
  };
  const end = spec.length;
  let pos = 0;
  const isAlign = (c) => c === "<" || c === ">" || c === "=" || c === "^";
  let fillLen = 1;
  const c0 = spec.charCodeAt(0);
  if (c0 >= 0xd800 && c0 < 0xdc00 && end > 1) {
    const c1 = spec.charCodeAt(1);
    if (c1 >= 0xdc00 && c1 < 0xe000) fillLen = 2;
  }
  let fillGiven = false;
  let alignGiven = false;
  if (end > fillLen && isAlign(spec.charAt(fillLen))) {
    f.fill = spec.slice(0, fillLen);
    f.align = spec.charAt(fillLen);
    fillGiven = alignGiven = true;
    pos = fillLen + 1;
  } else if (end > 0 && isAlign(spec.charAt(0))) {
    f.align = spec.charAt(0);
    alignGiven = true;
    pos = 1;
  }
  let c = spec.charAt(pos);
  if (c === "+" || c === "-" || c === " ") {
    f.sign = c;
    c = spec.charAt(++pos);
  }
  if (c === "z") {
    f.z = true;
    c = spec.charAt(++pos);
  }
  if (c === "#") {
    f.alt = true;
    c = spec.charAt(++pos);
  }
  if (!fillGiven && c === "0") {
    f.fill = "0";
    if (!alignGiven && defAlign === ">") f.align = "=";
    c = spec.charAt(++pos);
  }
  let start = pos;
  while (pos < end && spec.charCodeAt(pos) >= 48 && spec.charCodeAt(pos) <= 57) pos++;
  if (pos > start) f.width = py_format_integer(spec.slice(start, pos));
  c = spec.charAt(pos);
  if (c === ",") {
    f.grouping = ",";
    c = spec.charAt(++pos);
  }
  if (c === "_") {
    if (f.grouping !== "") throw new py_ValueError("Cannot specify both ',' and '_'.");
    f.grouping = "_";
    c = spec.charAt(++pos);
  }
  if (c === "," && f.grouping === "_") throw new py_ValueError("Cannot specify both ',' and '_'.");
  if (c === ".") {
    start = ++pos;
    while (pos < end && spec.charCodeAt(pos) >= 48 && spec.charCodeAt(pos) <= 57) pos++;
    if (pos === start) throw new py_ValueError("Format specifier missing precision");
    f.precision = py_format_integer(spec.slice(start, pos));
  }
  if (pos < end) {
    const rest = spec.slice(pos);
    const cp = rest.codePointAt(0);
    if (rest.length > (cp > 0xffff ? 2 : 1)) {
      throw new py_ValueError(
        "Invalid format specifier '" + spec + "' for object of type '" + typename + "'"
      );
    }
    f.type = rest;
  }
  if (f.grouping !== "") {
    const ty = f.type;
    if (ty === "" || (ty.length === 1 && "defgEG%F".indexOf(ty) >= 0)) {
      // allowed (PEP 378)
    } else if (f.grouping === "_" && (ty === "b" || ty === "o" || ty === "x" || ty === "X")) {
      f.grouping = "_4";
    } else {
      throw new py_ValueError("Cannot specify '" + f.grouping + "' with " + py_format_code(ty) + ".");
    }
  }
  return f;
}

// A width or precision; CPython refuses more than fits a Py_ssize_t.
function py_format_integer(digits) {
  const t = digits.replace(/^0+(?=.)/, "");
  if (t.length > 19 || (t.length === 19 && t > "9223372036854775807")) {
    throw new py_ValueError("Too many decimal digits in format string");
  }
  return Number(t);
}

// How CPython quotes a presentation type in its messages: 'x', or '\x1f' outside ASCII.
function py_format_code(ty) {
  const c = ty.codePointAt(0);
  return c > 32 && c < 128 ? "'" + ty + "'" : "'\\x" + c.toString(16) + "'";
}

function py_format_unknown(ty, typename) {
  return new py_ValueError("Unknown format code " + py_format_code(ty) + " for object of type '" + typename + "'");
}

function py_format_len(s) {
  if (!py_SURROGATES.test(s)) return s.length;
  return Array.from(s).length;
}

function py_format_pad(s, n, f) {
  const total = f.width > n ? f.width : n;
  let left = 0;
  if (f.align === ">") left = total - n;
  else if (f.align === "^") left = Math.floor((total - n) / 2);
  const right = total - n - left;
  if (left === 0 && right === 0) return s;
  return f.fill.repeat(left) + s + f.fill.repeat(right);
}

function py_format_str(value, f) {
  if (f.type !== "s") throw py_format_unknown(f.type, "str");
  if (f.sign !== "") {
    throw new py_ValueError(
      f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier"
    );
  }
  if (f.z) throw new py_ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw new py_ValueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw new py_ValueError("'=' alignment not allowed in string format specifier");
  let s = value;
  let n = py_format_len(s);
  if (f.precision >= 0 && n > f.precision) {
    s = n === s.length ? s.slice(0, f.precision) : Array.from(s).slice(0, f.precision).join("");
    n = f.precision;
  }
  return py_format_pad(s, n, f);
}

function py_format_int(value, f, typename) {
  const ty = f.type;
  switch (ty) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return py_format_float(value, f, typename);
    default:
      throw py_format_unknown(ty, typename);
  }
  if (f.precision !== -1) throw new py_ValueError("Precision not allowed in integer format specifier");
  if (f.z) throw new py_ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  const neg = value < 0;
  const a = neg ? -value : value;
  let digits;
  let prefix = "";
  let remainder = "";
  if (ty === "c") {
    if (f.sign !== "") throw new py_ValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw new py_ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (value >= 9223372036854775808 || value < -9223372036854775808) {
      throw new py_OverflowError("Python int too large to convert to C long");
    }
    if (value < 0 || value > 0x10ffff) throw new py_OverflowError("%c arg not in range(0x110000)");
    digits = "";
    remainder = String.fromCodePoint(value);
    return py_format_number(false, "", "", remainder, 1, f);
  }
  if (ty === "d" || ty === "n") {
    digits = py_repr_int(a);
  } else {
    const radix = ty === "b" ? 2 : ty === "o" ? 8 : 16;
    digits = a.toString(radix);
    if (ty === "X") digits = digits.toUpperCase();
    if (f.alt) prefix = ty === "b" ? "0b" : ty === "o" ? "0o" : ty === "x" ? "0x" : "0X";
  }
  return py_format_number(neg, prefix, digits, remainder, 0, f);
}

function py_format_float(value, f, typename) {
  let ty = f.type;
  switch (ty) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      break;
    default:
      throw py_format_unknown(ty, typename);
  }
  // CPython's float formatting takes an int precision, checked before anything else
  if (f.precision > 2147483647) throw new py_ValueError("precision too big");
  let x = value;
  const upper = ty === "E" || ty === "F" || ty === "G";
  let pct = false;
  if (ty === "%") {
    x *= 100;
    pct = true;
  }
  const neg = x < 0 || Object.is(x, -0);
  const a = neg ? -x : x;
  let s;
  let isZero = false;
  if (a !== a) {
    s = "nan";
  } else if (a === Infinity) {
    s = "inf";
  } else {
    let prec = f.precision;
    let code = ty === "" ? "r" : ty === "n" ? "g" : ty === "%" ? "f" : ty.toLowerCase();
    const dot0 = ty === "";
    if (prec < 0) prec = code === "r" ? 0 : 6;
    else if (code === "r") code = "g";
    let r;
    if (code === "f" && (s = py_format_fixed(a, prec)) !== undefined) {
      if (f.alt && prec === 0) s += ".";
      isZero = f.z && (a === 0 || +s === 0); // only the z option asks
    } else if (code === "r") {
      r = a === 0 ? { d: "0", p: 1 } : py_float_repr_digits(a);
    } else if (code === "f") {
      r = py_float_repr_round(a, prec, false);
    } else if (code === "e") {
      prec += 1;
      r = py_float_repr_round(a, prec, true);
    } else {
      if (prec === 0) prec = 1;
      r = py_float_repr_round(a, prec, true);
    }
    if (s === undefined) {
      isZero = r.d === "0";
      s = py_float_repr_layout(r.d, r.p, code, prec, f.alt, dot0);
    }
  }
  if (upper) s = s.toUpperCase();
  if (pct) s += "%";
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const minus = neg && !(f.z && isZero) && a === a;
  return py_format_number(minus, "", s.slice(0, i), s.slice(i), s.length - i, f);
}

// calc_number_widths + fill_number: [lpad][sign][prefix][spad][grouped digits][rest][rpad].
function py_format_number(neg, prefix, digits, rest, restLen, f) {
  let sign = "";
  if (f.sign === "+") sign = neg ? "-" : "+";
  else if (f.sign === " ") sign = neg ? "-" : " ";
  else if (neg) sign = "-";
  const nonDigit = sign.length + prefix.length + restLen;
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigit : 0;
  let grouped = digits;
  if (digits.length > 0) {
    if (f.grouping === "" || f.type === "n") {
      if (minWidth > digits.length) grouped = "0".repeat(minWidth - digits.length) + digits;
    } else {
      const size = f.grouping === "_4" ? 4 : 3;
      grouped = py_format_group(digits, minWidth, size, f.grouping === "," ? "," : "_");
    }
  }
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = "";
  let spad = "";
  let rpad = "";
  if (padding > 0) {
    if (f.align === "<") rpad = f.fill.repeat(padding);
    else if (f.align === "^") {
      lpad = f.fill.repeat(padding >> 1);
      rpad = f.fill.repeat(padding - (padding >> 1));
    } else if (f.align === "=") spad = f.fill.repeat(padding);
    else lpad = f.fill.repeat(padding);
  }
  return lpad + sign + prefix + spad + grouped + rest + rpad;
}

// _PyUnicode_InsertThousandsGrouping: groups of `size` from the right, padded with
// zeros (and separators) up to minWidth.
function py_format_group(digits, minWidth, size, sep) {
  // No zero padding to group: the usual case, without the general loop's arrays.
  if (minWidth <= digits.length) return py_group_digits(digits, size, sep);
  const parts = [];
  let remaining = digits.length;
  let end = digits.length;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minWidth, 1));
    const nChars = Math.max(0, Math.min(remaining, l));
    const nZeros = Math.max(0, l - remaining);
    parts.push("0".repeat(nZeros) + digits.slice(end - nChars, end));
    end -= nChars;
    remaining -= nChars;
    minWidth -= size;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= 1;
  }
  return parts.reverse().join(sep);
}
