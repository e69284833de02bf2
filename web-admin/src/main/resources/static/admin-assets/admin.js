// Sends the CSRF token with every htmx request (forms carry it as a hidden field too).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// "Copy" buttons (the new API key): copy the named field's value; select it when the clipboard is not
// available (plain http other than localhost), so Ctrl+C still works.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-target]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy-target'));
  if (!field) {
    return;
  }
  field.select();
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.getAttribute('data-copied-text') || button.textContent;
    });
  }
});
