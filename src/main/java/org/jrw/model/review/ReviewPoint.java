package org.jrw.model.review;

import java.util.Optional;

/**
 * The seven review points (审查要点) of a joint review, in the order the opinion lists them. Each
 * maps to the findings category of the legality checks that concerns it.
 */
public enum ReviewPoint {
    SUBJECT("主体是否适格", "主体"),
    FACTS("事实是否清楚", "事实证据"),
    EVIDENCE("证据是否确实充分", "事实证据"),
    LAW("适用法律是否正确", "法律适用"),
    PROCEDURE("程序是否合法", "程序"),
    DISCRETION("裁量是否适当", "裁量"),
    DOCUMENTS("文书是否规范", "文书");

    private final String labelZh;
    private final String findingCategory;

    ReviewPoint(String labelZh, String findingCategory) {
        this.labelZh = labelZh;
        this.findingCategory = findingCategory;
    }

    public String labelZh() {
        return labelZh;
    }

    /** The {@code Finding.category} shown beside this point. */
    public String findingCategory() {
        return findingCategory;
    }

    /** By name ({@code FACTS}) or Chinese label ({@code 事实是否清楚}). */
    public static Optional<ReviewPoint> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        for (ReviewPoint p : values()) {
            if (p.name().equalsIgnoreCase(t) || p.labelZh.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
