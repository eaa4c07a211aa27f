package org.jrw.model;

/** A party is a unit (单位) or a natural person (个人). */
public enum PartyKind {
    UNIT("unit", "单位"),
    PERSON("person", "个人");

    private final String code;
    private final String labelZh;

    PartyKind(String code, String labelZh) {
        this.code = code;
        this.labelZh = labelZh;
    }

    public String code() {
        return code;
    }

    public String labelZh() {
        return labelZh;
    }

    public static PartyKind fromCode(String code) {
        for (PartyKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return null;
    }
}
