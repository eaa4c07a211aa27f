package org.jrw.logic.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.BadInputException;

/**
 * A path into a manifest as scripts and forms name a field: {@code case.caseNumber},
 * {@code parties[0].creditCode} (by position, from 0), {@code parties[p1].creditCode} (by id),
 * {@code violations[v1].proposed.fineYuan}, {@code documents[d7].deliveredOn}, or an item alone
 * ({@code officers[1]}) for removing it. {@code key} is the bracketed id or position (null for
 * {@code case}); {@code field} the field's names below the item.
 */
public record EditPath(String collection, String key, List<String> field) {
    public static final Set<String> COLLECTIONS = Set.of("parties", "officers", "violations", "documents", "evidence");
    private static final Pattern ITEM = Pattern.compile("([A-Za-z]+)(?:\\[([^\\]]+)\\])?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public EditPath {
        field = List.copyOf(field);
    }

    /** Reads a path; a malformed one is bad input naming it. */
    public static EditPath parse(String text) {
        String t = text == null ? "" : text.strip();
        int dot = t.indexOf('.');
        int close = t.indexOf(']');
        if (close >= 0 && (dot < 0 || dot > t.indexOf('['))) {
            dot = t.indexOf('.', close);
        }
        String head = dot < 0 ? t : t.substring(0, dot);
        Matcher m = ITEM.matcher(head);
        if (!m.matches()) {
            throw new BadInputException("edit.path.malformed", t);
        }
        String collection = m.group(1);
        String key = m.group(2) == null ? null : m.group(2).strip();
        if (collection.equals("case")) {
            if (key != null) {
                throw new BadInputException("edit.path.malformed", t);
            }
        } else if (!COLLECTIONS.contains(collection)) {
            throw new BadInputException("edit.path.unknown", t);
        } else if (key == null || key.isEmpty()) {
            throw new BadInputException("edit.path.noItem", t);
        }
        List<String> field = new ArrayList<>();
        if (dot >= 0) {
            for (String part : t.substring(dot + 1).split("\\.", -1)) {
                if (!NAME.matcher(part).matches()) {
                    throw new BadInputException("edit.path.malformed", t);
                }
                field.add(part);
            }
        }
        return new EditPath(collection, key, field);
    }

    /** Whether the key is a position ({@code [0]}) rather than an id. */
    public boolean byPosition() {
        return key != null && key.chars().allMatch(Character::isDigit);
    }

    /** The schema key of the field: {@code parties.creditCode}. */
    public String fieldKey() {
        return collection + (field.isEmpty() ? "" : "." + String.join(".", field));
    }

    public EditPath withKey(String k) {
        return new EditPath(collection, k, field);
    }

    public EditPath item() {
        return new EditPath(collection, key, List.of());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(collection);
        if (key != null) {
            sb.append('[').append(key).append(']');
        }
        for (String f : field) {
            sb.append('.').append(f);
        }
        return sb.toString();
    }
}
