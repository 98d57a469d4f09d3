// What the ACLED- and GTD-like exports say about an event's reports: outlets, a note quoting the evidence.

import type { EventSourceRef, ExportEventRow } from '../store/types.js';

/** The outlet of a report: its site name, else the host of its address. */
export function outletOf(source: EventSourceRef): string | null {
  if (source.site) return source.site;
  if (!source.url) return null;
  try {
    return new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Each outlet once, in report order. */
export function outlets(e: ExportEventRow): string[] {
  return [...new Set(e.sourceRefs.map(outletOf).filter((o): o is string => o !== null))];
}

/** The evidence text of the earliest report that has one. */
export function firstEvidence(e: ExportEventRow): string | null {
  return e.sourceRefs.find((s) => s.evidenceText)?.evidenceText?.replace(/\s+/g, ' ').trim() ?? null;
}

/** A silent report's zero stays 0 (both datasets code silence as 0); "an unknown number" stays empty. */
export function count(q: { min: number } | null): number | null {
  return q ? q.min : null;
}
