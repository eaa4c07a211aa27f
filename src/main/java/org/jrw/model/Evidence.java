package org.jrw.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An evidence item with its statutory kind and the violations it proves. */
public record Evidence(
        String id,
        String typeText,
        String title,
        LocalDate collectedOn,
        String collectedBy,
        String source,
        String file,
        String sha256,
        List<String> proves,
        Extra extra) {

    public Optional<EvidenceKind> kind() {
        return EvidenceKind.fromText(typeText);
    }
}
