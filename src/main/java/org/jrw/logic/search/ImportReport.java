package org.jrw.logic.search;

import java.util.List;

/** The outcome of a JSON Lines import: records stored (new, changed or already there) and lines rejected. */
public record ImportReport(int imported, List<Rejected> rejected) {
    /** A line not imported: its number (from 1) and the reason, in the user's language. */
    public record Rejected(int line, String reason) {
    }
}
