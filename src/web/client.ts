// The one client script: the ingest box's drop zone, the chosen files' names, and a progress line while the upload
// and the pipeline run. Served from /assets (CSP script-src 'self'); the form works without it.

export const INGEST_SCRIPT = `'use strict';
(function () {
  var zone = document.getElementById('dropzone');
  var input = document.getElementById('i-files');
  var form = document.getElementById('files-form');
  var chosen = document.getElementById('chosen');
  var progress = document.getElementById('upload-progress');
  if (!zone || !input || !form || !chosen || !progress) return;
  function show() {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name + ' (' + Math.ceil(f.size / 1024) + ' KB)'; });
    chosen.textContent = names.length ? names.length + ' file' + (names.length === 1 ? '' : 's') + ': ' + names.join(', ') : '';
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
  });
  input.addEventListener('change', show);
  form.addEventListener('submit', function () {
    var n = input.files.length;
    progress.hidden = false;
    progress.querySelector('span').textContent = 'Uploading ' + n + ' file' + (n === 1 ? '' : 's') + ' and running the pipeline…';
    form.querySelector('button[type="submit"]').disabled = true;
  });
})();
`;
