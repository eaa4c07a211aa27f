package org.jrw.model;

import java.util.Objects;

/**
 * One row of the case list.
 *
 * <p>{@code equals} and {@code hashCode} are written out, field by field, as the record would
 * generate them: the generated ones link a method-handle tree on their first call (some ms of CPU),
 * and the window's list and properties call them while it opens. {@code RecordEqualityTest} checks
 * that every component takes part.
 */
public record CaseSummary(String caseId, String caseNumber, String title, String status,
                          String district, String industry, String agency) {
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CaseSummary c && Objects.equals(caseId, c.caseId)
                && Objects.equals(caseNumber, c.caseNumber) && Objects.equals(title, c.title)
                && Objects.equals(status, c.status) && Objects.equals(district, c.district)
                && Objects.equals(industry, c.industry) && Objects.equals(agency, c.agency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, caseNumber, title, status, district, industry, agency);
    }
}
