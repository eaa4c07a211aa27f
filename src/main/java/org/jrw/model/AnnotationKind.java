package org.jrw.model;

import java.util.Optional;

/** What an annotation says about the evidence: 疑点, 认定, 瑕疵, 补正要求, 备注, 个人信息. */
public enum AnnotationKind {
    QUESTION("疑点"),
    FINDING("认定"),
    DEFECT("瑕疵"),
    CORRECTION("补正要求"),
    NOTE("备注"),
    /** A region or item holding personal data: blurred or cut out in training copies (anonymize). */
    PERSONAL_DATA("个人信息");

    private final String labelZh;

    AnnotationKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** By name (case-insensitive) or Chinese label. */
    public static Optional<AnnotationKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        for (AnnotationKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.labelZh.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
