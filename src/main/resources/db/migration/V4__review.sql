-- Joint review (联审): the panel, each member's view on each review point, the recommendation
-- (conclusion, penalty, discretion reasoning, precedents) and the opinion's version. Signatures
-- live in the signed PDF itself; opinion_signatures only records what this workspace saw signed.
CREATE TABLE reviews (
    case_id        TEXT PRIMARY KEY REFERENCES cases(case_id) ON DELETE CASCADE,
    version        INTEGER NOT NULL DEFAULT 1,
    frozen         INTEGER NOT NULL DEFAULT 0,
    recommendation TEXT NOT NULL DEFAULT '{}',
    updated_at     TEXT NOT NULL
);

CREATE TABLE review_members (
    case_id      TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    member_id    TEXT NOT NULL,
    ord          INTEGER NOT NULL,
    name         TEXT NOT NULL,
    organisation TEXT,
    role         TEXT NOT NULL,
    cert_sha256  TEXT,
    cert_subject TEXT,
    PRIMARY KEY (case_id, member_id)
);

CREATE TABLE review_views (
    case_id    TEXT NOT NULL,
    point      TEXT NOT NULL,
    member_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    PRIMARY KEY (case_id, point, member_id),
    FOREIGN KEY (case_id, member_id) REFERENCES review_members(case_id, member_id) ON DELETE CASCADE
);

CREATE TABLE opinion_signatures (
    case_id    TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    signer     TEXT NOT NULL,
    role       TEXT NOT NULL,
    signed_at  TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL,
    PRIMARY KEY (case_id, version, seq)
);
