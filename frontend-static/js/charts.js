// Draws every <canvas data-chart> from the JSON in the element named by its data-source:
// {"labels": [...], "values": [...]} (one series) or
// {"labels": [...], "datasets": [{"label": ..., "values": [...], "colors": ["#…"] or one per bar}]}.
// data-chart: bar | horizontal | line; data-stacked="true" stacks the series; data-money="true"
// formats values as pounds. Chart.js comes from its webjar; no inline script (CSP).
(function () {
  'use strict';
  var money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
  var grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

  function series(data) {
    if (data.datasets) {
      return data.datasets.map(function (d) {
        var colors = d.colors && d.colors.length === 1 ? d.colors[0] : d.colors;
        return { label: d.label, data: d.values, backgroundColor: colors, borderColor: colors };
      });
    }
    return [{
      data: data.values,
      backgroundColor: data.values.map(function (v) { return v < 0 ? '#b3261e' : '#0b4f6c'; })
    }];
  }

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.source);
    if (!source || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent);
    if (canvas.dataset.chart === 'k-choice') {
      drawKChoice(canvas, data);
      return;
    }
    var kind = canvas.dataset.chart;
    var horizontal = kind === 'horizontal';
    var stacked = canvas.dataset.stacked === 'true';
    var format = canvas.dataset.money === 'true'
      ? function (v) { return money.format(v); }
      : function (v) { return typeof v === 'number' ? grouped.format(v) : v; };
    var datasets = series(data);
    var valueAxis = { stacked: stacked, beginAtZero: true, ticks: { callback: function (v) { return format(v); } } };
    var labelAxis = { stacked: stacked, ticks: { autoSkip: !horizontal } };
    new Chart(canvas, {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels: data.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: datasets.length > 1, position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (item) {
                return (item.dataset.label ? item.dataset.label + ': ' : '') + format(item.raw);
              }
            }
          }
        },
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis }
      }
    });
  }

  // Choosing k: silhouette (left axis) and within-cluster sum of squares (right axis) per k,
  // {"labels": [k...], "silhouette": [...], "wcss": [...], "chosen": k, and the labels}; the
  // chosen k is drawn as a larger, darker point and named in the x-axis tick ("5 (chosen)").
  function drawKChoice(canvas, data) {
    var chosenAt = data.labels.indexOf(data.chosen);
    function marked(base, chosen) {
      return data.labels.map(function (k, i) { return i === chosenAt ? chosen : base; });
    }
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels.map(function (k) { return k === data.chosen ? k + ' (' + data.chosenLabel + ')' : String(k); }),
        datasets: [{
          label: data.silhouetteLabel,
          data: data.silhouette,
          yAxisID: 'y',
          borderColor: '#0b4f6c',
          backgroundColor: marked('#0b4f6c', '#b3261e'),
          pointRadius: marked(3, 8),
          pointStyle: marked('circle', 'rectRot')
        }, {
          label: data.wcssLabel,
          data: data.wcss,
          yAxisID: 'y1',
          borderColor: '#6c757d',
          backgroundColor: '#6c757d',
          borderDash: [6, 4],
          pointRadius: 2
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: true, position: 'bottom' } },
        scales: {
          x: { title: { display: true, text: data.kLabel } },
          y: { position: 'left', title: { display: true, text: data.silhouetteLabel } },
          y1: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: data.wcssLabel } }
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
}());
