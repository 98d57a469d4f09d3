// The single write path for pipeline output on SQLite. Statements are prepared once; the caller wraps
// `save` in a transaction (one per document, or one per batch).

import { affiliationsFromQuotes } from '../../quotes/affiliations.js';
import type {
  Actor,
  ArticleLayer,
  Claim,
  Document,
  EntityMention,
  EventRecord,
  Place,
  Quantity,
  Quote,
  Span,
} from '../../core/document.js';
import { SitrepError } from '../../core/errors.js';
import { chooseValues, type ChosenValues, type SourceReport } from '../cluster/choose.js';
import { candidateWindow, hasDate, matchScore, type Comparable } from '../cluster/match.js';
import { identify, type DocumentIdentity } from '../identity.js';
import type { SaveResult } from '../types.js';
import type Database from 'better-sqlite3';
import type { SqliteDb } from './connection.js';

/** At most this many stored events are compared with each new report (nearest dates first), so matching stays
 *  fast however many events one country has in a few days. */
export const MAX_CLUSTER_CANDIDATES = 200;
/** The longest date interval of each precision: a stored event starting earlier than this before a report's
 *  window cannot overlap it. Day precision allows a week ("between 3 and 9 March"). */
const MAX_SPAN_DAYS = { day: 7, month: 31, year: 366 } as const;
const PRECISIONS = Object.keys(MAX_SPAN_DAYS) as Array<keyof typeof MAX_SPAN_DAYS>;
/** Evidence fragments of one report are joined with this in `event_source.evidence_text`. */
const EVIDENCE_JOINER = ' … ';

const ORIGIN_RANK_SQL = (column: string) =>
  `(CASE ${column} WHEN 'analyst' THEN 2 WHEN 'bundled' THEN 1 ELSE 0 END)`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows and parameters are typed at each call
type Statement = Database.Statement<any[]>;

export class SqliteWriter {
  private readonly findArticle: Statement;
  private readonly findByHash: Statement;
  private readonly insertArticle: Statement;
  private readonly updateArticle: Statement;
  private readonly deleteAnnotations: Statement[];
  private readonly upsertActor: Statement;
  private readonly upsertAlias: Statement;
  private readonly actorExists: Statement;
  private readonly placeExists: Statement;
  private readonly insertAffiliation: Statement;
  private readonly upsertPlace: Statement;
  private readonly insertMention: Statement;
  private readonly insertQuote: Statement;
  private readonly insertClaim: Statement;
  private readonly insertEvent: Statement;
  private readonly insertEventSource: Statement;
  private readonly insertEventActor: Statement;
  private readonly eventsOfArticle: Statement;
  private readonly candidatesInCountry: Statement;
  private readonly candidatesAnywhere: Statement;
  private readonly sourcesOfEvent: Statement;
  private readonly updateEvent: Statement;
  private readonly deleteEventActors: Statement;
  private readonly deleteEvent: Statement;

