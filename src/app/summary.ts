// The readable (non-JSON) output of `sitrep analyze`.
import type { AnalysisJson } from './contract.js';
import { spokenWords } from '../quotes/spoken.js';

// Long texts are cut to this many characters in the terminal view.
const QUOTE_PREVIEW_CHARS = 110;
const MAX_ROWS_PER_SECTION = 25;

export interface MissingExtractors {
  quotes: boolean;
  events: boolean;
  claims: boolean;
}

function preview(text: string, limit = QUOTE_PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

function section<T>(title: string, rows: T[], line: (row: T) => string, missing: boolean, why: string): string[] {
  if (missing) return [`${title}: not extracted — ${why}`];
  if (rows.length === 0) return [`${title}: none found`];
  const out = [`${title} (${rows.length}):`];
  for (const row of rows.slice(0, MAX_ROWS_PER_SECTION)) out.push(`  ${line(row)}`);
  if (rows.length > MAX_ROWS_PER_SECTION) out.push(`  … ${rows.length - MAX_ROWS_PER_SECTION} more (use --json)`);
  return out;
}

function quantity(q: { min: number; max?: number; qualifier?: string; reported?: boolean } | undefined): string {
  if (!q) return 'unknown';
  if (q.reported === false) return '0 (not reported)';
  const range = q.max !== undefined && q.max !== q.min ? `${q.min}–${q.max}` : `${q.min}`;
  return q.qualifier ? `${q.qualifier} ${range}` : range;
}

export function formatSummary(analysis: AnalysisJson, missing: MissingExtractors): string {
  const { article } = analysis;
  const lines: string[] = [];
  lines.push(article.title || '(untitled)');
  const meta = [
    article.published && `published ${article.published}`,
    article.site,
    article.byline && `by ${article.byline}`,
    article.language,
    article.url,
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '));
  lines.push(`${article.text.length} characters`);
  lines.push('');

  const actorById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const mentionCount = new Map<string, number>();
  for (const entity of analysis.entities) {
    if (entity.actorId) mentionCount.set(entity.actorId, (mentionCount.get(entity.actorId) ?? 0) + 1);
  }
  const actors = [...analysis.actors].sort(
    (a, b) => (mentionCount.get(b.id) ?? 0) - (mentionCount.get(a.id) ?? 0) || a.name.localeCompare(b.name),
  );
  lines.push(
    ...section('Actors', actors, (a) => `${a.name} [${a.kind}] ×${mentionCount.get(a.id) ?? 0}`, false, ''),
  );
  lines.push(
    ...section('Places', analysis.places, (p) => `${p.name}${p.admin1 ? `, ${p.admin1}` : ''}, ${p.country} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`, false, ''),
  );
  lines.push(
    ...section(
      'Quotes',
      analysis.quotes,
      (q) => {
        const who = q.speaker.name + (q.affiliation ? ` (${q.affiliation.name})` : '');
        // A label cue ("Lee: …", "((Lee)) …") is punctuation: the speaker alone introduces the words.
        const cue = /\p{L}/u.test(q.cue) ? ` ${q.cue}` : '';
        return `${who}${cue}${q.conduit ? ` → ${q.conduit}` : ''}: ${q.direct ? '“' : ''}${preview(spokenWords(q))}${q.direct ? '”' : ''}`;
      },
      missing.quotes,
      'no quote extractor in this pipeline yet',
    ),
  );
  lines.push(
    ...section(
      'Events',
      analysis.events,
      (e) => {
        const where = e.location ? `${e.location.name}, ${e.location.country}` : 'place unknown';
        const who = e.perpetrators.map((p) => actorById.get(p.actorId ?? '')?.name ?? p.name).join(', ') || 'unknown perpetrator';
        return `[${e.salience}] ${e.date.start}${e.date.end !== e.date.start ? `…${e.date.end}` : ''} ${e.attackType} in ${where} by ${who}; killed ${quantity(e.fatalities)}, injured ${quantity(e.injuries)} (${e.status})`;
      },
      missing.events,
      'no event extractor in this pipeline yet',
    ),
  );
  lines.push(
    ...section(
      'Claims',
      analysis.claims,
      (c) => `${c.speaker ? `${c.speaker.name}: ` : ''}${preview(c.text)}`,
      missing.claims,
      'no claim extractor in this pipeline yet',
    ),
  );
  return lines.join('\n') + '\n';
}
