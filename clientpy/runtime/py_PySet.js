// A Python set: a JS Set whose iteration follows CPython's, where CPython's is fixed.
// CPython iterates a set in the order of its hash table. Numbers hash to themselves
// (ints) or to a fixed function of their value (floats), so that order is deterministic
// ({3, 1, 2} prints as {1, 2, 3}) and programs see it; this class keeps the same table
// as CPython 3.11 does (slot probing, deleted-slot markers and their reuse, resizing
// and presizing, table copies where set_merge copies) for sets of numbers, and iterates
// that; the set helpers make their results the way CPython's functions do, as that
// decides the table (tests/runtime/set_orders.py has CPython 3.11 say which). A set
// holding anything else (str hashes are randomized per CPython process, NaN's is its
// address) iterates in insertion order.
const py_SET_DUMMY = { dummy: true };

class py_PySet extends Set {
  constructor(items) {
    super();
    this.$slots = new Array(8); // null once a member is not a number
    this.$fill = 0; // slots ever used (members and deleted markers), as CPython counts
    this.$finger = 0; // where set.pop() looks first
    this.$order = null; // the members in table order, until the next change
    if (items instanceof py_PySet && items.$slots !== null) {
      this.$presize(items.size);
      py_set_merge_into_empty(this, items);
    } else if (items !== undefined && items !== null) {
      for (const x of items) this.add(x);
    }
  }
  add(x) {
    if (super.has(x)) return this;
    super.add(x);
    this.$order = null;
    if (this.$slots !== null) {
      if (py_set_is_number(x)) py_set_table_add(this, x);
      else this.$slots = null;
    }
    return this;
  }
  delete(x) {
    if (!super.delete(x)) return false;
    this.$order = null;
    if (this.$slots !== null) py_set_table_delete(this, x);
    return true;
  }
  clear() {
    super.clear();
    this.$order = null;
    this.$slots = new Array(8);
    this.$fill = 0;
  }
  values() {
    if (this.$slots === null) return super.values();
    if (this.$order === null) {
      this.$order = this.$slots.filter((s) => s !== undefined && s !== py_SET_DUMMY);
    }
    return this.$order.values();
  }
  keys() {
    return this.values();
  }
  [Symbol.iterator]() {
    return this.values();
  }
  entries() {
    return Array.from(this.values(), (x) => [x, x]).values();
  }
  forEach(f, self) {
    for (const x of this.values()) f.call(self, x, x, this);
  }
  // CPython's presizing before merging `n` members in (set_merge, set_update_internal
  // for a dict): one resize where they could fill 3/5 of the table.
  $presize(n) {
    if (this.$slots !== null && (this.$fill + n) * 5 >= (this.$slots.length - 1) * 3) {
      py_set_table_resize(this, (this.size + n) * 2);
    }
  }
}

// set.pop(): the first member from the finger on, in table order, as CPython takes it.
function py_set_table_pop(s) {
  const slots = s.$slots;
  const mask = slots.length - 1;
  let i = s.$finger & mask;
  while (slots[i] === undefined || slots[i] === py_SET_DUMMY) i = i === mask ? 0 : i + 1;
  const x = slots[i];
  Set.prototype.delete.call(s, x);
  s.$order = null;
  slots[i] = py_SET_DUMMY;
  s.$finger = i + 1;
  return x;
}

function py_set_is_number(x) {
  return typeof x === "boolean" || (typeof x === "number" && x === x);
}

// hash(x) of a bool, int or float (not NaN), as CPython 3.11 computes it: a small int is
// its own hash; anything else is reduced modulo 2**61 - 1 (a BigInt then).
function py_set_hash(x) {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (Number.isInteger(x) && x < 9007199254740992 && x > -9007199254740992) {
    return x === -1 ? -2 : x;
  }
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  return py_float_hash(x);
}

