// Draws every <canvas data-chart> from the JSON in the element named by its data-source:
// {"labels": [...], "values": [...]}. Chart.js comes from its webjar; no inline script (CSP).
(function () {
  'use strict';
  var money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

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
    var horizontal = canvas.dataset.chart === 'horizontal';
    var format = canvas.dataset.money === 'true' ? function (v) { return money.format(v); } : String;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{
          data: data.values,
          backgroundColor: data.values.map(function (v) { return v < 0 ? '#b3261e' : '#0b4f6c'; })
        }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (item) { return format(item.raw); } } }
        },
        scales: {
          x: horizontal ? { ticks: { callback: format } } : {},
          y: horizontal ? {} : { ticks: { callback: format } }
        }
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
