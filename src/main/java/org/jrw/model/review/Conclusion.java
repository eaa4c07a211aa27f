package org.jrw.model.review;

import java.util.Optional;

/** The panel's conclusion (联审结论). */
public enum Conclusion {
    APPROVE("同意"),
    APPROVE_WITH_CHANGES("修改后同意"),
    FURTHER_INVESTIGATION("补充调查"),
    REJECT("不同意");

    private final String labelZh;

    Conclusion(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public static Optional<Conclusion> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        for (Conclusion c : values()) {
            if (c.name().equalsIgnoreCase(t) || c.labelZh.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
