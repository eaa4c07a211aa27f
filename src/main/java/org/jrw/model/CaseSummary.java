package org.jrw.model;

/** One row of the case list. */
public record CaseSummary(String caseId, String caseNumber, String title, String status,
                          String district, String industry, String agency) {
}
