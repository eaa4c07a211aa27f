package org.jrw.model;

import java.time.LocalDate;

/** The {@code case} object of a dossier: number, title, agency and the key dates. */
public record CaseInfo(
        String caseNumber,
        String title,
        String agency,
        String district,
        String industry,
        String source,
        LocalDate violationDate,
        LocalDate discoveredOn,
        LocalDate filedOn,
        String status,
        Extra extra) {

    /**
     * The manifest field that marks a case as a draft (草稿): made by intake or by hand and not yet
     * confirmed by the officer. An optional v1.1 field of {@code case}; kept in {@link #extra()} so
     * that it round-trips through export and import like every other optional field.
     */
    public static final String DRAFT_FIELD = "draft";

    /** Whether the case is still a draft (草稿) awaiting the officer's confirmation. */
    public boolean draft() {
        return Boolean.TRUE.equals(extra == null ? null : extra.get(DRAFT_FIELD));
    }

    /** This case info marked as a draft, or confirmed (the field removed). */
    public CaseInfo withDraft(boolean draft) {
        java.util.Map<String, Object> fields =
                new java.util.LinkedHashMap<>(extra == null ? java.util.Map.of() : extra.fields());
        if (draft) {
            fields.put(DRAFT_FIELD, Boolean.TRUE);
        } else {
            fields.remove(DRAFT_FIELD);
        }
        return new CaseInfo(caseNumber, title, agency, district, industry, source, violationDate,
                discoveredOn, filedOn, status, new Extra(fields));
    }
}