  constructor(db: SqliteDb) {
    this.findArticle = db.prepare(`
      SELECT id, content_hash AS contentHash FROM article
      WHERE url = @url OR url = @canonical OR canonical_url = @url OR canonical_url = @canonical
         OR (source_kind = 'file' AND source_location = @filePath)
      ORDER BY id LIMIT 1`);
    this.findByHash = db.prepare('SELECT id FROM article WHERE content_hash = ? ORDER BY id LIMIT 1');
    const articleColumns = `url = @url, canonical_url = @canonical, source_location = @location, source_kind = @kind,
      title = @title, byline = @byline, site = @site, published_at = @published, retrieved_at = @retrieved,
      language = @language, text = @text, content_hash = @hash, wire = @wire, updated_at = @now`;
    this.insertArticle = db.prepare(`
      INSERT INTO article (url, canonical_url, source_location, source_kind, title, byline, site, published_at,
        retrieved_at, language, text, content_hash, wire, ingested_at, updated_at)
      VALUES (@url, @canonical, @location, @kind, @title, @byline, @site, @published, @retrieved, @language, @text,
        @hash, @wire, @now, @now)`);
    this.updateArticle = db.prepare(`UPDATE article SET ${articleColumns} WHERE id = @id`);
    this.deleteAnnotations = [
      // Events only this article reported go with it; events other reports share keep their other sources (and
      // get their chosen values recomputed by the caller).
      db.prepare(`DELETE FROM event WHERE id IN (SELECT event_id FROM event_source WHERE article_id = @id)
        AND NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = event.id AND s.article_id <> @id)`),
      db.prepare('DELETE FROM mention WHERE article_id = @id'),
      db.prepare('DELETE FROM quote WHERE article_id = @id'),
      db.prepare('DELETE FROM claim WHERE article_id = @id'),
      db.prepare('DELETE FROM event_source WHERE article_id = @id'),
      db.prepare('DELETE FROM actor_affiliation WHERE article_id = @id'),
    ];
    // Pipeline output never overwrites an analyst's actor, and extracted data never overwrites bundled data.
    this.upsertActor = db.prepare(`
      INSERT INTO actor (id, name, kind, country, origin, created_at, updated_at)
      VALUES (@id, @name, @kind, @country, @origin, @now, @now)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
        origin = excluded.origin, updated_at = excluded.updated_at
      WHERE ${ORIGIN_RANK_SQL('excluded.origin')} > ${ORIGIN_RANK_SQL('actor.origin')}
         OR (excluded.origin = 'bundled' AND actor.origin = 'bundled'
             AND (actor.name IS NOT excluded.name OR actor.kind IS NOT excluded.kind
                  OR actor.country IS NOT excluded.country))`);
    this.upsertAlias = db.prepare(`
      INSERT INTO actor_alias (actor_id, alias, origin) VALUES (?, ?, ?)
      ON CONFLICT(actor_id, alias) DO UPDATE SET origin = excluded.origin
      WHERE ${ORIGIN_RANK_SQL('excluded.origin')} > ${ORIGIN_RANK_SQL('actor_alias.origin')}`);
    this.actorExists = db.prepare('SELECT 1 FROM actor WHERE id = ?').pluck();
    this.placeExists = db.prepare('SELECT 1 FROM place WHERE id = ?').pluck();
    this.insertAffiliation = db.prepare(`
      INSERT INTO actor_affiliation (person_id, organization_id, role, article_id) VALUES (?, ?, ?, ?)
      ON CONFLICT DO NOTHING`);
    this.upsertPlace = db.prepare(`
      INSERT INTO place (id, name, kind, admin1, country, country_code, lat, lon)
      VALUES (@id, @name, @kind, @admin1, @country, @countryCode, @lat, @lon)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, admin1 = excluded.admin1,
        country = excluded.country, country_code = excluded.country_code, lat = excluded.lat, lon = excluded.lon
      WHERE place.name IS NOT excluded.name OR place.kind IS NOT excluded.kind OR place.admin1 IS NOT excluded.admin1
         OR place.country IS NOT excluded.country OR place.lat IS NOT excluded.lat OR place.lon IS NOT excluded.lon`);
    this.insertMention = db.prepare(`
      INSERT INTO mention (article_id, start, "end", label, origin, actor_id, place_id, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertQuote = db.prepare(`
      INSERT INTO quote (article_id, start, "end", text, parts, direct, cue, cue_start, cue_end, speaker_name,
        speaker_actor_id, speaker_start, speaker_end, affiliation_name, affiliation_actor_id, role, conduit, time)
      VALUES (@articleId, @start, @end, @text, @parts, @direct, @cue, @cueStart, @cueEnd, @speakerName,
        @speakerActorId, @speakerStart, @speakerEnd, @affiliationName, @affiliationActorId, @role, @conduit, @time)`);
    this.insertClaim = db.prepare(`
      INSERT INTO claim (article_id, start, "end", text, speaker_name, speaker_actor_id, numbers, period)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertEvent = db.prepare(`
      INSERT INTO event (attack_type, event_type, sub_event_type, date_start, date_end, date_precision, place_id,
        location_name, admin1, country, country_code, lat, lon, location_precision, perpetrators, targets,
        fatalities, injuries, perpetrators_killed, status, salience, confidence, created_at, updated_at)
      VALUES (@attackType, @eventType, @subEventType, @dateStart, @dateEnd, @datePrecision, @placeId,
        @locationName, @admin1, @country, @countryCode, @lat, @lon, @locationPrecision, @perpetrators, @targets,
        @fatalities, @injuries, @perpetratorsKilled, @status, @salience, @confidence, @now, @now)`);
    this.updateEvent = db.prepare(`
      UPDATE event SET attack_type = @attackType, event_type = @eventType, sub_event_type = @subEventType,
        date_start = @dateStart, date_end = @dateEnd, date_precision = @datePrecision, place_id = @placeId,
        location_name = @locationName, admin1 = @admin1, country = @country, country_code = @countryCode, lat = @lat,
        lon = @lon, location_precision = @locationPrecision, perpetrators = @perpetrators, targets = @targets,
        fatalities = @fatalities, injuries = @injuries, perpetrators_killed = @perpetratorsKilled, status = @status,
        salience = @salience, confidence = @confidence, updated_at = @now
      WHERE id = @id`);
    this.insertEventSource = db.prepare(
      'INSERT INTO event_source (event_id, article_id, evidence, values_json, evidence_text) VALUES (?, ?, ?, ?, ?)',
    );
    this.eventsOfArticle = db.prepare('SELECT DISTINCT event_id FROM event_source WHERE article_id = ?').pluck();
    const candidateColumns = `e.id, e.attack_type AS attackType, e.event_type AS eventType, e.date_start AS dateStart,
      e.date_end AS dateEnd, e.date_precision AS datePrecision, e.place_id AS placeId, e.location_name AS locationName,
      e.admin1, e.country, e.country_code AS countryCode, e.lat, e.lon, e.location_precision AS locationPrecision,
      e.perpetrators, e.fatalities, e.injuries`;
    const notThisArticle = 'NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id AND s.article_id = @articleId)';
    // One index range per date precision (and per country: the report's, and none — events with no place match
    // only on a shared perpetrator), all in one statement: each range is short, and one call costs less than six.
    const branch = (country: string, precision: keyof typeof MAX_SPAN_DAYS) => `SELECT ${candidateColumns} FROM event e
      WHERE ${country} e.date_precision = '${precision}' AND e.date_start >= @lowest_${precision}
        AND e.date_start <= @end AND e.date_end >= @start AND ${notThisArticle}`;
    this.candidatesInCountry = db.prepare(
      [...PRECISIONS.map((p) => branch('e.country_code = @countryCode AND', p)), ...PRECISIONS.map((p) => branch('e.country_code IS NULL AND', p))]
        .join(' UNION ALL '),
    );
    this.candidatesAnywhere = db.prepare(PRECISIONS.map((p) => branch('', p)).join(' UNION ALL '));
    this.sourcesOfEvent = db.prepare(`
      SELECT s.article_id AS articleId, a.published_at AS publishedAt, s.values_json AS valuesJson
      FROM event_source s JOIN article a ON a.id = s.article_id WHERE s.event_id = ?`);
    this.deleteEventActors = db.prepare("DELETE FROM event_actor WHERE event_id = ? AND role = 'perpetrator'");
    this.deleteEvent = db.prepare('DELETE FROM event WHERE id = ?');
    this.insertEventActor = db.prepare(
      'INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
  }

  /** Store one document. Must run inside a transaction. */
  save(doc: Document, now: string): SaveResult {
    const article = doc.article;
    if (!article) {
      throw new SitrepError('E050', `document ${doc.source.location} has no article layer`, 'run the article stage before storing');
    }
    checkSpans(doc, article);
    const id = identify({ ...doc, article });
    const existing = this.findArticle.get({
      url: id.url,
      canonical: id.canonicalUrl,
      filePath: id.filePath,
    }) as { id: number; contentHash: string } | undefined;
    if (existing && existing.contentHash === id.contentHash) return { articleId: existing.id, status: 'unchanged' };
    if (!existing) {
      const same = this.findByHash.get(id.contentHash) as { id: number } | undefined;
      if (same) return { articleId: same.id, status: 'unchanged' };
    }
    const values = articleValues(doc, article, id, now);
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      this.updateArticle.run({ ...values, id: articleId });
      const clustered = this.eventsOfArticle.all(articleId) as number[];
      for (const statement of this.deleteAnnotations) statement.run({ id: articleId });
      // Events this article shared with others lose its old values: recompute them before its new events are
      // matched, so matching sees only what the remaining reports say.
      for (const eventId of clustered) this.recompute(eventId, now);
    } else {
      articleId = Number(this.insertArticle.run(values).lastInsertRowid);
    }
    this.saveAnnotations(doc, articleId, now);
    return { articleId, status: existing ? 'updated' : 'ingested' };
  }

  private saveAnnotations(doc: Document, articleId: number, now: string): void {
    const resolution = doc.resolution;
    const actorIds = new Set<string>();
    const placeIds = new Set<string>();
    for (const actor of resolution?.actors ?? []) {
      this.saveActor(actor, now);
      actorIds.add(actor.id);
    }
    for (const place of resolution?.places ?? []) {
      this.savePlace(place);
      placeIds.add(place.id);
    }
    const knownActor = (id: string | undefined): string | null => {
      if (!id) return null;
      if (actorIds.has(id)) return id;
      if (this.actorExists.get(id)) {
        actorIds.add(id);
        return id;
      }
      return null;
    };
    const knownPlace = (id: string | undefined): string | null => {
      if (!id) return null;
      if (placeIds.has(id)) return id;
      if (this.placeExists.get(id)) {
        placeIds.add(id);
        return id;
      }
      return null;
    };
    const affiliations = new Map<string, string | null>();
    for (const actor of resolution?.actors ?? []) {
      const organization = knownActor(actor.affiliation?.actorId);
      if (organization && organization !== actor.id) affiliations.set(`${actor.id}\u0000${organization}`, actor.affiliation?.role ?? null);
    }
    for (const link of affiliationsFromQuotes(doc)) {
      const person = knownActor(link.personId);
      const organization = knownActor(link.organizationId);
      const key = `${person}\u0000${organization}`;
      if (person && organization && !affiliations.get(key)) affiliations.set(key, link.role ?? null);
    }
    for (const [key, role] of affiliations) {
      const [person, organization] = key.split('\u0000');
      this.insertAffiliation.run(person, organization, role, articleId);
    }
    this.saveMentions(doc.entities ?? [], resolution?.links ?? [], articleId, knownActor, knownPlace);
    for (const quote of doc.quotes ?? []) this.saveQuote(quote, articleId, knownActor);
    for (const claim of doc.claims ?? []) {
      this.insertClaim.run(
        articleId,
        claim.start,
        claim.end,
        claim.text,
        claim.speaker?.name ?? null,
        knownActor(claim.speaker?.actorId),
        JSON.stringify(claim.numbers ?? []),
        claim.period ? JSON.stringify(claim.period) : null,
      );
    }
    for (const event of doc.events ?? []) this.saveEvent(event, articleId, doc.article!.text, now);
  }

  private saveActor(actor: Actor, now: string): void {
    this.upsertActor.run({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      country: actor.country ?? null,
      origin: actor.origin,
      now,
    });
    for (const alias of new Set(actor.aliases)) {
      if (alias.trim()) this.upsertAlias.run(actor.id, alias, actor.origin);
    }
  }

  private savePlace(place: Place): void {
    this.upsertPlace.run({
      id: place.id,
      name: place.name,
      kind: place.kind,
      admin1: place.admin1 ?? null,
      country: place.country,
      countryCode: place.countryCode,
      lat: place.lat,
      lon: place.lon,
    });
  }

  private saveMentions(
    entities: EntityMention[],
    links: NonNullable<Document['resolution']>['links'],
    articleId: number,
    knownActor: (id: string | undefined) => string | null,
    knownPlace: (id: string | undefined) => string | null,
  ): void {
    const linkOf = new Map<number, (typeof links)[number]>();
    for (const link of links) linkOf.set(link.mention, link);
    entities.forEach((entity, index) => {
      const link = linkOf.get(index);
      this.insertMention.run(
        articleId,
        entity.start,
        entity.end,
        entity.label,
        entity.origin,
        knownActor(link?.actorId),
        knownPlace(link?.placeId),
        link ? link.confidence : null,
      );
    });
  }

  private saveQuote(quote: Quote, articleId: number, knownActor: (id: string | undefined) => string | null): void {
    this.insertQuote.run({
      articleId,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      parts: quote.parts ? JSON.stringify(quote.parts) : null,
      direct: quote.direct ? 1 : 0,
      cue: quote.cue,
      cueStart: quote.cueStart,
      cueEnd: quote.cueEnd,
      speakerName: quote.speaker.name,
      speakerActorId: knownActor(quote.speaker.actorId),
      speakerStart: quote.speaker.start ?? null,
      speakerEnd: quote.speaker.end ?? null,
      affiliationName: quote.affiliation?.name ?? null,
      affiliationActorId: knownActor(quote.affiliation?.actorId),
      role: quote.role ?? null,
      conduit: quote.conduit ?? null,
      time: quote.time ? JSON.stringify(quote.time) : null,
    });
  }

  /**
   * One report of an event: attached as another source to the stored event of another article it matches
   * (../cluster/match.ts), else a new event. Either way the event's chosen values are recomputed from all sources.
   */
  private saveEvent(event: EventRecord, articleId: number, text: string, now: string): void {
    const matched = this.bestMatch(event, articleId);
    const eventId = matched ?? this.insertChosen(chooseValues([{ articleId, publishedAt: null, values: event }]), now);
    const evidence = event.evidence ?? [];
    this.insertEventSource.run(
      eventId,
      articleId,
      JSON.stringify(evidence),
      JSON.stringify(event),
      evidence.map((span) => text.slice(span.start, span.end)).join(EVIDENCE_JOINER) || null,
    );
    // A new event already holds its only source's values; a matched one is recomputed from all of them.
    if (matched === null) this.writeEventActors(eventId, event.perpetrators ?? []);
    else this.recompute(eventId, now);
  }

  private bestMatch(event: EventRecord, articleId: number): number | null {
    if (!hasDate(event)) return null;
    const window = candidateWindow(event);
    const params: Record<string, unknown> = { ...window, articleId, countryCode: event.location?.countryCode };
    for (const precision of PRECISIONS) params[`lowest_${precision}`] = shiftDays(window.start, -MAX_SPAN_DAYS[precision]);
    const rows = (event.location ? this.candidatesInCountry.all(params) : this.candidatesAnywhere.all(params)) as CandidateRow[];
    // The nearest dates first when there are too many to compare.
    const target = Date.parse(window.start);
    rows.sort((a, b) => Math.abs(Date.parse(a.dateStart) - target) - Math.abs(Date.parse(b.dateStart) - target) || a.id - b.id);
    let best: { id: number; score: number } | null = null;
    for (const row of rows.slice(0, MAX_CLUSTER_CANDIDATES)) {
      const score = matchScore(event, comparableOf(row));
      if (score !== null && (best === null || score < best.score)) best = { id: row.id, score };
    }
    return best?.id ?? null;
  }

  /** Rewrite an event's chosen values from its sources; an event left with no source is deleted. */
  private recompute(eventId: number, now: string): void {
    const rows = this.sourcesOfEvent.all(eventId) as Array<{ articleId: number; publishedAt: string | null; valuesJson: string }>;
    if (rows.length === 0) {
      this.deleteEvent.run(eventId);
      return;
    }
    const sources: SourceReport[] = rows.map((r) => ({ articleId: r.articleId, publishedAt: r.publishedAt, values: JSON.parse(r.valuesJson) as EventRecord }));
    const chosen = chooseValues(sources);
    this.updateEvent.run({ ...this.eventColumns(chosen), id: eventId, now });
    this.deleteEventActors.run(eventId);
    this.writeEventActors(eventId, chosen.perpetrators);
  }

  private writeEventActors(eventId: number, perpetrators: EventRecord['perpetrators']): void {
    for (const perpetrator of perpetrators) {
      if (perpetrator.actorId && this.actorExists.get(perpetrator.actorId)) this.insertEventActor.run(eventId, perpetrator.actorId, 'perpetrator');
    }
  }

  private insertChosen(chosen: ChosenValues, now: string): number {
    return Number(this.insertEvent.run({ ...this.eventColumns(chosen), now }).lastInsertRowid);
  }

  private eventColumns(event: ChosenValues) {
    const location = event.location;
    return {
      attackType: event.attackType,
      eventType: event.eventType,
      subEventType: event.subEventType,
      dateStart: event.date.start,
      dateEnd: event.date.end,
      datePrecision: event.date.precision,
      placeId: location?.placeId && this.placeExists.get(location.placeId) ? location.placeId : null,
      locationName: location?.name ?? null,
      admin1: location?.admin1 ?? null,
      country: location?.country ?? null,
      countryCode: location?.countryCode ?? null,
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
      locationPrecision: location?.precision ?? null,
      perpetrators: JSON.stringify(event.perpetrators ?? []),
      targets: JSON.stringify(event.targets ?? []),
      fatalities: event.fatalities ? JSON.stringify(event.fatalities) : null,
      injuries: event.injuries ? JSON.stringify(event.injuries) : null,
      perpetratorsKilled: event.perpetratorsKilled ?? null,
      status: event.status,
      salience: event.salience,
      confidence: event.confidence ?? null,
    };
  }
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface CandidateRow {
  id: number;
  attackType: string;
  eventType: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: EventRecord['date']['precision'];
  placeId: string | null;
  locationName: string | null;
  admin1: string | null;
  country: string | null;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: NonNullable<EventRecord['location']>['precision'] | null;
  perpetrators: string;
  fatalities: string | null;
  injuries: string | null;
}

/** A stored event's chosen values in the shape the matcher compares. */
function comparableOf(row: CandidateRow): Comparable {
  return {
    attackType: row.attackType,
    eventType: row.eventType,
    date: { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision },
    location:
      row.locationName === null || row.countryCode === null || row.lat === null || row.lon === null
        ? undefined
        : {
            name: row.locationName,
            admin1: row.admin1 ?? undefined,
            country: row.country ?? '',
            countryCode: row.countryCode,
            lat: row.lat,
            lon: row.lon,
            precision: row.locationPrecision ?? 'country',
            placeId: row.placeId ?? undefined,
          },
    perpetrators: JSON.parse(row.perpetrators) as EventRecord['perpetrators'],
    fatalities: row.fatalities ? (JSON.parse(row.fatalities) as Quantity) : undefined,
    injuries: row.injuries ? (JSON.parse(row.injuries) as Quantity) : undefined,
  };
}

function articleValues(doc: Document, article: ArticleLayer, id: DocumentIdentity, now: string) {
  return {
    url: id.url,
    canonical: article.canonicalUrl ?? null,
    location: doc.source.location,
    kind: doc.source.kind,
    title: article.title,
    byline: article.byline ?? null,
    site: article.site ?? null,
    published: article.published ?? null,
    retrieved: doc.source.retrievedAt ?? null,
    language: article.language ?? null,
    text: article.text,
    hash: id.contentHash,
    wire: article.wire ?? null,
    now,
  };
}

/** Evidence first: refuse a document whose annotations point outside its text (a stage bug, not user input). */
function checkSpans(doc: Document, article: ArticleLayer): void {
  const length = article.text.length;
  const check = (span: Span, what: string) => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > length || span.start > span.end) {
      throw new SitrepError(
        'E050',
        `${what} span ${span.start}..${span.end} lies outside the article text (length ${length}) of ${doc.source.location}`,
        'this is a pipeline bug; please report it with the input',
      );
    }
  };
  (doc.entities ?? []).forEach((m, i) => check(m, `entity ${i}`));
  (doc.quotes ?? []).forEach((q: Quote, i) => check(q, `quote ${i}`));
  (doc.claims ?? []).forEach((c: Claim, i) => check(c, `claim ${i}`));
  (doc.events ?? []).forEach((e, i) => (e.evidence ?? []).forEach((s) => check(s, `event ${i} evidence`)));
  const entityCount = doc.entities?.length ?? 0;
  for (const link of doc.resolution?.links ?? []) {
    if (!Number.isInteger(link.mention) || link.mention < 0 || link.mention >= entityCount) {
      throw new SitrepError('E050', `resolution link points at entity ${link.mention}, which does not exist`, 'this is a pipeline bug; please report it with the input');
    }
  }
}
