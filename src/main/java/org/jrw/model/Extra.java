package org.jrw.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a manifest object that this version does not know. They are kept in their original
 * order and written out again unchanged on export. Values are JSON-shaped Java objects
 * (Map, List, String, Number, Boolean or null).
 */
public final class Extra {
    public static final Extra NONE = new Extra(Map.of());
    private final Map<String, Object> fields;

    public Extra(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public Object get(String name) {
        return fields.get(name);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extra e && e.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
