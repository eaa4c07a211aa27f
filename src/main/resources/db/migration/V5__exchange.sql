-- Remote review by exported files (ADR 0008). The host records every review package it sends
-- (id, nonce, the digest of every item it contained) so that a response can be checked to answer
-- one of OUR packages and merged item by item; the adviser's side records the package it opened
-- (what was received is read-only there); both sides keep signed opinions received or made.
CREATE TABLE exchange_sent (
    package_id          TEXT PRIMARY KEY,
    nonce               TEXT NOT NULL,
    case_id             TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    created_at          TEXT NOT NULL,
    file_sha256         TEXT NOT NULL,
    sender_cert_sha256  TEXT NOT NULL,
    items               TEXT NOT NULL,           -- JSON {"itemKey": digest}
    adviser_cert_sha256 TEXT                     -- pinned by the first response accepted
);

CREATE TABLE exchange_received (
    case_id            TEXT PRIMARY KEY REFERENCES cases(case_id) ON DELETE CASCADE,
    package_id         TEXT NOT NULL,
    nonce              TEXT NOT NULL,
    sender_name        TEXT,
    sender_cert_sha256 TEXT NOT NULL,
    opened_at          TEXT NOT NULL,
    items              TEXT NOT NULL             -- JSON {"itemKey": digest} as received (read-only)
);

CREATE TABLE exchange_responses (
    response_id        TEXT PRIMARY KEY,
    package_id         TEXT NOT NULL,
    case_id            TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    signer_cert_sha256 TEXT NOT NULL,
    file_sha256        TEXT NOT NULL,
    imported_at        TEXT NOT NULL,
    result             TEXT NOT NULL             -- JSON counts and conflicts
);

CREATE TABLE exchange_opinions (
    case_id     TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    pdf_sha256  TEXT NOT NULL REFERENCES vault_files(sha256),
    version     INTEGER NOT NULL,
    origin      TEXT NOT NULL,                   -- signed-here | merged
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (case_id, pdf_sha256)
);
