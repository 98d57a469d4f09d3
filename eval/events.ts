// `npm run eval -- events [--file PATH] [--limit N] [--errors FIELD] [--confusion] [--predictions PATH] | --speed`: the events stage on GTD incident summaries, scored field by
// field against GTD's coding, beside a keyword baseline.
//
// Data: ../shared/data/events/dev.csv (GTD, licensed: never committed). Each row's `summary` loses its leading
// "MM/DD/YYYY:" and is analysed as `sitrep analyze --jsonl` would (whole default pipeline, tagger included), with the incident date as the publication date; the main event is scored against
// attacktype1_txt, targtype1_txt, gname ("Unknown" = no perpetrator; a match is the predicted actor's name or
// any alias equal to gname, ignoring case), country_txt, city, latitude/longitude (≤ 25 km), nkill, nwound
// (empty = unknown: right when the count is left out) and the incident date. No event predicted counts as
// attack type "Unknown", target "Unknown", no perpetrator, no place, no casualty figures.
//
// Baseline "keyword.v1" (the floor the issue describes): attack type by the first trigger family found in a
// fixed order, perpetrator = the capitalised words before "claimed responsibility", country = the first
// country name of data/knowledge/countries.json in the text, city = the name before "<region>, <country>",
// killed/injured = the number before "killed"/"injured" in the same sentence (0 when absent), target type =
// the majority class.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, EventRecord, Actor } from '../src/core/document.js';
import type { Stage } from '../src/core/stage.js';
import { extractEvents } from '../src/events/stage.js';
import { segment } from '../src/text/segment.js';
import { parseCsvObjects } from '../src/text/csv.js';
import { toAnalysisJson } from '../src/app/contract.js';
import { analyse, getRuntime } from '../src/app/runtime.js';
import { documentFromJsonl } from '../src/cli/commands/analyze.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(here, '..');
const DEFAULT_FILE = resolve(REPO, '..', 'shared', 'data', 'events', 'dev.csv');
// GTD's coordinates count as found when the prediction is this close.
const COORDINATE_KM = 25;
// "Within ±10%" for casualty counts.
const NEAR_FRACTION = 0.1;
// Dates within this many days count as "within window".
const DATE_WINDOW_DAYS = 3;
// How many wrong rows `--errors FIELD` prints.
const ERRORS_SHOWN = 40;

type Row = Record<string, string>;

/** RFC 4180 CSV rows keyed by the header. */
export const parseCsv = (text: string): Row[] => parseCsvObjects(text);

function fold(s: string | undefined): string {
  return (s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+city$/, '').trim();
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

interface Prediction {
  attackType: string;
  /** Every name of the predicted country (knowledge base aliases), so "Palestine" meets GTD's naming. */
  countryNames?: string[];
  targetType: string;
  perpetrators: string[][];
  country?: string;
  city?: string;
  precision?: string;
  lat?: number;
  lon?: number;
  killed?: number;
  wounded?: number;
  date?: string;
}

interface Scores {
  [field: string]: { right: number; total: number };
}

let lastWrong: Set<string> = new Set();

function tally(scores: Scores, field: string, right: boolean): void {
  if (!right) lastWrong.add(field);
  const s = (scores[field] ??= { right: 0, total: 0 });
  s.total++;
  if (right) s.right++;
}

function goldDate(row: Row): string | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4}):/.exec(row.summary);
  if (m) return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  if (Number(row.iday) > 0) return `${row.iyear}-${row.imonth.padStart(2, '0')}-${row.iday.padStart(2, '0')}`;
  return undefined;
}

function countOf(value: string): number | undefined {
  if (value === '' || Number(value) < 0) return undefined;
  return Number(value);
}

