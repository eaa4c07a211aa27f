-- Law, regulation and rule texts a bureau imported (issue 19, ADR 0071): e.g. a provincial
-- regulation or a ministry rule, laid out in 章/条/款/项, each version with its validity and the
-- region it binds. A version of a law the library already holds stands beside the built-in ones.
CREATE TABLE imported_laws (
    law_id         TEXT NOT NULL,
    version_id     TEXT NOT NULL,
    title          TEXT NOT NULL,
    short_title    TEXT,
    jurisdiction   TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to   TEXT,
    origin         TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    text           TEXT NOT NULL,
    PRIMARY KEY (law_id, version_id)
);
