// The workbench's quotes page, in process: the kind filter narrows the list and keeps its choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../core/document.js';
import { openStore } from '../store/index.js';
import { makeDoc, spanOf } from '../store/testing/documents.js';
import type { Store } from '../store/types.js';
import { createServerApp } from './app.js';

const TEXT = 'Mayor Ann Vale said the harbour levy would fund the pier. Dock workers want a pay rise.';

function quote(text: string, cue: string, speaker: string): Quote {
  const content = spanOf(TEXT, text);
  const at = spanOf(TEXT, cue);
  return { ...content, text, direct: false, cue, cueStart: at.start, cueEnd: at.end, speaker: { name: speaker } };
}

let store: Store;
let app: ReturnType<typeof createServerApp>;
beforeAll(async () => {
  store = await openStore(':memory:');
  await store.saveDocument(makeDoc({
    location: 'harbour.txt', title: 'Harbour levy', text: TEXT,
    quotes: [quote('the harbour levy would fund the pier', 'said', 'Ann Vale'), quote('a pay rise', 'want', 'Dock workers')],
  }));
  app = createServerApp(store, { onUnexpectedError: (e) => { throw e; } });
});
afterAll(() => store.close());

const page = async (query: string) => (await app.request(`/quotes${query}`, { headers: { host: 'localhost' } })).text();

describe('quotes page', () => {
  it('lists every kind by default and one kind when asked, keeping the choice in the form', async () => {
    expect(await page('')).toContain('data-total="2"');
    const speech = await page('?kind=speech');
    expect(speech).toContain('data-total="1"');
    expect(speech).toContain('the harbour levy would fund the pier');
    expect(speech).toContain('<option value="speech" selected>');
    const stance = await page('?kind=stance');
    expect(stance).toContain('a pay rise');
    expect(stance).not.toContain('the harbour levy would fund the pier');
    // (an unknown kind lists all, as no filter)
    expect(await page('?kind=rumour')).toContain('data-total="2"');
  });
});
