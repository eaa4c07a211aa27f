package org.jrw.model;

import java.util.Optional;

/** The eight statutory kinds of evidence (行政处罚法 第四十六条), in the statute's order. */
public enum EvidenceKind {
    DOCUMENTARY("书证"),
    PHYSICAL("物证"),
    AUDIOVISUAL("视听资料"),
    ELECTRONIC("电子数据"),
    WITNESS("证人证言"),
    PARTY_STATEMENT("当事人的陈述"),
    EXPERT_OPINION("鉴定意见"),
    INSPECTION_RECORD("勘验笔录、现场笔录");

    private final String labelZh;

    EvidenceKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Maps the manifest's {@code evidence[].type} text to a kind; 勘验笔录 and 现场笔录 are one kind. */
    public static Optional<EvidenceKind> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        switch (t) {
            case "书证": return Optional.of(DOCUMENTARY);
            case "物证": return Optional.of(PHYSICAL);
            case "视听资料": return Optional.of(AUDIOVISUAL);
            case "电子数据": return Optional.of(ELECTRONIC);
            case "证人证言": return Optional.of(WITNESS);
            case "当事人的陈述": case "当事人陈述": return Optional.of(PARTY_STATEMENT);
            case "鉴定意见": return Optional.of(EXPERT_OPINION);
            case "勘验笔录": case "现场笔录": case "勘验笔录、现场笔录": return Optional.of(INSPECTION_RECORD);
            default: return Optional.empty();
        }
    }
}
