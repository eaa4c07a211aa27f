-- Append-only audit trail (全过程留痕). Each entry carries the hash of the previous one; the
-- triggers refuse UPDATE and DELETE so that only deliberate tampering (outside the program)
-- can change history, and `audit verify` detects that.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    role          TEXT,
    action        TEXT NOT NULL,
    case_id       TEXT,
    targets       TEXT NOT NULL DEFAULT '[]',
    before_digest TEXT,
    after_digest  TEXT,
    details       TEXT NOT NULL DEFAULT '{}',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX idx_audit_case ON audit_log(case_id);
CREATE INDEX idx_audit_actor ON audit_log(actor);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
