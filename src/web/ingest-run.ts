// Runs what the ingest box was given through the app's ingest service (`ingestIntoStore`), one input at a time, and
// labels every outcome with what the analyst gave, so the results page can list each with its article.

import type { IngestRunOptions } from '../app/ingest.js';
import type { Store } from '../store/types.js';
import type { IngestRow } from './pages/ingest.js';
import { MAX_FILE_BYTES, type CheckedFile } from './upload.js';

export type IngestInput = { kind: 'url'; url: string } | { kind: 'text'; text: string } | { kind: 'file'; file: CheckedFile };

async function* once(chunk: string | Uint8Array): AsyncGenerator<string | Uint8Array> {
  yield chunk;
}

export async function runIngest(store: Store, inputs: IngestInput[], options: Pick<IngestRunOptions, 'runtime'> = {}): Promise<IngestRow[]> {
  // Loaded on first use: the pipeline's models are not needed to browse.
  const { ingestIntoStore } = await import('../app/ingest.js');
  const rows: IngestRow[] = [];
  for (const input of inputs) {
    const label = input.kind === 'url' ? input.url : input.kind === 'text' ? 'pasted text' : input.file.name;
    if (input.kind === 'file' && !input.file.ok) {
      rows.push({ input: label, location: label, status: 'failed', error: input.file.error });
      continue;
    }
    const onItem: IngestRunOptions['onItem'] = (item) => rows.push({ ...item, input: label });
    if (input.kind === 'url') {
      await ingestIntoStore([input.url], store, { ...options, onItem });
    } else {
      const content = input.kind === 'text' ? input.text : (input.file as Extract<CheckedFile, { ok: true }>).bytes;
      await ingestIntoStore(['-'], store, { ...options, onItem, maxBytes: MAX_FILE_BYTES, stdin: once(content) });
    }
  }
  return rows;
}
