// requires: py_exceptions py_typename py_is_plain py_repr py_str py_float_repr py_float_repr_layout py_format_conv py_float_exact py_exc_str py_has_surrogates py_is_int
// fmt % args, like CPython's PyUnicode_Format. args: a tuple (frozen array) gives the
// positional arguments, a dict (Map or plain object) serves %(name)s, anything else is the
// single argument. `floats`: true when every number is a float, or an array of booleans
// (one per tuple item) when only some are.
function py_percent(fmt, args, floats) {
  if (typeof fmt !== "string") throw new py_TypeError("descriptor '__mod__' requires a 'str' object");
  const isTuple = Array.isArray(args) && Object.isFrozen(args);
  const ctx = {
    args: args,
    arglen: isTuple ? args.length : -1,
    argidx: isTuple ? 0 : -2,
    floats: floats,
    dict: !isTuple && (Array.isArray(args) || args instanceof Map || py_is_plain(args)) ? args : null,
  };
  let out = "";
  let pos = 0;
  const n = fmt.length;
  while (pos < n) {
    const k = fmt.indexOf("%", pos);
    if (k < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, k);
    pos = k + 1;
    if (pos >= n) throw new py_ValueError("incomplete format");
    if (fmt.charCodeAt(pos) === 37) {
      out += "%";
      pos++;
      continue;
    }
    pos = py_percent_one(fmt, pos, ctx, (s) => {
      out += s;
    });
    if (ctx.dict !== null && ctx.argidx < ctx.arglen) {
      throw new py_TypeError("not all arguments converted during string formatting");
    }
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null) {
    throw new py_TypeError("not all arguments converted during string formatting");
  }
  return out;
}

function py_percent_next(ctx) {
  const i = ctx.argidx;
  if (i < ctx.arglen) {
    ctx.argidx++;
    if (ctx.arglen < 0) return { v: ctx.args, f: ctx.floats === true };
    const fl = ctx.floats;
    return { v: ctx.args[i], f: fl === true || (Array.isArray(fl) && fl[i] === true) };
  }
  throw new py_TypeError("not enough arguments for format string");
}

// The argument a `*` width or precision takes: an int or a bool; a float is a TypeError
// also where its value is integral (the compiler's flag says it is a float).
function py_percent_star(ctx) {
  const next = py_percent_next(ctx);
  const w = next.v;
  if (typeof w === "boolean" || (typeof w === "number" && py_is_int(w) && !next.f)) return w;
  throw new py_TypeError("* wants int");
}

// Parse and format one conversion starting just after "%"; returns the position after it.
function py_percent_one(fmt, pos, ctx, emit) {
  const n = fmt.length;
  let ch = fmt.charAt(pos);
  if (ch === "(") {
    if (ctx.dict === null) throw new py_TypeError("format requires a mapping");
    let depth = 1;
    const start = ++pos;
    while (depth > 0 && pos < n) {
      const c = fmt.charAt(pos);
      if (c === ")") depth--;
      else if (c === "(") depth++;
      pos++;
    }
    if (depth > 0) throw new py_ValueError("incomplete format key");
    const key = fmt.slice(start, pos - 1);
    ctx.args = py_percent_lookup(ctx.dict, key);
    ctx.arglen = -1;
    ctx.argidx = -2;
    ctx.floats = ctx.floats === true;
    if (pos >= n) throw new py_ValueError("incomplete format");
    ch = fmt.charAt(pos);
  }
  let ljust = false;
  let plus = false;
  let blank = false;
  let alt = false;
  let zero = false;
  for (;;) {
    if (ch === "-") ljust = true;
    else if (ch === "+") plus = true;
    else if (ch === " ") blank = true;
    else if (ch === "#") alt = true;
    else if (ch === "0") zero = true;
    else break;
    if (++pos >= n) throw new py_ValueError("incomplete format");
    ch = fmt.charAt(pos);
  }
  let width = -1;
  if (ch === "*") {
    const w = py_percent_star(ctx);
    width = Number(w);
    if (width < 0) {
      ljust = true;
      width = -width;
    }
    if (++pos >= n) throw new py_ValueError("incomplete format");
    ch = fmt.charAt(pos);
  } else if (ch >= "0" && ch <= "9") {
    width = 0;
    while (ch >= "0" && ch <= "9") {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (++pos >= n) throw new py_ValueError("incomplete format");
      ch = fmt.charAt(pos);
    }
  }
  let prec = -1;
  if (ch === ".") {
    prec = 0;
    if (++pos >= n) throw new py_ValueError("incomplete format");
    ch = fmt.charAt(pos);
    if (ch === "*") {
      const p = py_percent_star(ctx);
      prec = Number(p) < 0 ? 0 : Number(p);
      if (++pos >= n) throw new py_ValueError("incomplete format");
      ch = fmt.charAt(pos);
    } else {
      while (ch >= "0" && ch <= "9") {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (++pos >= n) throw new py_ValueError("incomplete format");
        ch = fmt.charAt(pos);
      }
    }
  }
  if (ch === "h" || ch === "l" || ch === "L") {
    if (++pos >= n) throw new py_ValueError("incomplete format");
    ch = fmt.charAt(pos);
  }
  pos++;
  const arg = py_percent_next(ctx);
  const v = arg.v;
  let s;
  let numeric = false;
  if (ch === "s" || ch === "r" || ch === "a") {
    s = ch === "s" ? (typeof v === "string" ? v : py_str(v, arg.f)) : py_format_conv(v, ch, arg.f);
  } else if (ch === "d" || ch === "i" || ch === "u" || ch === "o" || ch === "x" || ch === "X") {
    s = py_percent_int(v, ch, alt, prec, arg.f);
    numeric = true;
  } else if (ch === "e" || ch === "E" || ch === "f" || ch === "F" || ch === "g" || ch === "G") {
    s = py_percent_float(v, ch, alt, prec);
    numeric = true;
  } else if (ch === "c") {
    s = py_percent_char(v, arg.f);
  } else {
    const c = ch.codePointAt(0);
    const shown = c >= 31 && c <= 126 ? ch : "?";
    throw new py_ValueError(
      "unsupported format character '" + shown + "' (0x" + c.toString(16) + ") at index " + (pos - 1)
    );
  }
  emit(py_percent_pad(s, ch, numeric, width, prec, ljust, plus, blank, alt, zero));
  return pos;
}

