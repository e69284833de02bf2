// Draws the dashboard's charts from the data-* attributes of each canvas (no inline script: strict CSP).
(function () {
  function read(canvas, name) {
    try { return JSON.parse(canvas.getAttribute('data-' + name) || '[]'); } catch (e) { return []; }
  }
  var palette = ['#0d6efd', '#198754', '#dc3545', '#ffc107', '#6c757d', '#0dcaf0', '#6610f2', '#fd7e14'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    if (typeof Chart === 'undefined') { return; }
    var kind = canvas.getAttribute('data-chart');
    var labels = read(canvas, 'labels');
    var values = read(canvas, 'values');
    new Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: [{
          label: canvas.getAttribute('data-title') || '',
          data: values,
          backgroundColor: kind === 'bar' ? palette[0] : palette.slice(0, values.length)
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: kind !== 'bar' } }
      }
    });
  });
})();