// _Py_HashDouble for a finite double: its mantissa 28 bits at a time, rotated within 61
// bits, then rotated by the exponent (equal to the hash of an integral value's int).
function py_float_hash(v) {
  const BITS = 61n;
  const MOD = (1n << BITS) - 1n;
  let e = 0;
  let m = Math.abs(v);
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MOD) | (x >> (BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MOD) x -= MOD;
  }
  const r = BigInt(e >= 0 ? e % 61 : 60 - ((-1 - e) % 61));
  x = ((x << r) & MOD) | (x >> (BITS - r));
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

// The slot CPython's probing finds for hash h: linear runs of ten slots, then a
// perturbed jump. `find` undefined: where a new member goes, the free slot that ends
// the probe or, where it passed deleted slots, the last of them (as -1 - index: CPython
// 3.11's set_add_entry keeps the last one it met, as the machine's CPython shows);
// otherwise the slot holding `find` (-1 if none).
function py_set_slot(slots, h, find) {
  const mask = slots.length - 1;
  const small = typeof h === "number" && h >= 0 && h < 2147483648;
  let perturb = small ? h : BigInt.asUintN(64, BigInt(h));
  let i = small ? h & mask : Number(perturb & BigInt(mask));
  let freeslot = -1;
  for (;;) {
    const last = i + 9 <= mask ? i + 9 : i;
    for (let j = i; j <= last; j++) {
      const e = slots[j];
      if (e === undefined) return find !== undefined ? -1 : freeslot >= 0 ? -1 - freeslot : j;
      if (find !== undefined) {
        if (e === find) return j;
      } else if (e === py_SET_DUMMY) {
        freeslot = j;
      }
    }
    if (small) {
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + (perturb % (mask + 1))) & mask;
    } else {
      perturb >>= 5n;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
  }
}

// set_add_entry for a member not in the set.
function py_set_table_add(s, x) {
  const slots = s.$slots;
  const at = py_set_slot(slots, py_set_hash(x));
  if (at < 0) {
    slots[-1 - at] = x; // a deleted slot: the fill does not grow
    return;
  }
  slots[at] = x;
  s.$fill++;
  const mask = slots.length - 1;
  if (s.$fill * 5 >= mask * 3) py_set_table_resize(s, s.size > 50000 ? s.size * 2 : s.size * 4);
}

function py_set_table_delete(s, x) {
  const slots = s.$slots;
  const at = py_set_slot(slots, py_set_hash(x), x);
  if (at >= 0) slots[at] = py_SET_DUMMY;
}

// set_table_resize: the smallest power of two above `minused`, members re-inserted in
// table order (deleted markers dropped).
function py_set_table_resize(s, minused) {
  let size = 8;
  while (size <= minused) size *= 2;
  const old = s.$slots;
  s.$slots = new Array(size);
  s.$fill = 0;
  s.$order = null; // a presizing may move the members and add none
  for (const x of old) {
    if (x !== undefined && x !== py_SET_DUMMY) py_set_insert_clean(s, x);
  }
}

function py_set_insert_clean(s, x) {
  s.$slots[py_set_slot(s.$slots, py_set_hash(x))] = x; // a new table: no deleted slots
  s.$fill++;
}

// set_merge(s, src) where s's table, presized, is empty (no member, no deleted marker:
// a new or cleared set, or one the presizing rid of its deleted markers) and both hold
// numbers only: set(src), src.copy(), {*src}, `s |= src`, the start of src | t. src's
// table is copied slot for slot when the sizes match and it has no deleted markers,
// otherwise its members are inserted in its table order into the clean table (their
// slots may then differ).
function py_set_merge_into_empty(s, src) {
  for (const x of src) Set.prototype.add.call(s, x);
  s.$order = null;
  if (s.$slots.length === src.$slots.length && src.$fill === src.size) {
    s.$slots = src.$slots.slice();
    s.$fill = src.size;
    return s;
  }
  for (const x of src.$slots) {
    if (x !== undefined && x !== py_SET_DUMMY) py_set_insert_clean(s, x);
  }
  return s;
}
