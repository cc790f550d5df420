// Move focus to the error summary, so screen reader and keyboard users hear what to fix first.
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // Links in the summary put focus on the field itself, not just scroll to it.
  document.querySelectorAll('.error-summary-list a').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var id = link.getAttribute('href').substring(1);
      var field = document.getElementById(id) || document.querySelector('[name="' + id + '"]');
      if (field) {
        event.preventDefault();
        field.focus();
        field.scrollIntoView({block: 'center'});
      }
    });
  });
})();