function score(scores: Scores, row: Row, p: Prediction): void {
  tally(scores, 'attack type', p.attackType === row.attacktype1_txt);
  tally(scores, 'target type', p.targetType === row.targtype1_txt);
  const gname = fold(row.gname);
  tally(scores, 'perpetrator', gname === 'unknown' ? p.perpetrators.length === 0 : p.perpetrators.some((names) => names.some((n) => fold(n) === gname)));
  tally(scores, 'country', [p.country, ...(p.countryNames ?? [])].some((name) => name !== undefined && fold(name) === fold(row.country_txt)));
  if (row.city && fold(row.city) !== 'unknown') tally(scores, 'city', fold(p.city) === fold(row.city));
  if (row.latitude && row.longitude) {
    tally(scores, `coords ≤${COORDINATE_KM}km`, p.lat !== undefined && km(p.lat, p.lon!, Number(row.latitude), Number(row.longitude)) <= COORDINATE_KM);
  }
  for (const [field, gold, predicted] of [['killed', countOf(row.nkill), p.killed], ['injured', countOf(row.nwound), p.wounded]] as const) {
    tally(scores, `${field} exact`, gold === predicted);
    tally(scores, `${field} ±10%`, gold === undefined ? predicted === undefined : predicted !== undefined && Math.abs(predicted - gold) <= Math.max(NEAR_FRACTION * gold, 0));
  }
  const date = goldDate(row);
  if (date && p.date) {
    tally(scores, 'date exact', p.date === date);
    tally(scores, `date ±${DATE_WINDOW_DAYS}d`, Math.abs(Date.parse(p.date) - Date.parse(date)) <= DATE_WINDOW_DAYS * 86_400_000);
  }
}

