package org.jrw.logic.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;

/**
 * Proposes what a file is from its document title (the first lines of its text) and its file name:
 * one of the document types of the dossier format, in its standard filing order, or one of the
 * eight evidence kinds. The title a document prints outranks its file name; the more specific title
 * is tried first (文书送达回执（行政处罚决定书） is a receipt, 行政处罚听证告知书 a hearing-rights notice).
 */
public final class Classifier {
    private record Rule(Pattern pattern, DocumentType type) {
    }

    private record KindRule(Pattern pattern, EvidenceKind kind) {
    }

    /** Most specific first. */
    private static final List<Rule> DOCUMENT_RULES = List.of(
            rule("送达回执|送达回证|送达证明", DocumentType.DELIVERY_RECEIPT),
            rule("听证告知", DocumentType.HEARING_RIGHTS_NOTICE),
            rule("听证会?通知", DocumentType.HEARING_NOTICE),
            rule("听证(会)?报告", DocumentType.HEARING_REPORT),
            rule("听证笔录", DocumentType.HEARING_RECORD),
            rule("陈述申辩笔录|陈述和?申辩笔录|陈述、申辩笔录|陈述申辩记录", DocumentType.STATEMENT_RECORD),
            rule("(行政)?处罚(事先)?告知书", DocumentType.PENALTY_NOTICE),
            rule("延期.{0,4}缴纳|分期.{0,4}缴纳", DocumentType.INSTALLMENT_APPROVAL),
            rule("罚款缴纳|缴款(凭证|书)|缴纳凭证|非税收入.*缴款|收据", DocumentType.PAYMENT_RECEIPT),
            rule("强制执行申请", DocumentType.ENFORCEMENT_APPLICATION),
            rule("涉嫌犯罪.*移送|案件移送书", DocumentType.CRIMINAL_TRANSFER),
            rule("结案审批|结案报告", DocumentType.CLOSING_APPROVAL),
            rule("(行政)?处罚决定书", DocumentType.PENALTY_DECISION),
            rule("法制审核", DocumentType.LEGAL_REVIEW),
            rule("集体讨论", DocumentType.COLLECTIVE_DISCUSSION),
            rule("调查终结报告|案件调查报告|调查终结", DocumentType.INVESTIGATION_REPORT),
            rule("鉴定委托|鉴定意见|鉴定报告|检测报告|检验报告", DocumentType.APPRAISAL),
            rule("先行登记保存", DocumentType.EVIDENCE_PRESERVATION),
            rule("抽样取证", DocumentType.SAMPLING_VOUCHER),
            rule("勘验笔录", DocumentType.SURVEY_RECORD),
            rule("询问笔录", DocumentType.INQUIRY_RECORD),
            rule("询问通知", DocumentType.INQUIRY_NOTICE),
            rule("立案审批|立案登记", DocumentType.FILING_APPROVAL),
            rule("整改复查|复查意见", DocumentType.RECHECK_OPINION),
            rule("现场处理措施", DocumentType.ON_SITE_MEASURE),
            rule("责令(限期)?整改|责令限期改正|整改指令", DocumentType.RECTIFICATION_ORDER),
            rule("现场检查记录|检查记录|现场检查笔录", DocumentType.INSPECTION_RECORD),
            rule("举报(记录|登记)|移送函|案件线索|案源", DocumentType.CASE_SOURCE));

    private static final List<KindRule> EVIDENCE_RULES = List.of(
            kind("鉴定", EvidenceKind.EXPERT_OPINION),
            kind("现场笔录|勘验", EvidenceKind.INSPECTION_RECORD),
            kind("证人证言|证言|证明材料", EvidenceKind.WITNESS),
            kind("陈述|情况说明|自述|检讨", EvidenceKind.PARTY_STATEMENT),
            kind("录音|录像|视频|音频|执法记录仪", EvidenceKind.AUDIOVISUAL),
            kind("截图|截屏|电子数据|聊天记录|系统查询|数据导出|监控数据", EvidenceKind.ELECTRONIC),
            kind("照片|相片|图片|实物|物证", EvidenceKind.PHYSICAL),
            kind("营业执照|复印件|合同|花名册|证书|证明|台账|记录|制度|清单|发票|登记表|许可证|身份证|名册", EvidenceKind.DOCUMENTARY));

