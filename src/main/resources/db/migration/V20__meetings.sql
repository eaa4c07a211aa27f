-- Joint review meetings (联审会议): one row per meeting on a case. The attendees and the agenda
-- (points in the order taken, seconds spent, state, decision) are JSON written by the logic
-- layer, so the minutes can be printed again exactly as the meeting ended. Numbered 20 so that
-- features adding tables in parallel keep their own numbers (Flyway runs out of order).
CREATE TABLE meetings (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    ended_at    TEXT,
    chair       TEXT,
    state       TEXT NOT NULL
);
CREATE INDEX meetings_case ON meetings(case_id, started_at);
