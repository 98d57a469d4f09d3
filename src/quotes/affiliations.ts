// Person → organisation links (with the role) that quotes state: "Graeme Smith of the International Crisis
// Group", "Taliban government spokesman Zabihullah Mujahid". Read by the store and the analyze contract.
import type { Document } from '../core/document.js';

export interface Affiliation {
  personId: string;
  organizationId: string;
  role?: string;
}

/** One link per person and organisation; a link that names the role wins over one that does not. */
export function affiliationsFromQuotes(doc: Document): Affiliation[] {
  const byPair = new Map<string, Affiliation>();
  for (const quote of doc.quotes ?? []) {
    const personId = quote.speaker.actorId;
    const organizationId = quote.affiliation?.actorId;
    if (!personId || !organizationId || personId === organizationId) continue;
    const key = `${personId}\u0000${organizationId}`;
    const known = byPair.get(key);
    if (!known || (!known.role && quote.role)) {
      byPair.set(key, { personId, organizationId, ...(quote.role ? { role: quote.role } : {}) });
    }
  }
  return [...byPair.values()];
}