function py_percent_lookup(d, key) {
  if (d instanceof Map) {
    if (d.has(key)) return d.get(key);
    throw new py_KeyError(key);
  }
  if (Array.isArray(d)) throw new py_TypeError("list indices must be integers or slices, not str");
  if (Object.prototype.hasOwnProperty.call(d, key)) return d[key];
  throw new py_KeyError(key);
}

// %d %i %u %o %x %X: the digits (with sign, precision zeros and the # prefix).
function py_percent_int(v, ch, alt, prec, isFloat) {
  let x;
  if (typeof v === "boolean") {
    x = v ? 1 : 0;
  } else if (typeof v === "number" && !isFloat && py_is_int(v)) {
    x = v;
  } else if (typeof v === "number") {
    if (ch === "o" || ch === "x" || ch === "X") {
      throw new py_TypeError("%" + ch + " format: an integer is required, not float");
    }
    if (v !== v) throw new py_ValueError("cannot convert float NaN to integer");
    if (v === Infinity || v === -Infinity) throw new py_OverflowError("cannot convert float infinity to integer");
    x = Math.trunc(v);
  } else {
    const kind = ch === "o" || ch === "x" || ch === "X" ? "an integer" : "a real number";
    throw new py_TypeError("%" + ch + " format: " + kind + " is required, not " + py_typename(v));
  }
  const neg = x < 0;
  const a = neg ? -x : x;
  let digits;
  if (ch === "o") digits = a.toString(8);
  else if (ch === "x") digits = a.toString(16);
  else if (ch === "X") digits = a.toString(16).toUpperCase();
  else digits = py_repr_int(a);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  if (alt && (ch === "o" || ch === "x" || ch === "X")) digits = "0" + ch + digits;
  return neg ? "-" + digits : digits;
}

function py_percent_float(v, ch, alt, prec) {
  let x;
  if (typeof v === "number") x = v;
  else if (typeof v === "boolean") x = v ? 1 : 0;
  else throw new py_TypeError("must be real number, not " + py_typename(v));
  if (prec < 0) prec = 6;
  const upper = ch === "E" || ch === "F" || ch === "G";
  const code = ch.toLowerCase();
  const neg = x < 0 || Object.is(x, -0);
  const a = neg ? -x : x;
  let s;
  if (a !== a) {
    s = "nan";
  } else if (a === Infinity) {
    s = "inf";
  } else if (code === "f") {
    const r = py_float_repr_round(a, prec, false);
    s = py_float_repr_layout(r.d, r.p, "f", prec, alt, false);
  } else if (code === "e") {
    const r = py_float_repr_round(a, prec + 1, true);
    s = py_float_repr_layout(r.d, r.p, "e", prec + 1, alt, false);
  } else {
    const p = prec === 0 ? 1 : prec;
    const r = py_float_repr_round(a, p, true);
    s = py_float_repr_layout(r.d, r.p, "g", p, alt, false);
  }
  if (upper) s = s.toUpperCase();
  return neg && a === a ? "-" + s : s;
}

function py_percent_char(v, isFloat) {
  if (typeof v === "string") {
    const c = v.codePointAt(0);
    if (v.length > 0 && v.length === (c > 0xffff ? 2 : 1)) return v;
  } else if (typeof v === "number" && !isFloat && py_is_int(v)) {
    if (v < 0 || v > 0x10ffff) throw new py_OverflowError("%c arg not in range(0x110000)");
    return String.fromCodePoint(v);
  } else if (typeof v === "boolean") {
    return v ? "\x01" : "\x00";
  }
  throw new py_TypeError("%c requires int or char");
}

// unicode_format_arg_output: width, precision (truncating %s %r %a), sign and padding.
function py_percent_pad(s, ch, numeric, width, prec, ljust, plus, blank, alt, zero) {
  let chars = null;
  let len = s.length;
  if (py_SURROGATES.test(s)) {
    chars = Array.from(s);
    len = chars.length;
  }
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !plus && !blank) return s;
  if ((ch === "s" || ch === "r" || ch === "a") && prec >= 0 && len > prec) {
    s = chars !== null ? chars.slice(0, prec).join("") : s.slice(0, prec);
    len = prec;
  }
  const fill = numeric && zero ? "0" : " ";
  let sign = "";
  let body = s;
  if (numeric) {
    const c = s.charAt(0);
    if (c === "-" || c === "+") {
      sign = c;
      body = s.slice(1);
      len--;
    } else if (plus) sign = "+";
    else if (blank) sign = " ";
  }
  if (width < len) width = len;
  let out = "";
  if (sign !== "") {
    if (fill !== " ") out += sign;
    if (width > len) width--;
  }
  let prefix = "";
  if (alt && (ch === "x" || ch === "X" || ch === "o")) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== " ") out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !ljust) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") out += sign + prefix;
  out += body;
  if (width > len) out += " ".repeat(width - len);
  return out;
}
