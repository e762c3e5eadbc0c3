// Hand-written twin of bench/workloads/figure.py, as a Dash author would ship it in assets/.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  function movingAverage(values, window) {
    const out = [];
    let total = 0;
    for (let i = 0; i < values.length; i++) {
      total += values[i];
      if (i >= window) total -= values[i - window];
      out.push(total / Math.min(i + 1, window));
    }
    return out;
  }

  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  ns.figure_from_store = function (store, window, scale) {
    if (!store || Object.keys(store).length === 0) return dc.no_update;
    let xs = store.x;
    let ys = store.y;
    if (scale === "log") {
      const keptX = [];
      const keptY = [];
      for (let i = 0; i < ys.length; i++) {
        if (ys[i] > 0) {
          keptX.push(xs[i]);
          keptY.push(ys[i]);
        }
      }
      xs = keptX;
      ys = keptY;
    }
    const smooth = movingAverage(ys, window);
    const title = smooth.length
      ? `${thousands(ys.length)} points, last mean ${smooth[smooth.length - 1].toFixed(3)}`
      : "no data";
    return {
      data: [
        { x: xs, y: ys, type: "scattergl", mode: "markers", name: "raw" },
        { x: xs, y: smooth, type: "scattergl", mode: "lines", name: `${window}-point mean` },
      ],
      layout: { yaxis: { type: scale }, title: { text: title } },
    };
  };
})();