    /** Words of a picture's name that say it is a photograph or a screenshot, not a scanned document. */
    private static final Pattern PICTURE_NAME = Pattern.compile("照片|相片|截图|截屏|拍摄");

    private static final List<String> MEDIA = List.of("mp4", "avi", "mov", "mkv", "wmv", "flv", "3gp", "mpg", "mpeg",
            "wav", "mp3", "amr", "m4a", "aac", "wma", "ogg");
    private static final List<String> IMAGES = List.of("jpg", "jpeg", "png", "tif", "tiff", "bmp", "gif", "heic", "webp");
    private static final List<String> DATA = List.of("xls", "xlsx", "csv", "json", "xml", "db", "zip", "rar", "7z", "html", "htm");

    private Classifier() {
    }

    private static Rule rule(String regex, DocumentType t) {
        return new Rule(Pattern.compile(regex), t);
    }

    private static KindRule kind(String regex, EvidenceKind k) {
        return new KindRule(Pattern.compile(regex), k);
    }

    /** The proposal for a file from its name (without folders) and its text (may be empty). */
    public static Classification classify(String fileName, DocText text) {
        String ext = extension(fileName);
        String base = stripExtension(fileName);
        // a picture named as a photograph or screenshot is that evidence, whatever text recognition
        // reads in it: a photo of a notice board or of a served document is not the document
        if (IMAGES.contains(ext) && PICTURE_NAME.matcher(base).find()) {
            for (KindRule r : EVIDENCE_RULES) {
                if (r.pattern().matcher(base).find()) {
                    return Classification.evidence(r.kind(), Classification.Basis.NAME);
                }
            }
        }
        // a document's own title, printed in its first lines
        if (text != null && !text.isBlank()) {
            for (String line : text.head(6)) {
                String t = line.replaceAll("\\s", "");
                if (t.length() > 40) {
                    continue;
                }
                DocumentType byTitle = documentType(t);
                if (byTitle != null) {
                    return Classification.document(byTitle, Classification.Basis.TITLE);
                }
            }
        }
        DocumentType byName = documentType(base);
        if (byName != null && !MEDIA.contains(ext) && !IMAGES.contains(ext)) {
            return Classification.document(byName, Classification.Basis.NAME);
        }
        for (KindRule r : EVIDENCE_RULES) {
            if (r.pattern().matcher(base).find()) {
                return Classification.evidence(r.kind(), Classification.Basis.NAME);
            }
        }
        if (MEDIA.contains(ext)) {
            return Classification.evidence(EvidenceKind.AUDIOVISUAL, Classification.Basis.FILE_TYPE);
        }
        if (IMAGES.contains(ext)) {
            return Classification.evidence(EvidenceKind.PHYSICAL, Classification.Basis.FILE_TYPE);
        }
        if (DATA.contains(ext)) {
            return Classification.evidence(EvidenceKind.ELECTRONIC, Classification.Basis.FILE_TYPE);
        }
        if (byName != null) {
            return Classification.document(byName, Classification.Basis.NAME);
        }
        if (List.of("pdf", "docx", "doc", "txt", "wps", "ofd").contains(ext)) {
            return Classification.evidence(EvidenceKind.DOCUMENTARY, Classification.Basis.FILE_TYPE);
        }
        return Classification.UNKNOWN;
    }

    /** The document type a title or name names, or null. */
    public static DocumentType documentType(String text) {
        for (Rule r : DOCUMENT_RULES) {
            if (r.pattern().matcher(text).find()) {
                return r.type();
            }
        }
        return null;
    }

    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stripExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String n = name.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    public static boolean isMedia(String name) {
        return MEDIA.contains(extension(name));
    }

    public static boolean isImage(String name) {
        return IMAGES.contains(extension(name));
    }
}
