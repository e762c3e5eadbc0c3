// Hand-written twin of bench/workloads/records.py, as a Dash author would ship it in assets/.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  function round2(x) {
    return Number(x.toFixed(2));
  }

  ns.sales_summary = function (records, regions, minAmount, sortBy) {
    const wanted = new Set(regions);
    const rows = records.filter((r) => wanted.has(r.region) && r.amount >= minAmount);
    rows.sort((a, b) => {
      const x = a[sortBy];
      const y = b[sortBy];
      return x < y ? 1 : x > y ? -1 : 0;
    });
    const groups = new Map();
    for (const r of rows) {
      let g = groups.get(r.category);
      if (g === undefined) {
        g = { category: r.category, orders: 0, units: 0, revenue: 0 };
        groups.set(r.category, g);
      }
      g.orders += 1;
      g.units += r.units;
      g.revenue += r.amount;
    }
    const table = Array.from(groups.values()).sort((a, b) => b.revenue - a.revenue);
    for (const g of table) {
      g.average = round2(g.revenue / g.orders);
      g.revenue = round2(g.revenue);
    }
    return { matched: rows.length, top: rows.slice(0, 50), groups: table };
  };
})();