function macroF1(pairs: Array<[string, string]>, labels: string[]): number {
  let sum = 0;
  for (const label of labels) {
    const tp = pairs.filter(([g, p]) => g === label && p === label).length;
    const fp = pairs.filter(([g, p]) => g !== label && p === label).length;
    const fn = pairs.filter(([g, p]) => g === label && p !== label).length;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / labels.length;
}

/** Per-class F1 and the confusion matrix of the attack type (rows gold, columns predicted). */
function printConfusion(pairs: Array<[string, string]>, labels: string[]): void {
  const columns = [...new Set([...labels, ...pairs.map(([, p]) => p)])].sort();
  const short = (label: string) => label.replace(/Hostage Taking \((\w+).*\)/, 'Hostage-$1').slice(0, 12);
  console.log(`\nattack type confusion (rows gold, columns predicted)`);
  console.log(`${''.padEnd(14)}${columns.map((c) => short(c).padStart(13)).join('')}     F1    n`);
  for (const gold of [...labels].sort()) {
    const cells = columns.map((c) => String(pairs.filter(([g, p]) => g === gold && p === c).length).padStart(13));
    const tp = pairs.filter(([g, p]) => g === gold && p === gold).length;
    const fp = pairs.filter(([g, p]) => g !== gold && p === gold).length;
    const fn = pairs.filter(([g, p]) => g === gold && p !== gold).length;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    console.log(`${short(gold).padEnd(14)}${cells.join('')}  ${f1.toFixed(3)} ${String(tp + fn).padStart(4)}`);
  }
  console.log('');
}

// ---- Sitrep -------------------------------------------------------------------------------------------------

interface KbNames {
  actorNames(id: string): string[];
  countryNames(code: string): string[];
}

interface Knowledge {
  stages: Array<Stage<unknown>>;
  resources: unknown;
  names: KbNames;
}

interface KbShape {
  actors: ReadonlyMap<string, Actor>;
  sourceNames: ReadonlyMap<string, { gtd: string[]; acled: string[] }>;
  countries: ReadonlyMap<string, { name: string; aliases: string[] }>;
}

/** The entities + resolve stages when the knowledge module is there; without it events run on text alone. */
async function loadKnowledge(): Promise<Knowledge | undefined> {
  try {
    const module = (await import('../src/knowledge/index.js')) as Record<string, unknown>;
    const load = module.loadKnowledgeBase as (() => unknown) | undefined;
    if (!load || !module.entitiesStage || !module.resolveStage) return undefined;
    const knowledge = load() as KbShape;
    const names: KbNames = {
      actorNames: (id) => [...(knowledge.actors.get(id)?.aliases ?? []), ...(knowledge.sourceNames.get(id)?.gtd ?? []), ...(knowledge.sourceNames.get(id)?.acled ?? [])],
      countryNames: (code) => {
        const country = knowledge.countries.get(code);
        return country ? [country.name, ...country.aliases] : [];
      },
    };
    return { stages: [module.entitiesStage as Stage<unknown>, module.resolveStage as Stage<unknown>], resources: { knowledge }, names };
  } catch (error) {
    console.error(`(knowledge module unavailable: ${(error as Error).message.split('\n')[0]}; places and actors will be missing)`);
    return undefined;
  }
}

function toPrediction(event: EventRecord | undefined, actors: Actor[], names?: KbNames): Prediction {
  if (!event) return { attackType: 'Unknown', targetType: 'Unknown', perpetrators: [] };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const aliases = (id: string) => [...(byId.get(id)?.aliases ?? []), ...(names?.actorNames(id) ?? [])];
  return {
    countryNames: event.location ? names?.countryNames(event.location.countryCode) : undefined,
    attackType: event.attackType || 'Unknown',
    targetType: event.targets[0]?.type ?? 'Unknown',
    perpetrators: event.perpetrators.map((p) => [p.name, ...(p.actorId ? aliases(p.actorId) : [])]),
    country: event.location?.country,
    // The location's name is the most specific place the text gives, even where coordinates are coarser.
    city: event.location && event.location.name !== event.location.country ? event.location.name : undefined,
    precision: event.location?.precision,
    lat: event.location?.lat,
    lon: event.location?.lon,
    killed: event.fatalities?.min,
    wounded: event.injuries?.min,
    date: event.date.start,
  };
}

// ---- keyword.v1 baseline ------------------------------------------------------------------------------------

const BASELINE_TYPES: Array<[RegExp, string]> = [
  [/\b(?:assassinat)/i, 'Assassination'],
  [/\b(?:hijack)/i, 'Hijacking'],
  [/\b(?:kidnap|abduct)/i, 'Hostage Taking (Kidnapping)'],
  [/\b(?:hostage)/i, 'Hostage Taking (Barricade Incident)'],
  [/\b(?:bomb|explosi|detonat|blast|IED|grenade|rocket|mortar|missile|shell)/i, 'Bombing/Explosion'],
  [/\b(?:opened fire|shot|gunmen|firing|fired|stormed|clash|ambush|gun)/i, 'Armed Assault'],
  [/\b(?:set fire|arson|burn|torch)/i, 'Facility/Infrastructure Attack'],
  [/\b(?:stab|beat|knife)/i, 'Unarmed Assault'],
];

function baseline(text: string, countries: string[]): Prediction {
  const attackType = BASELINE_TYPES.find(([re]) => re.test(text))?.[1] ?? 'Unknown';
  const claim = /((?:[A-Z][\w'’()-]*\s+(?:of\s+|the\s+|al-)?)+)claimed responsibility/.exec(text);
  const blamed = /attributed the attack to (?:the )?([A-Z][^.;,]*)/.exec(text);
  const perpetrator = claim && !/^No\b/.test(claim[1]) ? claim[1].replace(/^The\s+/, '').trim() : blamed?.[1].trim();
  let country: string | undefined;
  let at = Infinity;
  for (const name of countries) {
    const i = text.indexOf(name);
    if (i >= 0 && i < at) {
      at = i;
      country = name;
    }
  }
  let city: string | undefined;
  if (country) {
    const chain = new RegExp(`([A-Z][\\w' -]+),\\s*[A-Z][\\w' -]+,\\s*${country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
    city = chain?.[1].replace(/^.*\b(?:in|near|at|of)\s+/, '');
  }
  const count = (verb: RegExp) => {
    for (const sentence of text.split(/(?<=\.)\s+/)) {
      const m = new RegExp(`\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b[^.]*?${verb.source}`, 'i').exec(sentence);
      if (m) return Number.isNaN(Number(m[1])) ? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(m[1].toLowerCase()) + 1 : Number(m[1]);
    }
    return 0;
  };
  return {
    attackType, targetType: 'Private Citizens & Property', perpetrators: perpetrator ? [[perpetrator]] : [], country, city,
    killed: count(/\bkilled\b/), wounded: count(/\b(?:injured|wounded)\b/),
  };
}

// ---- main ---------------------------------------------------------------------------------------------------

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const SPEED_PASSES = 3;
const BBC_DIR = resolve(REPO, '..', 'shared', 'data', 'news', 'bbc');

/** `--speed`: the events stage alone over the BBC articles (layers before it built first, not timed). */
async function speed(knowledge: Knowledge | undefined): Promise<number> {
  if (!existsSync(BBC_DIR)) {
    console.error(`sitrep E005: ${BBC_DIR} not found — the BBC news set lives in ../shared/data/news/bbc (never committed)`);
    return 2;
  }
  const docs: Document[] = [];
  for (const folder of readdirSync(BBC_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(BBC_DIR, folder.name)).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(BBC_DIR, folder.name, name), 'latin1').replace(/\r/g, '');
      let doc: Document = { source: { kind: 'file', location: name }, article: { title: '', text, published: '2005-06-30', paragraphs: [] }, segments: segment(text) };
      for (const stage of knowledge?.stages ?? []) doc = stage.run(doc, knowledge!.resources);
      docs.push(doc);
    }
  }
  // Best of SPEED_PASSES passes: the machine is shared, and the first pass also warms the JIT.
  let seconds = Infinity;
  let events = 0;
  for (let pass = 0; pass < SPEED_PASSES; pass++) {
    const started = performance.now();
    events = 0;
    for (const doc of docs) events += extractEvents(doc).length;
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  const chars = docs.reduce((sum, d) => sum + (d.article?.text.length ?? 0), 0);
  console.log(`events.rules.v1 on ${docs.length} BBC articles (mean ${Math.round(chars / docs.length)} chars): ${(docs.length / seconds).toFixed(0)} articles/s on one core, ${events} events`);
  return 0;
}

export async function main(args: string[]): Promise<number> {
  if (args.includes('--speed')) return speed(await loadKnowledge());
  const file = resolve(option(args, '--file') ?? DEFAULT_FILE);
  if (!existsSync(file)) {
    console.error(`sitrep E005: ${file} not found — the GTD dev set lives in ../shared/data/events/dev.csv (licensed, never committed); pass --file PATH`);
    return 2;
  }
  const limit = Number(option(args, '--limit') ?? Infinity);
  // `--errors FIELD` prints the first rows that field gets wrong, to study them.
  const showErrors = option(args, '--errors');
  let shown = 0;
  const errorsShown = Number(option(args, '--errors-max') ?? ERRORS_SHOWN);
  const rows = parseCsv(readFileSync(file, 'utf8')).slice(0, limit);
  // `--predictions PATH` writes one JSON line per row (gold and predicted types and places), to study errors offline.
  const dumpFile = option(args, '--predictions');
  const dump = dumpFile ? ([] as string[]) : undefined;
  const knowledge = await loadKnowledge();
  const runtime = getRuntime();
  const countriesFile = join(REPO, 'data', 'knowledge', 'countries.json');
  const countries = existsSync(countriesFile)
    ? (JSON.parse(readFileSync(countriesFile, 'utf8')) as { countries: Array<{ name: string }> }).countries.map((c) => c.name)
    : [];

  const sitrep: Scores = {};
  const base: Scores = {};
  const typePairs: Array<[string, string]> = [];
  const basePairs: Array<[string, string]> = [];
  let eventsMs = 0;
  let pipelineMs = 0;
  let noEvent = 0;
  for (const row of rows) {
    const text = row.summary.replace(/^\s*\S{6,12}:\s*/, '');
    const published = goldDate(row) ?? `${row.iyear}-${row.imonth.padStart(2, '0')}-01`;
    // Exactly what `sitrep analyze --jsonl` does with the line {"id", "text", "published"}: the default pipeline
    // (article, segment, tagger + knowledge entities, resolve, quotes, events, claims) and the JSON contract.
    const started = performance.now();
    const request = documentFromJsonl(JSON.stringify({ id: row.eventid, text, published }), 1);
    const analysed = request.doc ? analyse(request.doc, runtime) : undefined;
    const after = performance.now();
    pipelineMs += after - started;
    eventsMs += runtime.pipeline.timings.get('events.rules.v1') ?? 0;
    runtime.pipeline.timings.clear();
    const output = analysed?.ok ? toAnalysisJson(analysed.doc) : undefined;
    const main = output?.events.find((e) => e.salience === 'main');
    if (!main) noEvent++;
    const p = toPrediction(main, (output?.actors ?? []) as Actor[], knowledge?.names);
    lastWrong = new Set();
    score(sitrep, row, p);
    if (showErrors && lastWrong.has(showErrors) && shown++ < errorsShown) {
      console.log(`--- ${row.eventid}: ${text}\n    gold: ${row.attacktype1_txt} | ${row.targtype1_txt} | ${row.gname} | ${row.country_txt} / ${row.provstate} / ${row.city} | k ${row.nkill} w ${row.nwound}\n    pred: ${p.attackType} | ${p.targetType} | ${p.perpetrators.map((n) => n[0]).join('; ')} | ${p.country} / ${p.city} | k ${p.killed} w ${p.wounded}` +
        (p.lat !== undefined && row.latitude ? ` | ${p.precision} ${Math.round(km(p.lat, p.lon!, Number(row.latitude), Number(row.longitude)))} km off` : ''));
    }
    typePairs.push([row.attacktype1_txt, p.attackType]);
    dump?.push(JSON.stringify({ eventid: row.eventid, text, gold: { attackType: row.attacktype1_txt, targetType: row.targtype1_txt, country: row.country_txt, provstate: row.provstate, city: row.city, lat: row.latitude, lon: row.longitude, specificity: row.specificity }, pred: { attackType: p.attackType, targetType: p.targetType, country: p.country, city: p.city, precision: p.precision, lat: p.lat, lon: p.lon } }));
    const b = baseline(text, countries);
    score(base, row, b);
    basePairs.push([row.attacktype1_txt, b.attackType]);
  }
  const labels = [...new Set(rows.map((r) => r.attacktype1_txt))];
  const pct = (s?: { right: number; total: number }) => (s && s.total ? (s.right / s.total).toFixed(3) : '  -  ');
  console.log(`events eval on ${file} (${rows.length} GTD incidents; knowledge ${knowledge ? 'loaded' : 'MISSING'})`);
  console.log(`${'field'.padEnd(18)} ${'events.rules.v1'.padStart(16)} ${'keyword.v1'.padStart(12)}    n`);
  for (const field of Object.keys(sitrep)) {
    console.log(`${field.padEnd(18)} ${pct(sitrep[field]).padStart(16)} ${pct(base[field]).padStart(12)} ${String(sitrep[field].total).padStart(5)}`);
  }
  console.log(`${'attack macro-F1'.padEnd(18)} ${macroF1(typePairs, labels).toFixed(3).padStart(16)} ${macroF1(basePairs, labels).toFixed(3).padStart(12)}`);
  if (args.includes('--confusion')) printConfusion(typePairs, labels);
  if (dumpFile && dump) writeFileSync(dumpFile, dump.join('\n') + '\n');
  console.log(`no main event: ${noEvent}/${rows.length}`);
  console.log(`speed: events stage ${(rows.length / (eventsMs / 1000)).toFixed(0)} summaries/s; whole analyze pipeline ${(rows.length / (pipelineMs / 1000)).toFixed(0)}/s (one core)`);
  return 0;
}
