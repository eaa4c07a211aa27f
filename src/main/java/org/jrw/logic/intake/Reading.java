package org.jrw.logic.intake;

import org.jrw.model.DocumentType;

/**
 * One value read from a document for one field of the manifest ({@code parties[0].name},
 * {@code documents[3].deliveredOn}), with where it was read. {@code value} is a String, Long,
 * Boolean, {@link java.time.LocalDate} or a list of strings.
 */
public record Reading(String field, Object value, Source source, DocumentType from, String rule) {
    /** Where a value was read: the file (as named in the intake), the page (null: no pages), the sentence. */
    public record Source(String file, Integer page, String text) {
    }

    /** The value as compared between readings: blanks and full-width forms do not make a difference. */
    public String key() {
        return normalize(value);
    }

    static String normalize(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString().replaceAll("\\s", "");
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '！' && c <= '～') {
                c = (char) (c - 0xFEE0);
            }
            sb.append(c);
        }
        return sb.toString().replace('〔', '[').replace('〕', ']').replace('(', '(').toUpperCase(java.util.Locale.ROOT);
    }
}
