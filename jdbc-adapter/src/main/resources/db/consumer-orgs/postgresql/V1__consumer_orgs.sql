-- Consumer Organizations SDK schema, PostgreSQL 13+.
-- Run as it is by Flyway (placeholder table_prefix) or by JdbcSchema.install(...), which substitutes it the same way.
-- Times are microseconds since 1970-01-01T00:00Z (UTC), so no driver or session time zone can shift them.
-- Sort keys are the UTF-8 bytes of a name's folded form (first 200 characters): byte order is code-point order.

-- Word and substring search over the folded names (LIKE '%...%') uses a trigram index. The extension must be
-- installed in a schema on the search path (pg_trgm is a trusted extension: a database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE ${table_prefix}provider (
  provider_id   VARCHAR(64) COLLATE "C" NOT NULL,
  name          VARCHAR(1000) NOT NULL,
  registered_at BIGINT NOT NULL,
  CONSTRAINT ${table_prefix}provider_pk PRIMARY KEY (provider_id)
);

-- The provider's last event sequence. A row of its own: writers lock it only to number their events, at the end
-- of their transaction, so sequences have no gaps in commit order.
CREATE TABLE ${table_prefix}event_counter (
  provider_id   VARCHAR(64) COLLATE "C" NOT NULL,
  last_sequence BIGINT NOT NULL,
  CONSTRAINT ${table_prefix}event_counter_pk PRIMARY KEY (provider_id),
  CONSTRAINT ${table_prefix}event_counter_provider_fk FOREIGN KEY (provider_id)
    REFERENCES ${table_prefix}provider (provider_id)
);

CREATE TABLE ${table_prefix}share (
  provider_id   VARCHAR(64) COLLATE "C" NOT NULL,
  share_id      VARCHAR(64) COLLATE "C" NOT NULL,
  name          VARCHAR(1000) NOT NULL,
  sort_key      BYTEA NOT NULL,
  registered_at BIGINT NOT NULL,
  deleted_at    BIGINT,
  CONSTRAINT ${table_prefix}share_pk PRIMARY KEY (provider_id, share_id),
  CONSTRAINT ${table_prefix}share_provider_fk FOREIGN KEY (provider_id)
    REFERENCES ${table_prefix}provider (provider_id)
);
CREATE INDEX ${table_prefix}share_live_by_name
  ON ${table_prefix}share (provider_id, sort_key, share_id) WHERE deleted_at IS NULL;

CREATE TABLE ${table_prefix}organization (
  provider_id     VARCHAR(64) COLLATE "C" NOT NULL,
  organization_id VARCHAR(64) COLLATE "C" NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  search_key      TEXT COLLATE "C" NOT NULL,
  sort_key        BYTEA NOT NULL,
  -- SHA-256 of the name's uniqueness key while the organization is live; NULL once deleted, which frees the name.
  -- Hashed because a folded key can be many times longer than the name (U+FDFA folds to 18 characters).
  live_name_hash  BYTEA,
  version         BIGINT NOT NULL,
  created_at      BIGINT NOT NULL,
  updated_at      BIGINT NOT NULL,
  deleted_at      BIGINT,
  -- The first four characters of each word after the first, each after a space ("acme big database" gives
  -- " big data"): a trigram index of it finds the names with a word that starts with a text, where one of the whole
  -- search key also finds every name that holds the text inside a word ("ing" in "Inland Consulting").
  word_starts     TEXT COLLATE "C" NOT NULL
    GENERATED ALWAYS AS (regexp_replace(regexp_replace(search_key, '^[^ ]*', ''), '( [^ ]{1,4})[^ ]*', '\1', 'g'))
    STORED,
  CONSTRAINT ${table_prefix}organization_pk PRIMARY KEY (provider_id, organization_id),
  CONSTRAINT ${table_prefix}organization_provider_fk FOREIGN KEY (provider_id)
    REFERENCES ${table_prefix}provider (provider_id),
  CONSTRAINT ${table_prefix}organization_live_name UNIQUE (provider_id, live_name_hash),
  CONSTRAINT ${table_prefix}organization_live_has_name
    CHECK ((deleted_at IS NULL) = (live_name_hash IS NOT NULL)),
  CONSTRAINT ${table_prefix}organization_version_positive CHECK (version >= 1)
);
CREATE INDEX ${table_prefix}organization_live_by_name
  ON ${table_prefix}organization (provider_id, sort_key, organization_id) WHERE deleted_at IS NULL;
-- New entries wait in the index's pending list until a vacuum or analyze, or until the list reaches its limit, and
-- every search reads the whole list: at the default 4 MB (about 7,000 names) a search that would take 1 ms takes 5.
-- A 256 kB list keeps that under half a millisecond for about 7% fewer organizations created per second.
CREATE INDEX ${table_prefix}organization_live_search
  ON ${table_prefix}organization USING gin (search_key gin_trgm_ops) WITH (gin_pending_list_limit = 256)
  WHERE deleted_at IS NULL;
CREATE INDEX ${table_prefix}organization_live_word_starts
  ON ${table_prefix}organization USING gin (word_starts gin_trgm_ops) WITH (gin_pending_list_limit = 256)
  WHERE deleted_at IS NULL;

CREATE TABLE ${table_prefix}link (
  provider_id     VARCHAR(64) COLLATE "C" NOT NULL,
  link_id         VARCHAR(64) COLLATE "C" NOT NULL,
  share_id        VARCHAR(64) COLLATE "C" NOT NULL,
  organization_id VARCHAR(64) COLLATE "C" NOT NULL,
  opened_at       BIGINT NOT NULL,
  closed_at       BIGINT,
  -- 1 while open, NULL once closed: the unique key below then allows one open link per (share, organization).
  open_marker     SMALLINT,
  -- The organization's sort key, copied when the link opens and rewritten by a rename while it is open, so that a
  -- share's consumers are read in name order from one index of links (see link_open_by_name).
  sort_key        BYTEA NOT NULL,
  CONSTRAINT ${table_prefix}link_pk PRIMARY KEY (provider_id, link_id),
  CONSTRAINT ${table_prefix}link_share_fk FOREIGN KEY (provider_id, share_id)
    REFERENCES ${table_prefix}share (provider_id, share_id),
  CONSTRAINT ${table_prefix}link_organization_fk FOREIGN KEY (provider_id, organization_id)
    REFERENCES ${table_prefix}organization (provider_id, organization_id),
  CONSTRAINT ${table_prefix}link_one_open_per_pair UNIQUE (provider_id, share_id, organization_id, open_marker),
  CONSTRAINT ${table_prefix}link_open_marker CHECK ((closed_at IS NULL) = (open_marker IS NOT NULL)),
  CONSTRAINT ${table_prefix}link_open_marker_is_one CHECK (open_marker = 1),
  CONSTRAINT ${table_prefix}link_closes_after_opening CHECK (closed_at >= opened_at)
);
CREATE INDEX ${table_prefix}link_by_organization
  ON ${table_prefix}link (provider_id, organization_id, opened_at);
-- A share's consumers in name order: a page reads its rows and no more, whatever the share's size. Without it a page
-- joined every consumer and sorted them, or walked the provider's names and probed each for the share; at 10^6
-- organizations both took about 30 ms for a share of 10^4.
CREATE INDEX ${table_prefix}link_open_by_name
  ON ${table_prefix}link (provider_id, share_id, sort_key, organization_id) WHERE open_marker = 1;
-- The links a report reads are those still open or closed after the period starts: few next to the whole history,
-- which an index on the opening time would read up to the period's end (every link ever opened, for last month).
CREATE INDEX ${table_prefix}link_by_closing
  ON ${table_prefix}link (provider_id, closed_at);
-- A share belongs to one provider, so (provider_id, share_id) are correlated; without this the planner underestimates
-- a share's consumers tenfold and picks a hash join over the whole provider instead of a loop that stops at the page.
CREATE STATISTICS ${table_prefix}link_share_dependency (dependencies)
  ON provider_id, share_id FROM ${table_prefix}link;

CREATE TABLE ${table_prefix}event (
  provider_id     VARCHAR(64) COLLATE "C" NOT NULL,
  event_sequence  BIGINT NOT NULL,
  event_type      VARCHAR(40) NOT NULL,
  occurred_at     BIGINT NOT NULL,
  actor_id        VARCHAR(200) NOT NULL,
  organization_id VARCHAR(64) COLLATE "C",
  share_id        VARCHAR(64) COLLATE "C",
  -- Flat JSON objects of strings: the changed fields before and after.
  before_state    TEXT NOT NULL,
  after_state     TEXT NOT NULL,
  CONSTRAINT ${table_prefix}event_pk PRIMARY KEY (provider_id, event_sequence),
  CONSTRAINT ${table_prefix}event_provider_fk FOREIGN KEY (provider_id)
    REFERENCES ${table_prefix}provider (provider_id)
);
