// PolNeAR (brat) attributions as per-sentence IOB2 training sentences over the quote rules' token view.
// Used by scripts/quotes-train.ts only; the corpus is never copied into the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../core/document.js';
import { segment } from '../../text/segment.js';
import { buildContext, type QuoteContext } from '../context.js';
import type { QuoteVocabulary } from '../vocabulary.js';
import { spansToTags, type Role, type RoleSpan } from './labels.js';

export interface GoldSpan extends Span {
  role: Role;
}

/** Source, Cue and Content spans of every annotated attribution in a brat .ann file (discontinuous spans split). */
export function parseBratAttributions(ann: string): GoldSpan[] {
  const spans = new Map<string, { label: string; ranges: Span[] }>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const space = body.indexOf(' ');
    const ranges = body.slice(space + 1).split(';').map((r) => {
      const [start, end] = r.trim().split(/\s+/).map(Number);
      return { start, end };
    });
    spans.set(id, { label: body.slice(0, space), ranges });
  }
  const out: GoldSpan[] = [];
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const args = Object.fromEntries(body.trim().split(/\s+/).map((kv) => kv.split(':')));
    const roles: Array<[Role, string | undefined]> = [['source', args.Source], ['cue', args.Cue], ['content', args.Content]];
    for (const [role, ref] of roles) {
      for (const r of (ref && spans.get(ref)?.ranges) || []) out.push({ role, start: r.start, end: r.end });
    }
  }
  return out;
}

/** Sentence-local token ranges of the gold spans (a span is cut at sentence ends). */
export function sentenceRoleSpans(ctx: QuoteContext, si: number, gold: readonly GoldSpan[]): RoleSpan[] {
  const { tokenStart: a, tokenEnd: b, start, end } = ctx.sentences[si];
  const out: RoleSpan[] = [];
  for (const g of gold) {
    if (g.end <= start || g.start >= end) continue;
    let s = -1;
    let e = -1;
    for (let i = a; i < b; i++) {
      const t = ctx.tokens[i];
      if (t.start >= g.start && t.end <= g.end) {
        if (s < 0) s = i;
        e = i + 1;
      }
    }
    if (s >= 0) out.push({ role: g.role, start: s - a, end: e - a });
  }
  return out;
}

export interface TrainingArticle {
  name: string;
  ctx: QuoteContext;
  /** IOB2 tags of each sentence. */
  tags: string[][];
}

/** The articles of one split (first annotator file of each, as eval/quotes.ts reads them), in name order. */
export function readSplit(dir: string, vocab: QuoteVocabulary): TrainingArticle[] {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const out: TrainingArticle[] = [];
  for (const file of anns) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const gold = parseBratAttributions(readFileSync(join(dir, 'attributions', file), 'utf8'));
    const ctx = buildContext(
      { source: { kind: 'file', location: name }, article: { title: '', text, paragraphs: [] }, segments: segment(text) },
      vocab,
    );
    const tags = ctx.sentences.map((s, si) => spansToTags(s.tokenEnd - s.tokenStart, sentenceRoleSpans(ctx, si, gold)));
    out.push({ name, ctx, tags });
  }
  return out;
}
