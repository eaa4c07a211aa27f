package org.jrw.model;

/** Roles of the joint review panel. */
public enum Role {
    CHAIR("主持人"),
    OFFICER("执法业务骨干"),
    LEGAL_ADVISER("法律顾问"),
    EXPERT("行业领域专家");

    private final String labelZh;

    Role(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public static java.util.Optional<Role> parse(String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(s.strip()) || r.labelZh.equals(s.strip())) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
