// Where an incident happened: the most specific place the text gives (city > first-level region > country),
// from the resolve layer, with the article's countries as context for ambiguous names.
// Text-pattern fallback for places the gazetteer lacks: news and GTD write "in Tal Salman, Raqqah, Syria";
// the segments before a resolved country are read as city and region, and the coordinates come from the most
// specific of them the gazetteer knows (the `precision` says which).
import type { Document, EventRecord, Place, Span } from '../core/document.js';
import { findRegion, findTown, townKey, type Town, type TownAnchor } from './towns.js';

const KIND_RANK: Record<Place['kind'], number> = { city: 3, admin1: 2, country: 1 };
// Words that end the preposition before a place chain.
const CHAIN_START = /\b(?:in|near|at|outside|of|on|into|from|across|around|between|over|attacked|targeting|targeted|shelled|raided|struck|hit|stormed|overran|captured|seized)\s+(?:the\s+)?(?=[A-Z]|(?:al|el|ad|ar|as|an|at|ash|az)-[A-Z])/g;
// A preposition right before a place name: the incident happened there.
const LOCATIVE = /\b(?:in|at|near|outside|into|of|on the outskirts of|across)\s+(?:the\s+|a\s+|an\s+)?$/i;
// Chain segments that name a part of a town, not a town.
const SUBLOCAL = /\b(?:neighbou?rhood|area|quarter|police district|PD|market|road|street|strasse|avenue|lane|boulevard|square|sector|block|ward|hills?|river|zone|township|camp|base|airport|highway|crossroads|intersection|checkpoint|check ?post|chowk|roundabout|bridge)\b(?:\s+\d+)?$|^Police District\b|^District \d+|^\d+\w*\s+(?:Police\s+)?District\b/i;
// A date is not a place: "As of September 30, Armenia claimed …".
const DATE_SEGMENT = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d+)$/;
// A segment that opens with a time adverbial or a clause opener is not a place: "Yesterday, Indonesia's minister
// …", "In 2015, Saudi Arabia started …", "Since Baloch's death, Pakistan's laws …" ("In Amenas" is a town: "In"
// opens a clause only before a number, a month or a lower-case word).
const CLAUSE_OPENER = /^(?:(?:Yesterday|Today|Tonight|Tomorrow|Overnight|Earlier|Later|Last|Next|This|That|Since|After|Before|When|While|Whilst|During|Until|Till|Following|Despite|Although|Though|Because|Once|Then|Now|Recently|Previously|Meanwhile|However|Also|Separately|Elsewhere|Subsequently|Eventually|Initially|Afterwards?|Thereafter|Ago|By|For|With|Without|Under|Over|As|If|Unlike|Like|According)\b|(?:In|On|At|From|By)\s+(?:\d|[a-z]|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))/;
// A year, a weekday or a time of day anywhere in a segment ("Saturday morning", "Late 2019").
const TIME_WORDS = /\b(?:1[89]\d\d|20\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|weekend|week|month|year)s?\b/;
// "Baloch's death": a possessive before a common noun is a clause, not a name.
const POSSESSIVE_CLAUSE = /['’]s\s+[a-z]/;
// A possessive country followed by the act it did.
const AGENT_POSSESSIVE = /^['’]s?\s+(?:\w+\s+)?(?:killing|attack|strike|airstrike|air strike|bombing|bombardment|invasion|assassination|raid|offensive|shelling|drone strike)s?\b/i;
// A country name used as an adjective for people or a mission ("United States soldiers", "the Chinese
// consulate" is a demonym and never reaches here): whose they are, not where it happened.
const ATTRIBUTIVE = /^\s+(?:soldiers?|troops|forces|military|army|navy|personnel|service ?members|servicem[ae]n|marines|nationals|citizens|diplomats?|embassy|consulate|contractors|officials|aid workers|peacekeepers)\b/i;
// A sentence that is only a place chain ("Khanaqin, Diyala, Iraq." after a sentence cut at "in Qaya."): at most
// this many capitalised segments of at most 40 characters.
const BARE_CHAIN = /^(?:[A-Z][^,.;:]{0,40},\s*){1,3}$/;
// A chain segment that names a district ("Nahri Saraj district"): its seat stands for it.
const DISTRICT = /\bdistrict$/i;
// "Zenda village in North Province": a named settlement, then the place it lies in.
const SETTLEMENT_IN = /^((?:[A-Z][\w'’-]*\s+){1,4}(?:village|town|city|hamlet|settlement|locality|district))\s+(?:in|of)\s+(?=[A-Z])/;
const SETTLEMENT_END = /\b[A-Z][\w'’-]*\s+(?:village|town|city|hamlet|settlement|locality|district)\s+$/;
// A place named "X area" with X a proper name ("Palo Dheri Area"; not "the market area").
const NAMED_AREA = /^(?:[A-Z][\w'’-]*\s+)+[Aa]rea$/;
// A place the chain names before a town it found (a village before its district's seat) lies this near that town.
const NEAR_TOWN_KM = 50;
// How far back from the country name a "City, Region, Country" chain may start.
const CHAIN_REACH = 120;

export interface PlaceMention extends Span {
  place: Place;
}

/** Every mention the resolve layer linked to a place, in text order. */
export function placeMentions(doc: Document): PlaceMention[] {
  const resolution = doc.resolution;
  const entities = doc.entities ?? [];
  if (!resolution) return [];
  const byId = new Map(resolution.places.map((p) => [p.id, p]));
  const found: PlaceMention[] = [];
  for (const link of resolution.links) {
    if (!link.placeId) continue;
    const place = byId.get(link.placeId);
    const mention = entities[link.mention];
    // "three Spanish tourists" says who, not where.
    if (!place || !mention || mention.origin === 'demonym' || mention.label === 'MISC') continue;
    found.push({ start: mention.start, end: mention.end, place });
  }
  return found.sort((a, b) => a.start - b.start);
}

function within(spans: Span[], m: Span): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}

function cleanName(segment: string): string {
  return segment.replace(/\s+(?:city|village|camp|town|area|locality|community)$/i, '').trim();
}

/** Whether a chain segment can name a place: not a date, a time adverbial or the opening of a clause. */
function plausiblePlace(segment: string): boolean {
  return !DATE_SEGMENT.test(segment) && !CLAUSE_OPENER.test(segment) && !TIME_WORDS.test(segment) && !POSSESSIVE_CLAUSE.test(segment);
}

interface Segment extends Span {
  text: string;
}

/** "Tal Salman, Raqqah" before a resolved country, as [town, region?] with their spans. */
function chainBefore(text: string, country: PlaceMention, clause: Span): Segment[] {
  const from = Math.max(clause.start, country.start - CHAIN_REACH);
  const before = text.slice(from, country.start);
  if (!/,\s*$/.test(before)) return [];
  let chainStart = -1;
  CHAIN_START.lastIndex = 0;
  for (let m = CHAIN_START.exec(before); m; m = CHAIN_START.exec(before)) {
    // "of" inside a name ("District of Columbia", "Bank of …") does not start a chain.
    if (/^of\b/.test(m[0]) && /\b[A-Z][\w'’-]*\s+$/.test(before.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Geidam village in Yobe": the chain starts at the village.
    if (/^(?:in|of)\b/.test(m[0]) && SETTLEMENT_END.test(before.slice(Math.max(0, m.index - 60), m.index)) && chainStart >= 0) continue;
    chainStart = m.index + m[0].length;
  }
  // A clause that opens with the chain itself ("Khanaqin, Diyala, Iraq"): the chain starts at the clause.
  if (chainStart < 0 && from === clause.start && BARE_CHAIN.test(before)) chainStart = 0;
  if (chainStart < 0) return [];
  const segments: Segment[] = [];
  const pattern = /[^,]+/g;
  const chain = before.slice(chainStart);
  for (let m = pattern.exec(chain); m; m = pattern.exec(chain)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = from + chainStart + m.index + raw.indexOf(trimmed);
    segments.push({ text: trimmed, start, end: start + trimmed.length });
  }
  if (segments.length === 0 || segments.some((s) => !/^(?:[A-Z0-9]|(?:al|el|ad|ar|as|an|at|ash|az)-[A-Z])/.test(s.text) || s.text.length > 60 || !plausiblePlace(s.text))) return [];
  // "Geidam village in Yobe": a settlement named in the next place is two segments.
  for (let i = 0; i < segments.length; i++) {
    const settlement = SETTLEMENT_IN.exec(segments[i].text);
    if (!settlement) continue;
    const first = settlement[1];
    const rest = segments[i].text.slice(settlement[0].length);
    const restStart = segments[i].start + settlement[0].length;
    segments.splice(i, 1, { text: first, start: segments[i].start, end: segments[i].start + first.length }, { text: rest, start: restStart, end: restStart + rest.length });
  }
  // "Jaseb Hattab Al-Hiliji in al-Sinaaiyah neighborhood Amarah": only the last place word run is the place.
  for (const segment of segments) {
    const inner = /^.*\b(?:in|near|neighbou?rhood|area)\s+(?=[A-Z])/.exec(segment.text);
    if (inner) {
      segment.start += inner[0].length;
      segment.text = segment.text.slice(inner[0].length);
    }
  }
  // Parts of a town ("Ur neighborhood", "Police District 9", "Longstomps Avenue") are not the town; a segment
  // that says "city" is the town ("Fritz-Reuter-Strasse, Schoeneberg, Berlin city, Berlin").
  // "Spinwam area, Khyber Pakhtunkhwa": a named area with only its region after it is the town.
  const areaTown = (s: Segment, i: number) =>
    NAMED_AREA.test(s.text) && i < segments.length - 1 && segments.slice(i + 1, -1).every((later) => SUBLOCAL.test(later.text));
  const named = segments.filter((s, i) => !SUBLOCAL.test(s.text) || areaTown(s, i));
  const city = named.findIndex((s, i) => i < named.length - 1 && /\scity$/i.test(s.text));
  return city > 0 ? named.slice(city) : named;
}

// Words around a chain segment's name: "the Kunar province", "Sari Pul City".
const SEGMENT_WORDS = /\s+(?:city|village|town|district|province|governorate|state|region|county|municipality|prefecture|department|oblast)$/i;
// A region's seat stands for a town of its name only this far from the region's point.
const CHAIN_KM = 150;

/** The span of a segment's name without "the" before it or a word such as "city" or "province" after it. */
function core(segment: Segment): Span {
  const lead = /^the\s+/i.exec(segment.text)?.[0].length ?? 0;
  const tail = SEGMENT_WORDS.exec(segment.text)?.[0].length ?? 0;
  return { start: segment.start + lead, end: segment.end - tail };
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The location a place chain gives: `location.name` the town as written, the coordinates those of the most
 * specific segment that the gazetteer resolved or the events stage's place list finds, `admin1` the region.
 */
function chainLocation(chain: Segment[], country: PlaceMention, pool: PlaceMention[]): NonNullable<EventRecord['location']> {
  const cc = country.place.countryCode;
  // "between Zenda and Tarlenheim, North Province": the first of two places named together is the town.
  const both = /^(.+?)\s+and\s+(?=[A-Z])/.exec(chain[0].text);
  if (both && !pool.some((m) => m.start <= chain[0].start && m.end >= chain[0].end)) {
    chain = [{ text: both[1], start: chain[0].start, end: chain[0].start + both[1].length }, ...chain.slice(1)];
  }
  const town = chain[0];
  const region = chain.length > 1 ? chain[chain.length - 1] : undefined;
  // A mention stands for a segment when it ends the segment's name ("Havre" is not "Havre de Grace"; "Kifri
  // district Diyala" is Diyala).
  const at = (segment: Segment | undefined) => {
    if (!segment) return undefined;
    const name = core(segment);
    return pool.find((m) => m.place.kind !== 'country' && m.start >= segment.start && m.end <= segment.end && m.end >= name.end);
  };
  const atRegion = at(region);
  let atTown = at(town);
  // "Sari Pul City, Sari Pul province": a segment that says "city" is the town even when its name is a region's.
  const saysCity = /\scity$/i.test(town.text);
  const townAsRegion = atTown?.place.kind === 'admin1' && saysCity ? atTown : undefined;
  if (townAsRegion) atTown = undefined;
  // A region in another spelling than the gazetteer's ("Raqqah" for "Al-Raqqah Governorate", a lone "Marib,
  // Yemen" for Ma'rib): the events stage's own region names place the incident in it and anchor the town.
  const regionText = region ?? (atTown ? undefined : town);
  const spelledRegion = !atRegion && !townAsRegion && regionText ? findRegion(regionText.text, cc) : undefined;
  // "Fayzabad district, Jawzjan": a town the resolver placed in another region than the chain's is another town
  // of that name; it is looked up in the chain's region.
  const chainRegion = atRegion?.place.kind === 'admin1' ? atRegion.place : spelledRegion;
  if (atTown?.place.kind === 'city' && chainRegion &&
    (atTown.place.admin1 && atRegion ? atTown.place.admin1 !== chainRegion.name : km(atTown.place, chainRegion) > CHAIN_KM)) atTown = undefined;
  const source = atTown ?? atRegion ?? townAsRegion ?? country;
  const precision: 'city' | 'admin1' | 'country' =
    source === country ? 'country' : source === atTown && atTown.place.kind === 'city' ? 'city' : 'admin1';
  const location: NonNullable<EventRecord['location']> = {
    name: cleanName(town.text), country: country.place.country, countryCode: cc,
    lat: source.place.lat, lon: source.place.lon, precision, placeId: source.place.id,
  };
  if (spelledRegion && source === country) {
    Object.assign(location, { lat: spelledRegion.lat, lon: spelledRegion.lon, precision: 'admin1' as const, placeId: `admin1:${spelledRegion.id}` });
  }
  // A town or village the gazetteer lacks: the events stage's place list, within the chain's country and region.
  // The segments are read from the most general to the town, each one found anchoring the next ("Chambus Kol,
  // Imam Saheb district, Kunduz": Imam Sahib near Kunduz, then Chambus Kol near Imam Sahib); the most specific
  // found is the place.
  if (precision !== 'city') {
    const near = atRegion ?? townAsRegion ?? atTown;
    let anchor: TownAnchor | undefined = near
      ? { region: regionCode(near.place), lat: near.place.lat, lon: near.place.lon }
      : spelledRegion ? { region: spelledRegion.id.slice(cc.length + 1), lat: spelledRegion.lat, lon: spelledRegion.lon } : undefined;
    const local = chain.slice(0, region ? -1 : undefined);
    const stop = local.findIndex((segment) => segment !== town || !saysCity ? at(segment)?.place.kind === 'admin1' : false);
    let found: Town | undefined;
    for (const segment of (stop >= 0 ? local.slice(0, stop) : local).reverse()) {
      const small = findTown(cleanName(segment.text), cc, anchor, { district: DISTRICT.test(segment.text) });
      if (!small) continue;
      found = small;
      anchor = { region: small.region || anchor?.region, lat: small.lat, lon: small.lon, withinKm: NEAR_TOWN_KM };
    }
    if (found) {
      Object.assign(location, { lat: found.lat, lon: found.lon, precision: 'city' as const });
      delete location.placeId;
    }
  }
  const admin1 = atRegion ? (atRegion.place.kind === 'admin1' ? atRegion.place.name : atRegion.place.admin1 ?? region?.text)
    : spelledRegion ? spelledRegion.name
    : townAsRegion ? townAsRegion.place.name
    : region?.text ?? (atTown?.place.kind === 'admin1' ? atTown.place.name : atTown?.place.admin1);
  if (admin1) location.admin1 = admin1;
  return location;
}

/** The region code of a resolved first-level region ("FYB" of "admin1:AF-FYB"). */
function regionCode(place: Place | undefined): string | undefined {
  if (!place || place.kind !== 'admin1') return undefined;
  return /^admin1:[A-Z]{2}-(.+)$/.exec(place.id)?.[1];
}

// Words after a place's name that still name that place ("Kabul Province", "Gaza Strip", "Swat Valley").
const NAME_TAIL = /^(?:city|province|governorate|district|state|region|county|municipality|prefecture|department|oblast|division|territory|strip|valley|island|islands|peninsula|coast|delta|basin|area|town|village)$/i;

/**
 * A mention the resolver linked by its first words only ("Ain Issa", a Syrian town, linked to Ain, a French
 * department) names a longer place: that place in one of the context countries when the events stage's place
 * list knows it, else nothing. Other mentions stand as they are.
 */
function longerName(text: string, m: PlaceMention, countries: Set<string>, mentions: PlaceMention[]): PlaceMention[] {
  const written = townKey(text.slice(m.start, m.end));
  const name = townKey(m.place.name);
  if (countries.has(m.place.countryCode) || !written.startsWith(`${name} `)) return [m];
  const rest = written.slice(name.length + 1).split(' ');
  if (rest.every((word) => NAME_TAIL.test(word))) return [m];
  // The incident's countries first, then the other countries the article names.
  const article = mentions.filter((c) => c.place.kind === 'country').map((c) => c.place.countryCode);
  for (const cc of new Set([...countries, ...article])) {
    const town = findTown(text.slice(m.start, m.end), cc);
    const country = mentions.find((c) => c.place.kind === 'country' && c.place.countryCode === cc)?.place.country;
    if (town && country) {
      return [{ start: m.start, end: m.end, place: { id: '', name: text.slice(m.start, m.end), kind: 'city', country, countryCode: cc, lat: town.lat, lon: town.lon } }];
    }
  }
  return [];
}

/** A country named as the owner of people or a mission ("United States soldiers"), not as a place. */
export function isAttributive(text: string, m: PlaceMention): boolean {
  return m.place.kind === 'country' && ATTRIBUTIVE.test(text.slice(m.end, m.end + 30));
}

/**
 * The location of an incident whose text lies in `clauses`; undefined when nothing in them is a place.
 * `attributive`: whether a country named as the owner of people ("United States soldiers") may stand as the place
 * (a last resort, when nothing else places the incident).
 */
export function locate(doc: Document, clauses: Span[], mentions: PlaceMention[], attributive = true): EventRecord['location'] | undefined {
  const text = doc.article?.text ?? '';
  // "the United States' killing of …", "Russia's invasion": a country as the agent of the act is not its place.
  const inside = mentions.filter((m) => within(clauses, m) && !(m.place.kind === 'country' && AGENT_POSSESSIVE.test(text.slice(m.end, m.end + 40))) &&
    (attributive || !isAttributive(text, m)));
  if (inside.length === 0) return undefined;
  // Country context: countries named in the incident, else the article's most named country.
  const countries = new Set(inside.filter((m) => m.place.kind === 'country').map((m) => m.place.countryCode));
  if (countries.size === 0) {
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.place.countryCode, (counts.get(m.place.countryCode) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) countries.add(top[0]);
  }

  const named = inside.flatMap((m) => longerName(text, m, countries, mentions));
  if (named.length === 0) return undefined;
  inside.splice(0, inside.length, ...named);

  // "in Zenda village, North Province, Ruritania": the text's own place chain, most specific segment first.
  for (const country of inside.filter((m) => m.place.kind === 'country')) {
    // Within a chain, only places of the chain's country count ("Nord, Burkina Faso" is not Nord, France).
    const pool = inside.filter((m) => m.place.countryCode === country.place.countryCode);
    const clause = clauses.find((c) => country.start >= c.start && country.end <= c.end) ?? clauses[0];
    const chain = chainBefore(text, country, clause);
    if (chain.length === 0) continue;
    // "between El Paso and Ciudad Juárez, Mexico": a town the chain opens with that resolved to a place of another
    // country the incident names lies in that country; the chain does not place the incident.
    if (inside.some((m) => m.place.kind !== 'country' && m.place.countryCode !== country.place.countryCode && countries.has(m.place.countryCode) &&
      m.start >= chain[0].start && m.end <= chain[0].end)) continue;
    return chainLocation(chain, country, pool);
  }

  // Otherwise the most specific resolved place; among equals, one in the country context, then one after a
  // locative word ("in Kabul"), then the first in the text.
  const score = (m: PlaceMention) =>
    KIND_RANK[m.place.kind] * 4 + (countries.has(m.place.countryCode) ? 2 : 0) + (LOCATIVE.test(text.slice(Math.max(0, m.start - 14), m.start)) ? 1 : 0);
  const best = [...inside].sort((a, b) => score(b) - score(a) || a.start - b.start)[0];
  const location: NonNullable<EventRecord['location']> = {
    name: best.place.name, country: best.place.country, countryCode: best.place.countryCode, lat: best.place.lat,
    lon: best.place.lon, precision: best.place.kind,
  };
  if (best.place.id) location.placeId = best.place.id;
  const admin1 = best.place.kind === 'admin1' ? best.place.name : best.place.admin1;
  if (admin1) location.admin1 = admin1;
  return location;
}
