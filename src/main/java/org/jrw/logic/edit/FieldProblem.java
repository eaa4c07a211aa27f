package org.jrw.logic.edit;

import org.jrw.i18n.Messages;

/**
 * Something wrong with a field of a case: the field's path ({@code parties[p1].creditCode}, or an
 * item {@code documents[d7]}, or {@code case} for the case's dates taken together), the i18n key
 * and arguments of the reason (argument 0 is the field's name for people), and whether it refuses
 * an edit ({@code blocking}) or is only shown (a citation of a law the library does not hold).
 */
public record FieldProblem(String path, String key, Object[] args, boolean blocking) {

    public FieldProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public static FieldProblem error(String path, String key, Object... args) {
        return new FieldProblem(path, key, args, true);
    }

    public static FieldProblem note(String path, String key, Object... args) {
        return new FieldProblem(path, key, args, false);
    }

    public String message() {
        return Messages.get(key, args);
    }

    /** What makes two problems the same problem: an edit is refused only for problems it brings in. */
    public String identity() {
        StringBuilder sb = new StringBuilder(path).append('|').append(key);
        for (Object a : args) {
            sb.append('|').append(a);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem f && f.identity().equals(identity()) && f.blocking == blocking;
    }

    @Override
    public int hashCode() {
        return identity().hashCode();
    }

    @Override
    public String toString() {
        return path + "：" + message();
    }
}
