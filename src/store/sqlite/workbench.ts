// Analyst writes and workbench aggregates on SQLite: views, event review, aliases, undoable actor merges, and the
// overview's grouped counts. Callers wrap the write methods in a transaction (store.ts does).

import { SitrepError } from '../../core/errors.js';
import type { ActorMergeRow, AliasRow, CoActorRow, EventReviewRow, OverviewData } from '../types.js';
import type { SqliteDb } from './connection.js';

/** Map grid in degrees: about 100 km at the equator, fine enough for a world map, coarse enough to stay small. */
export const MAP_CELL_DEGREES = 1;
/** Most map cells drawn; the busiest are kept so a 100k-event map is still a light page. */
export const MAP_CELL_LIMIT = 3_000;

const REVIEW_STATUS = { confirm: 'confirmed', reject: 'rejected', edit: 'edited' } as const;

type Row = Record<string, any>;

interface MergeSnapshot {
  actor: Row;
  aliases: Array<{ alias: string; origin: string }>;
  addedAliases: string[];
  mentions: number[];
  quoteSpeaker: number[];
  quoteAffiliation: number[];
  claimSpeaker: number[];
  eventActors: Array<{ eventId: number; role: string }>;
  addedEventActors: Array<{ eventId: number; role: string }>;
  affiliations: Row[];
  addedAffiliations: number[];
  comments: number[];
}

const REVIEW_COLUMNS = `id, event_id AS eventId, action, field, value, reviewer, note, created_at AS createdAt`;

export class SqliteWorkbench {
  constructor(private readonly db: SqliteDb) {}

  private ids(sql: string, ...params: unknown[]): number[] {
    return this.db.prepare(sql).pluck().all(...params) as number[];
  }

  recordView(articleId: number): number | null {
    const row = this.db.prepare('UPDATE article SET views = views + 1 WHERE id = ? RETURNING views').get(articleId) as
      | { views: number }
      | undefined;
    return row?.views ?? null;
  }

