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
}
