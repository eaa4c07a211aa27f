package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field of the draft with every reading of it. When the readings agree the field has a
 * {@link #value()}; when they differ it is a conflict (two or more {@link #alternatives()}) and
 * has no value until the user picks one — nothing is guessed.
 */
public record FieldValue(String field, List<Reading> readings) {

    /** The distinct values read, each with the readings that gave it, in order of first appearance. */
    public Map<String, List<Reading>> alternatives() {
        Map<String, List<Reading>> m = new LinkedHashMap<>();
        for (Reading r : readings) {
            m.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    public boolean conflict() {
        return alternatives().size() > 1;
    }

    /** The agreed value, or null in a conflict. */
    public Object value() {
        return conflict() || readings.isEmpty() ? null : readings.get(0).value();
    }

    /** The first reading that gave the agreed value (its source is shown), or null. */
    public Reading source() {
        return conflict() || readings.isEmpty() ? null : readings.get(0);
    }
}