  reviewEvent(input: { eventId: number; action: 'confirm' | 'reject' | 'edit'; field?: string; value?: string; reviewer: string; note?: string }, now: string): EventReviewRow {
    const updated = this.db
      .prepare('UPDATE event SET review_status = ?, updated_at = ? WHERE id = ?')
      .run(REVIEW_STATUS[input.action], now, input.eventId);
    if (updated.changes === 0) throw new SitrepError('E041', `event ${input.eventId} not found`, 'review an event that is stored');
    const id = Number(
      this.db
        .prepare('INSERT INTO event_review (event_id, action, field, value, reviewer, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.eventId, input.action, input.field ?? null, input.value ?? null, input.reviewer, input.note ?? null, now).lastInsertRowid,
    );
    return this.db.prepare(`SELECT ${REVIEW_COLUMNS} FROM event_review WHERE id = ?`).get(id) as EventReviewRow;
  }

  listEventReviews(eventId: number): EventReviewRow[] {
    return this.db.prepare(`SELECT ${REVIEW_COLUMNS} FROM event_review WHERE event_id = ? ORDER BY id`).all(eventId) as EventReviewRow[];
  }

  private requireActor(id: string): Row {
    const actor = this.db.prepare('SELECT * FROM actor WHERE id = ?').get(id) as Row | undefined;
    if (!actor) throw new SitrepError('E041', `actor ${id} not found`, 'check the actor id');
    return actor;
  }

  aliases(actorId: string): AliasRow[] {
    return this.db
      .prepare('SELECT alias, origin FROM actor_alias WHERE actor_id = ? ORDER BY alias COLLATE NOCASE')
      .all(actorId) as AliasRow[];
  }

  addAlias(actorId: string, alias: string): AliasRow[] {
    this.requireActor(actorId);
    this.db
      .prepare(`INSERT INTO actor_alias (actor_id, alias, origin) VALUES (?, ?, 'analyst') ON CONFLICT DO NOTHING`)
      .run(actorId, alias);
    return this.aliases(actorId);
  }

  removeAlias(actorId: string, alias: string): AliasRow[] {
    this.requireActor(actorId);
    const removed = this.db.prepare('DELETE FROM actor_alias WHERE actor_id = ? AND alias = ?').run(actorId, alias);
    if (removed.changes === 0) throw new SitrepError('E041', `actor ${actorId} has no alias "${alias}"`, 'remove an alias the actor has');
    return this.aliases(actorId);
  }

  private mergeRow(id: number): ActorMergeRow {
    const row = this.db
      .prepare(`SELECT id, kept_id AS keptId, merged_id AS mergedId, json_extract(snapshot, '$.actor.name') AS mergedName,
        created_at AS createdAt, undone_at AS undoneAt FROM actor_merge WHERE id = ?`)
      .get(id) as ActorMergeRow | undefined;
    if (!row) throw new SitrepError('E041', `merge ${id} not found`, 'check the merge id');
    return row;
  }

  listMerges(actorId: string): ActorMergeRow[] {
    return this.ids('SELECT id FROM actor_merge WHERE kept_id = ? OR merged_id = ? ORDER BY id DESC', actorId, actorId).map((id) =>
      this.mergeRow(id),
    );
  }

  mergeActors(keepId: string, mergeId: string, now: string): ActorMergeRow {
    this.requireActor(keepId);
    const merged = this.requireActor(mergeId);
    const aliases = this.aliases(mergeId);
    const keptAliases = new Set(this.aliases(keepId).map((a) => a.alias));
    const addedAliases = [...new Set([merged.name as string, ...aliases.map((a) => a.alias)])].filter((a) => !keptAliases.has(a));
    const insertAlias = this.db.prepare(`INSERT INTO actor_alias (actor_id, alias, origin) VALUES (?, ?, 'analyst')`);
    for (const alias of addedAliases) insertAlias.run(keepId, alias);

    const snapshot: MergeSnapshot = {
      actor: merged,
      aliases,
      addedAliases,
      mentions: this.ids('SELECT id FROM mention WHERE actor_id = ?', mergeId),
      quoteSpeaker: this.ids('SELECT id FROM quote WHERE speaker_actor_id = ?', mergeId),
      quoteAffiliation: this.ids('SELECT id FROM quote WHERE affiliation_actor_id = ?', mergeId),
      claimSpeaker: this.ids('SELECT id FROM claim WHERE speaker_actor_id = ?', mergeId),
      eventActors: this.db.prepare('SELECT event_id AS eventId, role FROM event_actor WHERE actor_id = ?').all(mergeId) as MergeSnapshot['eventActors'],
      addedEventActors: [],
      affiliations: this.db
        .prepare('SELECT * FROM actor_affiliation WHERE person_id = ? OR organization_id = ?')
        .all(mergeId, mergeId) as Row[],
      addedAffiliations: [],
      comments: this.ids(`SELECT id FROM comment WHERE target_type = 'actor' AND target_id = ?`, mergeId),
    };
    const repoint = (table: string, column: string, ids: number[]) =>
      this.db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id IN (SELECT value FROM json_each(?))`).run(keepId, JSON.stringify(ids));
    repoint('mention', 'actor_id', snapshot.mentions);
    repoint('quote', 'speaker_actor_id', snapshot.quoteSpeaker);
    repoint('quote', 'affiliation_actor_id', snapshot.quoteAffiliation);
    repoint('claim', 'speaker_actor_id', snapshot.claimSpeaker);
    this.db
      .prepare(`UPDATE comment SET target_id = ? WHERE id IN (SELECT value FROM json_each(?))`)
      .run(keepId, JSON.stringify(snapshot.comments));
    const insertEventActor = this.db.prepare('INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    for (const link of snapshot.eventActors) {
      if (insertEventActor.run(link.eventId, keepId, link.role).changes) snapshot.addedEventActors.push(link);
    }
    const insertAffiliation = this.db.prepare(
      'INSERT INTO actor_affiliation (person_id, organization_id, role, article_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    for (const f of snapshot.affiliations) {
      const person = f.person_id === mergeId ? keepId : f.person_id;
      const organization = f.organization_id === mergeId ? keepId : f.organization_id;
      if (person === organization) continue;
      const result = insertAffiliation.run(person, organization, f.role, f.article_id);
      if (result.changes) snapshot.addedAffiliations.push(Number(result.lastInsertRowid));
    }
    // Cascades remove the merged actor's aliases, event links and affiliations; all are in the snapshot.
    this.db.prepare('DELETE FROM actor WHERE id = ?').run(mergeId);
    const id = Number(
      this.db
        .prepare('INSERT INTO actor_merge (kept_id, merged_id, snapshot, created_at) VALUES (?, ?, ?, ?)')
        .run(keepId, mergeId, JSON.stringify(snapshot), now).lastInsertRowid,
    );
    return this.mergeRow(id);
  }

  undoMerge(id: number, now: string): ActorMergeRow {
    const row = this.db.prepare('SELECT kept_id AS keptId, merged_id AS mergedId, snapshot, undone_at AS undoneAt FROM actor_merge WHERE id = ?').get(id) as
      | { keptId: string; mergedId: string; snapshot: string; undoneAt: string | null }
      | undefined;
    if (!row) throw new SitrepError('E041', `merge ${id} not found`, 'check the merge id');
    if (row.undoneAt) throw new SitrepError('E040', `merge ${id} was already undone`, 'nothing to do');
    if (this.db.prepare('SELECT 1 FROM actor WHERE id = ?').get(row.mergedId)) {
      throw new SitrepError('E040', `actor ${row.mergedId} exists again`, 'it was re-created after the merge; merge it again instead');
    }
    this.requireActor(row.keptId);
    const s = JSON.parse(row.snapshot) as MergeSnapshot;
    const a = s.actor;
    this.db
      .prepare('INSERT INTO actor (id, name, kind, country, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.name, a.kind, a.country, a.origin, a.created_at, now);
    const insertAlias = this.db.prepare('INSERT INTO actor_alias (actor_id, alias, origin) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    for (const alias of s.aliases) insertAlias.run(a.id, alias.alias, alias.origin);
    const dropAlias = this.db.prepare(`DELETE FROM actor_alias WHERE actor_id = ? AND alias = ? AND origin = 'analyst'`);
    for (const alias of s.addedAliases) dropAlias.run(row.keptId, alias);
    const back = (table: string, column: string, ids: number[]) =>
      this.db
        .prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ? AND id IN (SELECT value FROM json_each(?))`)
        .run(a.id, row.keptId, JSON.stringify(ids));
    back('mention', 'actor_id', s.mentions);
    back('quote', 'speaker_actor_id', s.quoteSpeaker);
    back('quote', 'affiliation_actor_id', s.quoteAffiliation);
    back('claim', 'speaker_actor_id', s.claimSpeaker);
    back('comment', 'target_id', s.comments);
    const dropEventActor = this.db.prepare('DELETE FROM event_actor WHERE event_id = ? AND actor_id = ? AND role = ?');
    for (const link of s.addedEventActors) dropEventActor.run(link.eventId, row.keptId, link.role);
    const insertEventActor = this.db.prepare('INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    for (const link of s.eventActors) insertEventActor.run(link.eventId, a.id, link.role);
    this.db.prepare('DELETE FROM actor_affiliation WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(s.addedAffiliations));
    const insertAffiliation = this.db.prepare(
      'INSERT INTO actor_affiliation (person_id, organization_id, role, article_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    for (const f of s.affiliations) insertAffiliation.run(f.person_id, f.organization_id, f.role, f.article_id);
    this.db.prepare('UPDATE actor_merge SET undone_at = ? WHERE id = ?').run(now, id);
    return this.mergeRow(id);
  }

  coActors(actorId: string, limit: number): CoActorRow[] {
    return this.db
      .prepare(
        `SELECT ac.id, ac.name, ac.kind, count(DISTINCT m2.article_id) AS articles
         FROM mention m1 JOIN mention m2 ON m2.article_id = m1.article_id AND m2.actor_id IS NOT NULL AND m2.actor_id <> m1.actor_id
         JOIN actor ac ON ac.id = m2.actor_id
         WHERE m1.actor_id = ? GROUP BY ac.id ORDER BY articles DESC, ac.name COLLATE NOCASE LIMIT ?`,
      )
      .all(actorId, limit) as CoActorRow[];
  }

  overview(): OverviewData {
    const perMonth = this.db
      .prepare(
        `SELECT substr(date_start, 1, 7) AS month, attack_type AS attackType, count(*) AS count
         FROM event GROUP BY month, attack_type ORDER BY month, attack_type`,
      )
      .all() as OverviewData['perMonth'];
    const mapCells = this.db
      .prepare(
        `WITH cells AS (
           SELECT round(lat / @cell) * @cell AS lat, round(lon / @cell) * @cell AS lon, attack_type,
             count(*) AS n, sum(coalesce(fatalities_min, 0)) AS killed, max(country_code) AS countryCode
           FROM event INDEXED BY event_map WHERE lat IS NOT NULL GROUP BY 1, 2, 3
         ), ranked AS (
           SELECT lat, lon, attack_type, n, killed, countryCode,
             row_number() OVER (PARTITION BY lat, lon ORDER BY n DESC, attack_type) AS r,
             sum(n) OVER (PARTITION BY lat, lon) AS total, sum(killed) OVER (PARTITION BY lat, lon) AS totalKilled
           FROM cells
         )
         SELECT lat, lon, total AS count, totalKilled AS killed, attack_type AS attackType, countryCode FROM ranked WHERE r = 1
         ORDER BY total DESC LIMIT @limit`,
      )
      .all({ cell: MAP_CELL_DEGREES, limit: MAP_CELL_LIMIT }) as OverviewData['mapCells'];
    return { perMonth, mapCells, ...this.facets() };
  }

  /** Attack types and countries with counts, for filter menus; both read covering indexes only. */
  facets(): Pick<OverviewData, 'attackTypes' | 'countries'> {
    const attackTypes = this.db
      .prepare('SELECT attack_type AS value, count(*) AS count FROM event GROUP BY attack_type ORDER BY count DESC')
      .all() as OverviewData['attackTypes'];
    const countries = this.db
      .prepare(
        `SELECT value, (SELECT country FROM event x WHERE x.country_code = c.value LIMIT 1) AS name, count FROM (
           SELECT country_code AS value, count(*) AS count FROM event WHERE country_code IS NOT NULL GROUP BY country_code
         ) c ORDER BY name`,
      )
      .all() as OverviewData['countries'];
    return { attackTypes, countries };
  }

  /** Changes whenever any connection commits (SQLite's data_version covers other processes' writes). */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }
}
