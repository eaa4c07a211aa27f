package org.jrw.logic.exchange;

import java.util.List;

/**
 * A comment as a PDF reader (Acrobat, WPS, Foxit …) stored it, read from a PDF or an XFDF file
 * before it is mapped to the case: its key ({@code /NM}, or a digest of its content when the
 * reader wrote none), subtype, 0-based page, {@code /Rect} and {@code /QuadPoints} in user space,
 * {@code /T}, {@code /Contents}, {@code /Subj}, dates, and the key of the comment it replies to
 * ({@code /IRT}, with {@code /RT}).
 */
public record ForeignComment(String key, boolean named, String subtype, int page, double[] rect, List<double[]> quads,
                             String author, String contents, String subject, String created, String modified,
                             String parentKey, String replyType, String state) {

    /** The subtypes taken as comments; others (links, widgets, attachments, sounds …) are not. */
    public static final List<String> SUPPORTED = List.of("Text", "FreeText", "Line", "Square", "Circle", "Polygon",
            "PolyLine", "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink");

    public ForeignComment {
        quads = quads == null ? List.of() : List.copyOf(quads);
    }

    /** A reply in the thread sense ({@code /RT /R} or no {@code /RT}); a group member is not a reply. */
    public boolean isReply() {
        return parentKey != null && !"Group".equals(replyType);
    }

    /** A review state set on another comment (Acrobat's "Accepted", "Completed" …), not a comment. */
    public boolean isStateChange() {
        return state != null;
    }

    /** Key of a comment without {@code /NM}: a digest of what identifies it in the file. */
    static String derivedKey(int page, String subtype, double[] rect, String author, String contents, String created) {
        StringBuilder s = new StringBuilder();
        s.append(page).append('|').append(subtype).append('|');
        if (rect != null) {
            for (double v : rect) {
                s.append(Math.round(v * 10) / 10.0).append(',');
            }
        }
        s.append('|').append(author).append('|').append(contents).append('|').append(created);
        return "x-" + org.jrw.persistence.Vault.hash(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 24);
    }
}
