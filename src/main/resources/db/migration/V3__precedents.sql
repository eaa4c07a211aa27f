-- Precedent records (典型执法案例): the source of truth for the precedent search index, which is
-- a rebuildable cache in the workspace's index/ folder. `record` is the whole JSON record as
-- imported (unknown fields kept); `origin` is 'import' (a JSON Lines file, named in source_name)
-- or 'case' (a closed workspace case promoted to a precedent, case_id set). `revision` grows
-- with every write, so the index can tell whether it is behind the database.
CREATE TABLE precedents (
    precedent_id  TEXT PRIMARY KEY,
    origin        TEXT NOT NULL DEFAULT 'import',
    source_name   TEXT,
    case_id       TEXT,
    record        TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    imported_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX idx_precedents_revision ON precedents(revision);

-- References from a workspace case to precedents (参考案例), with the reviewer's note.
CREATE TABLE case_precedent_refs (
    case_id       TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    precedent_id  TEXT NOT NULL,
    note          TEXT,
    added_at      TEXT NOT NULL,
    PRIMARY KEY (case_id, precedent_id)
);
