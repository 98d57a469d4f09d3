// Numbered schema migrations for SQLite. Each runs once, in order, inside a transaction, and is recorded in
// `schema_migrations`. Never edit a migration that has shipped: add the next number instead.
// Kept as TypeScript strings (not .sql files) so `tsc` carries them into dist/ with no copy step.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'init',
    sql: /* sql */ `
CREATE TABLE article (
  id              INTEGER PRIMARY KEY,
  -- the web address: final URL after redirects, else the page's canonical URL; NULL for files without one
  url             TEXT,
  canonical_url   TEXT,
  source_location TEXT NOT NULL,
  source_kind     TEXT NOT NULL,
  title           TEXT NOT NULL,
  byline          TEXT,
  site            TEXT,
  published_at    TEXT,
  retrieved_at    TEXT,
  language        TEXT,
  text            TEXT NOT NULL,
  content_hash    TEXT NOT NULL,
  wire            TEXT,
  views           INTEGER NOT NULL DEFAULT 0,
  comment_count   INTEGER NOT NULL DEFAULT 0,
  -- near-duplicate cluster: the id of the cluster's first article (filled by a later clustering stage)
  cluster_id      INTEGER REFERENCES article(id) ON DELETE SET NULL,
  ingested_at     TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX article_content_hash ON article(content_hash);
CREATE INDEX article_url ON article(url);
CREATE INDEX article_canonical_url ON article(canonical_url);
CREATE INDEX article_source_location ON article(source_location);
CREATE INDEX article_published ON article(published_at, id);
CREATE INDEX article_site ON article(site COLLATE NOCASE);

CREATE TABLE actor (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('person','organization','armed_group','state','igo','media','other')),
  country    TEXT,
  origin     TEXT NOT NULL CHECK (origin IN ('bundled','extracted','analyst')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX actor_kind ON actor(kind);
CREATE INDEX actor_country ON actor(country);

CREATE TABLE actor_alias (
  actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  origin   TEXT NOT NULL CHECK (origin IN ('bundled','extracted','analyst')),
  PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_alias_alias ON actor_alias(alias COLLATE NOCASE);

CREATE TABLE actor_affiliation (
  id              INTEGER PRIMARY KEY,
  person_id       TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
  role            TEXT,
  article_id      INTEGER REFERENCES article(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX actor_affiliation_key
  ON actor_affiliation(person_id, organization_id, ifnull(role, ''), ifnull(article_id, 0));
CREATE INDEX actor_affiliation_org ON actor_affiliation(organization_id);
CREATE INDEX actor_affiliation_article ON actor_affiliation(article_id);

CREATE TABLE place (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('country','admin1','city')),
  admin1       TEXT,
  country      TEXT NOT NULL,
  country_code TEXT NOT NULL,
  lat          REAL NOT NULL,
  lon          REAL NOT NULL
);

CREATE TABLE mention (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  label      TEXT NOT NULL CHECK (label IN ('PER','ORG','LOC','MISC')),
  origin     TEXT NOT NULL,
  actor_id   TEXT REFERENCES actor(id) ON DELETE SET NULL,
  place_id   TEXT REFERENCES place(id) ON DELETE SET NULL,
  confidence REAL
);
CREATE INDEX mention_article ON mention(article_id, start);
CREATE INDEX mention_actor ON mention(actor_id, article_id);
CREATE INDEX mention_place ON mention(place_id);

CREATE TABLE event (
  id                   INTEGER PRIMARY KEY,
  attack_type          TEXT NOT NULL,
  event_type           TEXT NOT NULL,
  sub_event_type       TEXT NOT NULL,
  date_start           TEXT NOT NULL,
  date_end             TEXT NOT NULL,
  date_precision       TEXT NOT NULL,
  place_id             TEXT REFERENCES place(id) ON DELETE SET NULL,
  location_name        TEXT,
  admin1               TEXT,
  country              TEXT,
  country_code         TEXT,
  lat                  REAL,
  lon                  REAL,
  location_precision   TEXT,
  perpetrators         TEXT NOT NULL,  -- JSON [{name, actorId?, basis?}]
  targets              TEXT NOT NULL,  -- JSON [{name, type}]
  fatalities           TEXT,           -- JSON {min, max?, qualifier?, reported?}
  injuries             TEXT,           -- JSON, as fatalities
  perpetrators_killed  INTEGER,
  status               TEXT NOT NULL,
  salience             TEXT NOT NULL CHECK (salience IN ('main','background')),
  review_status        TEXT NOT NULL DEFAULT 'unreviewed',
  confidence           REAL,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX event_date ON event(date_start, id);
CREATE INDEX event_country ON event(country_code);

-- Which actors an event involves, for filtering without parsing JSON.
CREATE TABLE event_actor (
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
  role     TEXT NOT NULL CHECK (role IN ('perpetrator','target')),
  PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX event_actor_actor ON event_actor(actor_id);

-- One row per report of an event; values_json keeps that source's own values beside the chosen ones.
CREATE TABLE event_source (
  event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  evidence    TEXT NOT NULL,  -- JSON [{start, end}]
  values_json TEXT NOT NULL,  -- JSON EventRecord as this article reported it
  PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_source_article ON event_source(article_id);

CREATE TABLE quote (
  id                   INTEGER PRIMARY KEY,
  article_id           INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start                INTEGER NOT NULL,
  "end"                INTEGER NOT NULL,
  text                 TEXT NOT NULL,
  parts                TEXT,  -- JSON [{start, end}] when split by its attribution
  direct               INTEGER NOT NULL,
  cue                  TEXT NOT NULL,
  cue_start            INTEGER NOT NULL,
  cue_end              INTEGER NOT NULL,
  speaker_name         TEXT NOT NULL,
  speaker_actor_id     TEXT REFERENCES actor(id) ON DELETE SET NULL,
  speaker_start        INTEGER,
  speaker_end          INTEGER,
  affiliation_name     TEXT,
  affiliation_actor_id TEXT REFERENCES actor(id) ON DELETE SET NULL,
  role                 TEXT,
  conduit              TEXT,
  time                 TEXT   -- JSON {text, start, end, precision}
);
CREATE INDEX quote_article ON quote(article_id, start);
CREATE INDEX quote_speaker ON quote(speaker_actor_id);

CREATE TABLE claim (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  start            INTEGER NOT NULL,
  "end"            INTEGER NOT NULL,
  text             TEXT NOT NULL,
  speaker_name     TEXT,
  speaker_actor_id TEXT REFERENCES actor(id) ON DELETE SET NULL,
  numbers          TEXT NOT NULL,  -- JSON [{value, unit?, qualifier?}]
  period           TEXT            -- JSON {text, start?, end?}
);
CREATE INDEX claim_article ON claim(article_id, start);
CREATE INDEX claim_speaker ON claim(speaker_actor_id);

-- The email is stored for moderation only; no query of the store ever selects it.
CREATE TABLE comment (
  id          INTEGER PRIMARY KEY,
  target_type TEXT NOT NULL CHECK (target_type IN ('article','event','actor')),
  target_id   TEXT NOT NULL,
  author_name TEXT NOT NULL,
  email       TEXT NOT NULL,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX comment_target ON comment(target_type, target_id, id);

-- Full-text index over title and text, kept in step with article by triggers (external content).
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, text,
  content='article', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
  INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`,
  },
  {
    version: 2,
    name: 'workbench',
    sql: /* sql */ `
-- Fatalities as a number for filtering and sorting the events table (virtual: computed from the JSON on read).
ALTER TABLE event ADD COLUMN fatalities_min INTEGER GENERATED ALWAYS AS (json_extract(fatalities, '$.min')) VIRTUAL;
ALTER TABLE event ADD COLUMN injuries_min INTEGER GENERATED ALWAYS AS (json_extract(injuries, '$.min')) VIRTUAL;
CREATE INDEX event_fatalities ON event(fatalities_min, date_start);
-- Filter columns first, then date_start, so a filtered list sorted by date never reads the table to sort.
CREATE INDEX event_review_status ON event(review_status, fatalities_min, date_start);
CREATE INDEX event_attack_type ON event(attack_type, date_start);
CREATE INDEX event_country_type ON event(country_code, attack_type, date_start);
-- Covers the overview's map and per-month queries, so they read the index instead of parsing JSON per row.
CREATE INDEX event_map ON event(lat, lon, attack_type, fatalities_min, country_code) WHERE lat IS NOT NULL;

-- An analyst's review of an event: confirm, reject, or edit one field. Edits sit beside the machine value
-- (the event row is never overwritten); who and when are kept.
CREATE TABLE event_review (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  action     TEXT NOT NULL CHECK (action IN ('confirm','reject','edit')),
  field      TEXT,
  value      TEXT,  -- JSON: the analyst's value for an edit
  reviewer   TEXT NOT NULL,
  note       TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX event_review_event ON event_review(event_id, id);

-- Actor merges, with what each one changed so that it can be undone exactly.
CREATE TABLE actor_merge (
  id         INTEGER PRIMARY KEY,
  kept_id    TEXT NOT NULL,
  merged_id  TEXT NOT NULL,
  snapshot   TEXT NOT NULL,  -- JSON: the merged actor's row, aliases, and the ids of every re-pointed row
  created_at TEXT NOT NULL,
  undone_at  TEXT
);
CREATE INDEX actor_merge_merged ON actor_merge(merged_id, id);
CREATE INDEX actor_merge_kept ON actor_merge(kept_id, id);
CREATE INDEX quote_affiliation ON quote(affiliation_actor_id);
CREATE INDEX actor_affiliation_person ON actor_affiliation(person_id);
`,
  },
  {
    version: 3,
    name: 'event-clusters',
    sql: /* sql */ `
-- The text of a report's evidence spans, kept beside them so exports can quote each source without reading the
-- whole article (NULL for sources stored before this migration).
ALTER TABLE event_source ADD COLUMN evidence_text TEXT;
-- Cross-report clustering looks for stored events in one country, of one date precision, starting within a
-- window that precision allows (a few days for day precision): one short index range each.
CREATE INDEX event_cluster ON event(country_code, date_precision, date_start);
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
