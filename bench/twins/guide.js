// The JavaScript of Dash's clientside-callbacks guide: the twins of bench/workloads/guide.py.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.graph_from_store = function (data, scale) {
    return { data: data, layout: { yaxis: { type: scale } } };
  };

  ns.px_figure_scale = function (figure, scale) {
    if (figure === undefined || figure === null) {
      return { data: [], layout: {} };
    }
    return Object.assign({}, figure, {
      layout: { ...figure.layout, yaxis: { ...figure.layout.yaxis, type: scale } },
    });
  };

  ns.store_as_markdown = function (data) {
    return "```\n" + JSON.stringify(data, null, 2) + "\n```";
  };

  ns.last_button = function (b1, b2, b3) {
    const id = dc.callback_context.triggered_id;
    return `Last clicked: ${id === undefined ? "None" : id}, clicks ${(b1 || 0) + (b2 || 0) + (b3 || 0)}`;
  };
})();
