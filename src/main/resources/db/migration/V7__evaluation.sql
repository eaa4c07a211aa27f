-- Case-file evaluation (案卷评查) and typical-case reports (典型案例报送, 应急厅函〔2021〕92号).
-- An evaluation row keeps the whole result as JSON (items with points, reason and basis) so
-- that a report can be reprinted as it was graded, even after the model changes.
CREATE TABLE evaluations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    evaluated_at TEXT NOT NULL,
    evaluator    TEXT,
    model_id     TEXT NOT NULL,
    score        INTEGER NOT NULL,
    grade        TEXT NOT NULL,
    vetoed       INTEGER NOT NULL DEFAULT 0,
    result       TEXT NOT NULL
);
CREATE INDEX evaluations_case ON evaluations(case_id, evaluated_at);

-- One typical-case report per case: the editable fields of the 92号 template as JSON, the
-- reporting level (county / city / province) and unit, and when it was exported for reporting.
CREATE TABLE typical_cases (
    case_id     TEXT PRIMARY KEY REFERENCES cases(case_id) ON DELETE CASCADE,
    fields      TEXT NOT NULL,
    level       TEXT,
    unit        TEXT,
    status      TEXT NOT NULL DEFAULT 'draft',
    updated_at  TEXT NOT NULL,
    reported_on TEXT
);
