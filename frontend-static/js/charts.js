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

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  });
}());
