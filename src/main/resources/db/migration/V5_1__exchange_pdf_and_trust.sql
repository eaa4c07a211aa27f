-- Remote review, second part (ADR 0050, ADR 0008). The comment PDFs exported for advisers without
-- the workbench, with the map from each page to the document/evidence item it shows, so that the
-- comments added in any PDF reader can be mapped back; and the adviser certificates the host
-- registered beforehand (trusted signers of response packages).
CREATE TABLE exchange_pdf_exports (
    export_id   TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(case_id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    pdf_id      TEXT NOT NULL,               -- the file's /ID (first string, hex)
    file_sha256 TEXT NOT NULL,
    map         TEXT NOT NULL                -- JSON CommentMap
);

CREATE INDEX idx_exchange_pdf_exports_pdf ON exchange_pdf_exports(pdf_id);

CREATE TABLE exchange_trusted_advisers (
    cert_sha256 TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    not_before  TEXT,
    not_after   TEXT,
    certificate TEXT NOT NULL,               -- PEM
    added_at    TEXT NOT NULL,
    added_by    TEXT
);
