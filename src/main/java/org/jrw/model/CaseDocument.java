package org.jrw.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A document of the dossier (文书). {@code typeCode} is the code as written in the manifest;
 * {@link #type()} maps unknown codes to {@link DocumentType#OTHER}.
 */
public record CaseDocument(
        String id,
        String typeCode,
        String title,
        String number,
        LocalDate date,
        LocalDate deliveredOn,
        String file,
        String sha256,
        Map<String, Object> states,
        Extra extra) {

    public DocumentType type() {
        return DocumentType.ofCodeOrOther(typeCode);
    }

    /** A number the document states, such as {@code fineYuan}, or null. */
    public Long statedLong(String key) {
        Object v = states == null ? null : states.get(key);
        return v instanceof Number n ? n.longValue() : null;
    }
}
