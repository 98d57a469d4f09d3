// End to end: a Wikinews report (CC BY 2.5, data/demo/) through the default pipeline, as `sitrep analyze` runs it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../pipeline/registry.js';
import { loadResources } from '../pipeline/resources.js';

const FIXTURE = resolve(import.meta.dirname, '..', '..', 'data', 'demo', '2019-01-30-mokha-yemen-bomb-kills-photojournalist-at-least-five-others.html');

describe('events through the default pipeline', () => {
  it('a Yemen bombing report: type, place, date, toll and evidence that slices back to the text', () => {
    const content = readFileSync(FIXTURE, 'utf8');
    const doc = buildPipeline().run(
      { source: { kind: 'file', location: FIXTURE }, raw: { mediaType: 'text/html', content, charset: 'utf-8', contentHash: 'test' } },
      loadResources({ nerModel: false }),
    );
    const [main] = doc.events ?? [];
    expect(main).toMatchObject({
      attackType: 'Bombing/Explosion',
      salience: 'main',
      date: { start: '2019-01-29', end: '2019-01-29', precision: 'day' },
      location: { name: 'Mokha', countryCode: 'YE', precision: 'city' },
      fatalities: { min: 6, qualifier: 'at least' },
    });
    expect(main.targets[0].type).toBe('Journalists & Media');
    const text = doc.article!.text;
    for (const span of main.evidence) expect(span.end).toBeLessThanOrEqual(text.length);
    expect(main.evidence.some((s) => text.slice(s.start, s.end).includes('bombing'))).toBe(true);
  }, 20_000);
});
