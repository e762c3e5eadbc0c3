// Hand-written twins of bench/workloads/battery.py, as a Dash author would ship them in
// assets/: plain loops, Maps and Sets, the JS idiom for each Python line. A twin does
// the work its Python does (the same passes, the same lists built), so a ratio measures
// the translation, not a better algorithm.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  // Python's round(x, n) for the magnitudes these callbacks print.
  function roundTo(x, n) {
    return Number(x.toFixed(n));
  }

  ns.histogram = function (values, binWidth, lo) {
    const counts = new Map();
    for (let i = 0; i < values.length; i++) {
      const b = Math.floor((values[i] - lo) / binWidth);
      counts.set(b, (counts.get(b) || 0) + 1);
    }
    const keys = Array.from(counts.keys()).sort((a, b) => a - b);
    const total = values.length;
    let peak = keys[0];
    for (const k of keys) if (counts.get(k) > counts.get(peak)) peak = k;
    const x = [];
    for (const k of keys) x.push(lo + k * binWidth);
    const y = [];
    for (const k of keys) y.push(counts.get(k));
    const share = [];
    for (const k of keys) share.push(roundTo(counts.get(k) / total, 4));
    return { x, y, share, peak: `bin ${peak} (${counts.get(peak)} values)` };
  };

  ns.parse_csv = function (text, numeric) {
    const lines = text.trim().split("\n");
    const header = lines[0].split(",").map((h) => h.trim());
    const columns = {};
    for (const h of header) columns[h] = [];
    let bad = 0;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line.trim()) continue;
      const cells = line.split(",");
      if (cells.length !== header.length) {
        bad++;
        continue;
      }
      for (let c = 0; c < header.length; c++) {
        const name = header[c];
        const cell = cells[c].trim();
        if (numeric.includes(name)) columns[name].push(cell ? Number(cell) : null);
        else columns[name].push(cell);
      }
    }
    return { columns, rows: lines.length - 1 - bad, bad };
  };

  ns.matmul = function (a, b) {
    const n = a.length;
    const m = b[0].length;
    const k = b.length;
    const out = [];
    for (let i = 0; i < n; i++) {
      const row = a[i];
      const res = new Array(m).fill(0);
      for (let p = 0; p < k; p++) {
        const x = row[p];
        const brow = b[p];
        for (let j = 0; j < m; j++) res[j] += x * brow[j];
      }
      out.push(res);
    }
    let trace = 0;
    for (let i = 0; i < Math.min(n, m); i++) trace += out[i][i];
    return { z: out, trace: roundTo(trace, 6) };
  };

  ns.matmul_open = ns.matmul; // the same JS: a hand-written twin has no annotations

  ns.blur = function (grid, passes) {
    const h = grid.length;
    const w = grid[0].length;
    let cur = grid;
    for (let p = 0; p < passes; p++) {
      const nxt = [];
      for (let y = 0; y < h; y++) {
        const row = [];
        for (let x = 0; x < w; x++) {
          let total = 0;
          for (let dy = -1; dy <= 1; dy++) {
            const src = cur[Math.min(Math.max(y + dy, 0), h - 1)];
            for (let dx = -1; dx <= 1; dx++) {
              total += src[Math.min(Math.max(x + dx, 0), w - 1)];
            }
          }
          row.push(total / 9);
        }
        nxt.push(row);
      }
      cur = nxt;
    }
    return cur;
  };

  ns.prime_stats = function (n, pairs) {
    const sieve = new Array(n + 1).fill(true);
    sieve[0] = false;
    sieve[1] = false;
    for (let i = 2; i * i <= n; i++) {
      if (sieve[i]) for (let j = i * i; j <= n; j += i) sieve[j] = false;
    }
    const primes = [];
    for (let k = 0; k <= n; k++) if (sieve[k]) primes.push(k);
    const gcds = [];
    for (const pair of pairs) {
      let a = pair[0];
      let b = pair[1];
      while (b) {
        const t = a % b;
        a = b;
        b = t;
      }
      gcds.push(a);
    }
    const gaps = [];
    for (let i = 1; i < primes.length; i++) gaps.push(primes[i] - primes[i - 1]);
    let sum = 0;
    for (const p of primes) sum += p;
    let maxGap = gaps[0];
    for (const g of gaps) if (g > maxGap) maxGap = g;
    return { count: primes.length, sum, last: primes.slice(-5), max_gap: maxGap, gcds };
  };

  ns.group_stats = function (records, key) {
    const groups = new Map();
    for (const r of records) {
      const k = r[key];
      let items = groups.get(k);
      if (items === undefined) groups.set(k, (items = []));
      items.push(r);
    }
    const out = [];
    for (const [name, items] of groups) {
      const amounts = items.map((r) => r.amount);
      let total = 0;
      for (const r of items) total += r.amount;
      let low = Infinity;
      for (const r of items) if (r.amount < low) low = r.amount;
      let high = -Infinity;
      for (const a of amounts) if (a > high) high = a;
      let units = 0;
      for (const r of items) units += r.units;
      out.push({ name, n: items.length, total: roundTo(total, 2), low, high, units });
    }
    out.sort((a, b) => b.units - a.units || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return out.slice(0, 100);
  };

  ns.report_text = function (rows, prefix) {
    const lines = [];
    let flagged = 0;
    for (const r of rows) {
      const name = r.name.trim().toUpperCase().replaceAll("A", "4");
      let mark = " ";
      if (name.startsWith(prefix) || name.endsWith("O")) {
        flagged++;
        mark = "*";
      }
      lines.push(
        `${mark} ${String(r.rank).padStart(5)} ${name.toLowerCase()} ${name.length} ` +
          `${(r.share * 100).toFixed(2)}%`
      );
    }
    return `${lines.length} rows, ${flagged} flagged\n` + lines.join("\n");
  };

  ns.cumulative = function (xs, ys) {
    const n = Math.min(xs.length, ys.length);
    const running = [];
    let total = 0;
    let peak = 0;
    let drawdown = 0;
    let worstAt = -1;
    for (let i = 0; i < n; i++) {
      total += xs[i] * ys[i];
      running.push(total);
      if (total > peak) peak = total;
      if (peak - total > drawdown) {
        drawdown = peak - total;
        worstAt = i;
      }
    }
    const steps = [];
    for (let i = 1; i < running.length; i++) steps.push(running[i] - running[i - 1]);
    let ups = 0;
    for (const s of steps) if (s > 0) ups++;
    return { running, ups, drawdown: roundTo(drawdown, 6), worst_at: worstAt };
  };

  ns.tag_filter = function (items, allowed, blocked) {
    const allowedSet = new Set(allowed);
    const blockedSet = new Set(blocked);
    const kept = [];
    const seen = new Set();
    const counts = new Map();
    for (const item of items) {
      if (!allowedSet.has(item.kind)) continue;
      const tags = item.tags;
      if (tags.some((t) => blockedSet.has(t))) continue;
      kept.push(item.id);
      for (const t of tags) {
        seen.add(t);
        counts.set(t, (counts.get(t) || 0) + 1);
      }
    }
    return { ids: kept, tags: Array.from(seen).sort(), counts: Object.fromEntries(counts) };
  };
})();
