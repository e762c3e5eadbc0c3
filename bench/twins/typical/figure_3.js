// The twin of figure_3 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.figure_3 = function (data, scale) {
    if (!data || data.length === 0) {
      return dc.no_update;
    }
    return { data: data, layout: { yaxis: { type: scale }, title: "Chart 3" } };
  };
})();
