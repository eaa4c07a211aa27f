package org.jrw.model.review;

import java.util.Optional;

/** A member's view on one review point. */
public enum ViewKind {
    AGREE("同意"),
    OBJECT("有异议"),
    SUPPLEMENT("补充意见");

    private final String labelZh;

    ViewKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public static Optional<ViewKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        for (ViewKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.labelZh.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
