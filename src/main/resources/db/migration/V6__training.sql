-- Training mode: trainees' answers to exercises and their scores (one row per submission).
CREATE TABLE exercise_result (
    id           INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL,
    trainee      TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    answer       TEXT NOT NULL,
    score        INTEGER NOT NULL,
    details      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX idx_exercise_case ON exercise_result(case_id);
