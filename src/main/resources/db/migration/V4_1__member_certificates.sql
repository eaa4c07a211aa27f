-- Seats (ADR 0090): every certificate a panel member has had registered, with when it was
-- registered and when it was replaced (renewal is an explicit, audited act). review_members keeps
-- the current one; a signature made before a renewal still counts as the member's when its
-- certificate was the registered one at the signing time.
CREATE TABLE review_member_certificates (
    case_id       TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    member_id     TEXT NOT NULL,
    role          TEXT NOT NULL,
    cert_sha256   TEXT NOT NULL,
    cert_subject  TEXT,
    registered_at TEXT NOT NULL,
    replaced_at   TEXT,
    reason        TEXT,
    PRIMARY KEY (case_id, member_id, cert_sha256)
);

-- certificates registered before this table existed
INSERT INTO review_member_certificates(case_id, member_id, role, cert_sha256, cert_subject, registered_at)
SELECT m.case_id, m.member_id, m.role, m.cert_sha256, m.cert_subject, '1970-01-01T00:00:00Z'
FROM review_members m
WHERE m.cert_sha256 IS NOT NULL;
