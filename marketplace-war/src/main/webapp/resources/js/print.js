// "Print" buttons (data-print): the browser's print dialog, which can also save as PDF.
// A script file, because the content security policy allows no inline handlers.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
