-- Case editing (案件编辑). Each edit of a stored case keeps the whole manifest before and after
-- (a few kilobytes), so that undo and redo restore exactly what was there; rows marked undone
-- are the redo stack and are dropped when a new edit is made.
CREATE TABLE case_edits (
    case_id          TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    at               TEXT NOT NULL,
    actor            TEXT NOT NULL,
    action           TEXT NOT NULL,
    changes          TEXT NOT NULL DEFAULT '[]',
    before_manifest  TEXT NOT NULL,
    after_manifest   TEXT NOT NULL,
    undone           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, seq)
);

-- Earlier versions of a document's or evidence item's file: when a file is replaced (or an edit
-- that replaced it is undone) the outgoing version is recorded here. The vault keeps every
-- version: these rows refer to vault_files, so the old file is never an orphan.
CREATE TABLE file_history (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id            TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    item_type          TEXT NOT NULL,            -- document | evidence
    item_id            TEXT NOT NULL,
    file               TEXT,
    sha256             TEXT NOT NULL REFERENCES vault_files(sha256),
    replaced_by_sha256 TEXT,
    replaced_at        TEXT NOT NULL,
    replaced_by        TEXT NOT NULL
);
CREATE INDEX idx_file_history_item ON file_history(case_id, item_type, item_id);
