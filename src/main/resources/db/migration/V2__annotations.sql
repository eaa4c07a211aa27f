-- Annotations on documents and evidence items (W3C Web Annotation in spirit): a target (a
-- document or evidence item of the case, with the file's SHA-256 at the time of writing), a
-- selector (PDF page + rectangles in PDF points from the page's top-left, image rectangle in
-- pixels, text range in characters, or media time range in seconds), a body (note), kind,
-- author and role, status and threaded replies (parent_id).
CREATE TABLE annotations (
    annotation_id  TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    parent_id      TEXT REFERENCES annotations(annotation_id) ON DELETE CASCADE,
    target_id      TEXT NOT NULL,
    target_type    TEXT NOT NULL,            -- document | evidence
    target_sha256  TEXT,
    page           INTEGER,                  -- 1-based PDF page
    rects          TEXT,                     -- JSON [[x,y,w,h], …]
    text_start     INTEGER,
    text_end       INTEGER,
    time_from      REAL,
    time_to        REAL,
    kind           TEXT NOT NULL,
    body           TEXT NOT NULL,
    author         TEXT NOT NULL,
    role           TEXT NOT NULL,
    organisation   TEXT,
    status         TEXT NOT NULL DEFAULT 'open',
    created_at     TEXT NOT NULL,
    modified_at    TEXT NOT NULL
);

CREATE INDEX idx_annotations_case ON annotations(case_id, target_id);
CREATE INDEX idx_annotations_parent ON annotations(parent_id);
