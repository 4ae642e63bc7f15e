-- kutip quote store, version 1: tables a BI tool can read directly.
-- Times are UTC without a zone. dated_at = published_at, or extracted_at when the article has no date.

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    outlet          TEXT,
    url             TEXT,
    published_at    TIMESTAMP,
    dated_at        TIMESTAMP NOT NULL,
    content_hash    TEXT NOT NULL,
    text_length     INTEGER NOT NULL,
    model           TEXT NOT NULL,
    rules_version   TEXT NOT NULL,
    extracted_at    TIMESTAMP NOT NULL,
    quote_count     INTEGER NOT NULL
);
CREATE INDEX ix_documents_outlet_dated ON documents (outlet, dated_at);

-- one row per person or organisation a speaker key stands for, across articles
CREATE TABLE speakers (
    key             TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    roles           TEXT NOT NULL,   -- JSON array of role phrases seen with the name
    aliases         TEXT NOT NULL    -- JSON array of other names merged into this key
);

-- the people[] entries of each document, with the cross-article key they were given
CREATE TABLE people (
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    person_id       TEXT NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    roles           TEXT NOT NULL,   -- JSON array
    speaker_key     TEXT,
    PRIMARY KEY (document_id, person_id)
);
CREATE INDEX ix_people_speaker ON people (speaker_key);

CREATE TABLE quotes (
    id                  INTEGER PRIMARY KEY,
    document_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    quote_id            TEXT NOT NULL,
    type                TEXT NOT NULL,
    text                TEXT NOT NULL,
    start_offset        INTEGER NOT NULL,
    end_offset          INTEGER NOT NULL,
    cue                 TEXT,
    cue_lemma           TEXT,
    rule                TEXT NOT NULL,
    confidence          DOUBLE PRECISION NOT NULL,
    speaker_name        TEXT,
    speaker_resolution  TEXT NOT NULL,
    person_id           TEXT,
    speaker_key         TEXT,
    outlet              TEXT,            -- copied from documents for one-table dashboards
    dated_at            TIMESTAMP NOT NULL,
    UNIQUE (document_id, quote_id)
);
CREATE INDEX ix_quotes_speaker_dated ON quotes (speaker_key, dated_at, document_id);
CREATE INDEX ix_quotes_dated ON quotes (dated_at);
CREATE INDEX ix_quotes_outlet_dated ON quotes (outlet, dated_at);

-- every place a person is named in a document
CREATE TABLE mentions (
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    person_id       TEXT NOT NULL,
    speaker_key     TEXT,
    text            TEXT NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL
);
CREATE INDEX ix_mentions_document ON mentions (document_id, person_id);
CREATE INDEX ix_mentions_speaker ON mentions (speaker_key);

-- store-wide settings, e.g. the version of rules/aliases.yml the speaker keys were built with
CREATE TABLE store_settings (
    name            TEXT PRIMARY KEY,
    value           TEXT NOT NULL
);
