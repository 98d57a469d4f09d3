// How likely a place reading is before looking at the rest of the article, on a log10-population scale.
import type { PlaceInfo } from './load.js';

// A country name almost always means the country: it ranks as a place of 10^8 people ("Georgia" is the country
// unless the article is plainly about the US).
export const COUNTRY_LOG_POPULATION = 8;
// A region ranks with a city of ~300,000: "Kabul" (3M) and "Kandahar" (0.4M) are the cities, "Washington" is
// the capital (0.7M) rather than the state.
export const REGION_LOG_POPULATION = 5.5;

export function placePrior(place: PlaceInfo): number {
  if (place.kind === 'country') return COUNTRY_LOG_POPULATION;
  if (place.kind === 'admin1' || place.population === undefined) return REGION_LOG_POPULATION;
  return Math.log10(Math.max(10, place.population));
}

/** Place ids, most likely first (stable for ties). */
export function byPrior(ids: string[], getPlace: (id: string) => PlaceInfo | undefined): string[] {
  const scored = ids.map((id, order) => {
    const place = getPlace(id);
    return { id, order, prior: place ? placePrior(place) : 0 };
  });
  scored.sort((a, b) => b.prior - a.prior || a.order - b.order);
  return scored.map((s) => s.id);
}
