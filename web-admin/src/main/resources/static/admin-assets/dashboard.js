// Draws the dashboard's charts from the data-* attributes of each canvas (no inline script: strict CSP).
(function () {
  function read(canvas, name) {
    try { return JSON.parse(canvas.getAttribute('data-' + name) || '[]'); } catch (e) { return []; }
  }
  var palette = ['#0d6efd', '#198754', '#dc3545', '#ffc107', '#6c757d', '#0dcaf0', '#6610f2', '#fd7e14'];
  // The same colours as the status badges on every other page.
  var statusColours = {PENDING: '#ffc107', OPEN: '#0d6efd', PAYING: '#0dcaf0', PAID: '#198754', FAILED: '#dc3545',
    EXPIRED: '#adb5bd', CANCELLED: '#6c757d'};
  // Status charts carry the status codes in data-keys (their labels are in the reader's language).
  function colours(keys) {
    return keys.map(function (key, i) { return statusColours[key] || palette[i % palette.length]; });
  }
  // Axis ticks and tooltips in the page's language: 100.000 in Bahasa Indonesia, 100,000 in English.
  var locale = document.documentElement.lang === 'id' ? 'id-ID' : 'en-US';
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    if (typeof Chart === 'undefined') { return; }
    var kind = canvas.getAttribute('data-chart');
    var labels = read(canvas, 'labels');
    var keys = canvas.hasAttribute('data-keys') ? read(canvas, 'keys') : labels;
    var values = read(canvas, 'values');
    new Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: [{
          label: canvas.getAttribute('data-title') || '',
          data: values,
          backgroundColor: kind === 'bar' ? palette[0] : colours(keys)
        }]
      },
      options: {
        locale: locale,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: kind !== 'bar' } }
      }
    });
  });
})();
