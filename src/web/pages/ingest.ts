// The ingest box: paste text, give a URL, or drop files; after a run, one line per input with what became of it
// (ingested, updated, unchanged, or failed with its coded reason) and a link to each stored article.

import type { IngestItemResult } from '../../app/ingest.js';
import { html, type Html } from '../html.js';
import { csrfField, page, type PageContext } from '../layout.js';
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, MAX_UPLOAD_FILES } from '../upload.js';

/** One input's outcome, labelled with what the analyst gave (a file name, "pasted text", a URL). */
export type IngestRow = IngestItemResult & { input: string };

export interface IngestOutcome {
  rows: IngestRow[];
}

function counts(rows: IngestRow[]): Html {
  const n = (status: IngestRow['status']) => rows.filter((r) => r.status === status).length;
  return html`Ingested ${n('ingested')}, updated ${n('updated')}, unchanged ${n('unchanged')}, failed ${n('failed')}.`;
}

function results(outcome: IngestOutcome): Html {
  return html`<section aria-labelledby="results-h"><h2 id="results-h">Result</h2>
<p class="notice" role="status" id="ingest-result">${counts(outcome.rows)}</p>
<div class="scroll"><table id="ingest-items"><thead><tr><th scope="col">Input</th><th scope="col">Result</th><th scope="col">Article</th></tr></thead>
<tbody>${outcome.rows.map(
    (row) => html`<tr data-status="${row.status}"><td>${row.input}${row.location !== row.input && row.location !== '-' ? html`<br><span class="muted">${row.location}</span>` : ''}</td>
<td class="status-${row.status}">${row.status === 'failed' ? html`failed — <code>${row.error.code}</code> ${row.error.message}${row.error.hint ? html` <span class="muted">(${row.error.hint})</span>` : ''}` : row.status}</td>
<td>${row.status === 'failed' ? '' : html`<a href="/articles/${row.articleId}">${row.title || `article ${row.articleId}`}</a>`}</td></tr>`,
  )}</tbody></table></div></section>`;
}

export function ingestPage(ctx: PageContext, outcome?: IngestOutcome, error?: string): Html {
  const body = html`<h1>Ingest</h1>
<p>Paste an article's text, give the URL of an article or a feed, or drop files. Everything runs through the whole
pipeline and is stored; the result lists each input with a link to its article.</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${outcome ? results(outcome) : ''}
<div class="grid2"><form class="stack" method="post" action="/ingest">${csrfField(ctx)}
<h2>Text or URL</h2>
<label for="i-url">URL<input id="i-url" name="url" type="url" maxlength="2000" placeholder="https://…"></label>
<label for="i-text">or text<textarea id="i-text" name="text" rows="10" maxlength="1000000"></textarea></label>
<button type="submit">Ingest</button></form>
<form class="stack" id="files-form" method="post" action="/ingest/files" enctype="multipart/form-data">${csrfField(ctx)}
<h2>Files</h2>
<div class="dropzone" id="dropzone"><label for="i-files">Drop files here, or choose them
<input id="i-files" name="files" type="file" multiple required accept="${ACCEPTED_EXTENSIONS.join(',')}"></label>
<p class="muted" id="chosen" aria-live="polite"></p></div>
<p class="muted">Text, HTML or RSS/Atom files (${ACCEPTED_EXTENSIONS.join(' ')}), at most ${MAX_UPLOAD_FILES} files of
${MAX_FILE_BYTES / 1024 / 1024} MB each.</p>
<p id="upload-progress" role="status" hidden><progress></progress> <span>Working…</span></p>
<button type="submit">Ingest files</button></form></div>
<script src="/assets/ingest.js" defer></script>`;
  return page(ctx, 'Ingest', body);
}
