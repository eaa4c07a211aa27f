package org.jrw.model;

import java.util.Optional;

/**
 * Dossier document types in the standard filing order of the {@code .jrcase} format v1.
 * The declaration order IS the filing order; {@link #served()} says whether the document is
 * served on the party (送达).
 */
public enum DocumentType {
    CASE_SOURCE("案源材料", false),
    INSPECTION_RECORD("现场检查记录", false),
    RECTIFICATION_ORDER("责令限期整改指令书", true),
    ON_SITE_MEASURE("现场处理措施决定书", true),
    RECHECK_OPINION("整改复查意见书", true),
    FILING_APPROVAL("立案审批表", false),
    INQUIRY_NOTICE("询问通知书", true),
    INQUIRY_RECORD("询问笔录", false),
    SURVEY_RECORD("勘验笔录", false),
    SAMPLING_VOUCHER("抽样取证凭证", true),
    EVIDENCE_PRESERVATION("先行登记保存证据文书", true),
    APPRAISAL("鉴定委托书、鉴定意见", false),
    INVESTIGATION_REPORT("案件调查终结报告", false),
    LEGAL_REVIEW("法制审核意见书", false),
    COLLECTIVE_DISCUSSION("集体讨论记录", false),
    PENALTY_NOTICE("行政处罚告知书", true),
    HEARING_RIGHTS_NOTICE("听证告知书", true),
    STATEMENT_RECORD("陈述申辩笔录", false),
    HEARING_NOTICE("听证会通知书", true),
    HEARING_RECORD("听证笔录", false),
    HEARING_REPORT("听证会报告书", false),
    PENALTY_DECISION("行政处罚决定书", true),
    DELIVERY_RECEIPT("文书送达回执", false),
    PAYMENT_RECEIPT("罚款缴纳凭证", false),
    INSTALLMENT_APPROVAL("延期（分期）缴纳批准书", true),
    ENFORCEMENT_APPLICATION("强制执行申请书", false),
    CRIMINAL_TRANSFER("涉嫌犯罪案件移送书", false),
    CLOSING_APPROVAL("结案审批表", false),
    OTHER("其他", false);

    private final String labelZh;
    private final boolean served;

    DocumentType(String labelZh, boolean served) {
        this.labelZh = labelZh;
        this.served = served;
    }

    public String labelZh() {
        return labelZh;
    }

    public boolean served() {
        return served;
    }

    /** Position in the standard filing order (0 = first). */
    public int filingOrder() {
        return ordinal();
    }

    /** The type for a code as written in a manifest, or empty when the code is not one of v1's. */
    public static Optional<DocumentType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (DocumentType t : values()) {
            if (t.name().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type for a code; unknown codes are filed as {@link #OTHER}. */
    public static DocumentType ofCodeOrOther(String code) {
        return fromCode(code).orElse(OTHER);
    }
}
