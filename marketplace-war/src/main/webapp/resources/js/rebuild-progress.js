// While a rebuild runs, ask the server for its progress every two seconds and update the status line.
(function () {
  var box = document.getElementById('rebuild-status');
  if (!box || box.getAttribute('data-running') !== 'true') {
    return;
  }
  var summary = document.getElementById('rebuild-summary');
  var bar = document.getElementById('rebuild-bar');
  var timer = setInterval(function () {
    fetch(box.getAttribute('data-progress-url'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        summary.textContent = progress.summary;
        if (bar) {
          bar.value = progress.percent;
          bar.textContent = progress.percent + '%';
        }
        if (progress.state !== 'RUNNING') {
          clearInterval(timer);
          if (bar) {
            bar.remove();
          }
        }
      })
      .catch(function () { /* try again at the next tick */ });
  }, 2000);
})();
