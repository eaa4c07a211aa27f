-- Core dossier tables: one row per case, its parties, officers, violations, documents and
-- evidence, in manifest order (ord). Sub-objects that the format lets grow (circumstances,
-- proposed penalty, document states) and every object's unknown fields are kept as JSON text.
CREATE TABLE cases (
    case_id          TEXT PRIMARY KEY,
    case_number      TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    agency           TEXT,
    district         TEXT,
    industry         TEXT,
    source           TEXT,
    violation_date   TEXT,
    discovered_on    TEXT,
    filed_on         TEXT,
    status           TEXT,
    format_version   INTEGER NOT NULL DEFAULT 1,
    case_extra       TEXT NOT NULL DEFAULT '{}',
    manifest_extra   TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE parties (
    case_id      TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    party_id     TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    kind         TEXT,
    name         TEXT,
    credit_code  TEXT,
    legal_rep    TEXT,
    address      TEXT,
    employees    INTEGER,
    id_number    TEXT,
    position     TEXT,
    annual_income_yuan INTEGER,
    extra        TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, party_id)
);

CREATE TABLE officers (
    case_id        TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    name           TEXT,
    certificate_no TEXT,
    extra          TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, ord)
);

CREATE TABLE violations (
    case_id            TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    violation_id       TEXT NOT NULL,
    ord                INTEGER NOT NULL,
    party_id           TEXT,
    facts              TEXT,
    violated_provision TEXT,
    penalty_provision  TEXT,
    circumstances      TEXT,
    proposed           TEXT,
    extra              TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, violation_id),
    FOREIGN KEY (case_id, party_id) REFERENCES parties(case_id, party_id)
);

CREATE TABLE vault_files (
    sha256    TEXT PRIMARY KEY,
    size      INTEGER NOT NULL,
    added_at  TEXT NOT NULL
);

CREATE TABLE documents (
    case_id      TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    document_id  TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    type         TEXT,
    title        TEXT,
    number       TEXT,
    date         TEXT,
    delivered_on TEXT,
    file         TEXT,
    sha256       TEXT REFERENCES vault_files(sha256),
    states       TEXT,
    extra        TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, document_id)
);

CREATE TABLE evidence (
    case_id      TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    evidence_id  TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    type         TEXT,
    title        TEXT,
    collected_on TEXT,
    collected_by TEXT,
    source       TEXT,
    file         TEXT,
    sha256       TEXT REFERENCES vault_files(sha256),
    extra        TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, evidence_id)
);

CREATE TABLE evidence_proves (
    case_id      TEXT NOT NULL,
    evidence_id  TEXT NOT NULL,
    violation_id TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    PRIMARY KEY (case_id, evidence_id, violation_id),
    FOREIGN KEY (case_id, evidence_id) REFERENCES evidence(case_id, evidence_id) ON DELETE CASCADE,
    FOREIGN KEY (case_id, violation_id) REFERENCES violations(case_id, violation_id) ON DELETE CASCADE
);

CREATE INDEX idx_cases_district ON cases(district);
CREATE INDEX idx_documents_sha ON documents(sha256);
CREATE INDEX idx_evidence_sha ON evidence(sha256);
