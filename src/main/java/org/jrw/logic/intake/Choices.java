package org.jrw.logic.intake;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the user decided on a proposal: a changed classification per file (by its position in the
 * scan), a value per field (accepted, edited, or the chosen side of a conflict) and fields rejected
 * (left empty). Mutable, owned by one caller (the intake view-model, or nobody on the command line).
 */
public final class Choices {
    private final Map<Integer, Classification> types = new HashMap<>();
    private final Map<String, Object> values = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    public Choices classify(int file, Classification c) {
        types.put(file, c);
        return this;
    }

    public Choices set(String field, Object value) {
        rejected.remove(field);
        values.put(field, value);
        return this;
    }

    public Choices reject(String field) {
        values.remove(field);
        rejected.add(field);
        return this;
    }

    public Classification typeOf(int file, Classification proposed) {
        return types.getOrDefault(file, proposed);
    }

    public boolean decided(String field) {
        return values.containsKey(field) || rejected.contains(field);
    }

    public boolean rejected(String field) {
        return rejected.contains(field);
    }

    public Object value(String field) {
        return values.get(field);
    }

    public Choices copy() {
        Choices c = new Choices();
        c.types.putAll(types);
        c.values.putAll(values);
        c.rejected.addAll(rejected);
        return c;
    }
}
