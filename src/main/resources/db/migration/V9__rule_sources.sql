-- Rule sources with jurisdiction and validity (issue 19, ADR 0070). The workspace's own place
-- (the bureau's jurisdiction, e.g. 陕西省西安市雁塔区) and the rule sources a bureau imported:
-- discretion benchmarks, no-penalty lists and procedural thresholds, each with the region it
-- binds, the days it is in force and where it came from. The rows' content is the validated
-- JSON the checks read; an import writes all its rows in one transaction or none.
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE rule_sources (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    jurisdiction   TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to   TEXT,
    origin         TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    content        TEXT NOT NULL
);
CREATE INDEX rule_sources_kind ON rule_sources(kind, jurisdiction);
