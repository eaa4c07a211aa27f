package org.jrw.logic.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.DocumentType;

/**
 * Reads the case's fields from the standard documents, each value with its source. Every rule is
 * written on the official wording of the documents (行政处罚决定书, 行政处罚告知书, 立案审批表,
 * 送达回执 …) and keeps to where the value is the document's own:
 * <ul>
 * <li>the case number is only the decision's own number in its heading, never a number the text
 * cites (a notice's, a rectification order's) nor the filing form's;</li>
 * <li>a fine is an amount of the sentence that imposes (decision), announces (notice) or proposes
 * (review, report) the penalty; a statutory range (处…以上…以下), a daily surcharge and confiscated
 * gains are not fines;</li>
 * <li>the party is read from the heading block of a document (before its body), so the bureau's
 * own contact address in a notice's footer is not taken for the party's.</li>
 * </ul>
 */
public final class Extractor {
    /** A document to read: its index among the draft's documents, file name, type and text. */
    public record Doc(int index, String file, DocumentType type, DocText text) {
    }

    static final String NAME_CHARS = "[\\u4e00-\\u9fa5·•某ＸX*＊]";
    private static final Pattern AGENCY = Pattern.compile(
            "^[\\u4e00-\\u9fa5（）()]{2,30}(应急管理局|应急管理厅|应急管理委员会|安全生产监督管理局|安全监管局|应急局|综合行政执法局|管理局|管理委员会)$");
    /**
     * A document number: an optional authority abbreviation in brackets ((湘株醴), (津保)), the
     * issuer's and type's abbreviation, the year in brackets, an optional sub-series (执法二中队-,
     * k-) and the serial number: 西应急罚〔2024〕37号, (湘怀沅)应急罚〔2025〕执法二中队-9号.
     */
    static final Pattern DOC_NUMBER = Pattern.compile(
            "((?:[(（][\\u4e00-\\u9fa5]{1,8}[)）])?[\\u4e00-\\u9fa5A-Za-z]{1,14}[〔\\[［【(（﹝]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）﹞][\\u4e00-\\u9fa5A-Za-z0-9]{0,8}[-－—]?第?\\s*\\d{1,6}\\s*号)");
    static final Pattern CREDIT = Pattern.compile("(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])");
    static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?:统一社会信用代码|社会信用代码|信用代码)[：:\\s]*([0-9A-Za-z*＊]{18}|[0-9A-Z]{2,10}[*＊xX]{2,}[0-9A-Za-z]{0,8})(?![0-9A-Za-z*＊])");
    static final Pattern ID_LABEL = Pattern.compile(
            "(?:公民身份号码|居民身份证号码|身份证号码|身份证号|身份证件号码)[：:\\s]*([0-9Xx*＊]{15,18})");
    static final String STOP_LABELS =
            "统一社会信用代码|社会信用代码|住所|地址|住址|法定代表人|负责人|身份证|公民身份号码|职务|联系电话|电话|性别|年龄|出生|民族|工作单位|邮编|邮政编码|经营场所";
    static final Pattern UNIT_LABEL = Pattern.compile(
            "^[(（]?(?:被处罚单位(?:名称)?|当事人(?:名称)?|被检查单位(?:名称)?|单位名称|公司名称|企业名称|被处罚人（单位）|受处罚单位)[)）]?"
            + "(?:[（(](?:名称|单位|个人|一|二|三|全称)[）)])?[：:\\s]\\s*(.+)$");
    static final Pattern PERSON_LABEL = Pattern.compile(
            "^(?:被处罚人(?:姓名)?|当事人(?:姓名)?|姓名)(?:[（(](?:个人|姓名|一|二|三)[）)])?[：:\\s]\\s*(.+)$");
    static final Pattern LEGAL_REP = Pattern.compile(
            "(?:法定代表人(?:（负责人）|\\(负责人\\)|（主要负责人）|\\(主要负责人\\)|或者?负责人|/负责人)?|单位负责人|(?:^|(?<=[\\s\\u3000，,；;]))(?:主要负责人|负责人|经营者|投资人))[：:\\s]\\s*(" + NAME_CHARS + "{2,10})");
    static final Pattern ADDRESS = Pattern.compile(
            "(?:^|[，,；;\\s])(?:住所|住所地|住址|家庭住址|现住址|地址|注册地址|经营地址|单位地址|经营场所)[：:\\s]\\s*([^，,；;。\\s]{4,60})");
    static final Pattern POSITION = Pattern.compile("(?:^|[，,；;\\s])职务[：:\\s]\\s*([^，,；;。\\s]{2,20})");
    static final Pattern UNIT_SUFFIX = Pattern.compile(
            "(公司|厂|店|中心|合作社|加油站|站|场|矿|院|所|集团|商行|经营部|门市部|工作室|酒店|宾馆|工地|项目部|学校|医院|协会)$");
    static final Pattern BODY_START = Pattern.compile(
            "^(经查|现查明|我局|本局|你单位|你公司|你于|你在|根据|依据|一、|.{0,30}于\\s*\\d{4}\\s*年)");
    private static final Pattern FILED_IN_TEXT = Pattern.compile("于\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*(?:依法)?(?:予以)?立案");
    private static final Pattern DISCOVERED_IN_TEXT = Pattern.compile(
            "于\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)[^。；]{0,30}?(?:进行|开展|实施)[^。；]{0,12}?(?:检查|执法)");
    /** A date as forms print it after a label: 2025年3月14日, 二〇二五年三月十四日, 2025-03-14. */
    private static final String LABEL_DATE =
            "\\s*[：:]\\s*((?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年[^日]{1,8}?日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})";
    private static final Pattern FILED_LABEL = Pattern.compile("立案(?:日期|时间)" + LABEL_DATE);
    private static final Pattern DISCOVERED_LABEL = Pattern.compile("发现(?:日期|时间)" + LABEL_DATE);
    private static final Pattern VIOLATION_LABEL = Pattern.compile("违法(?:行为)?(?:发生)?(?:日期|时间)" + LABEL_DATE);
    private static final Pattern SOURCE_LABEL = Pattern.compile("案件来源\\s*[：:]\\s*([^\\s，,。；;：:]{2,20})");
    private static final Pattern OFFICER_PAIR = Pattern.compile(
            "(" + NAME_CHARS + "{2,4})\\s*[（(]?\\s*(?:执法证号|执法证件号码?|执法证编号|行政执法证号|证件号|证号)[：:\\s]*([0-9A-Za-z]{6,20})");
    private static final Pattern CERT_LIST = Pattern.compile(
            "(?:执法证号|执法证件号码?|执法证编号)(?:分别)?(?:为|是)?[：:\\s]*([0-9A-Za-z]{6,20}(?:\\s*[、，,和及]\\s*[0-9A-Za-z]{6,20})+)");
    private static final Pattern OFFICER_NAMES = Pattern.compile(
            "(?:指定|由|执法人员|承办人|调查人员|询问人|检查人员)[：:\\s]*((?:" + NAME_CHARS + "{2,4})(?:\\s*[、，,和]\\s*" + NAME_CHARS + "{2,4})+)");
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:案件名称|案由)[：:\\s]\\s*(.{6,80}?案)");

    private static final Set<DocumentType> CASE_DOCS = EnumSet.of(DocumentType.PENALTY_DECISION,
            DocumentType.PENALTY_NOTICE, DocumentType.HEARING_RIGHTS_NOTICE, DocumentType.LEGAL_REVIEW,
            DocumentType.INVESTIGATION_REPORT, DocumentType.COLLECTIVE_DISCUSSION, DocumentType.FILING_APPROVAL,
            DocumentType.HEARING_REPORT, DocumentType.CLOSING_APPROVAL);
    private static final Set<DocumentType> FINE_DOCS = EnumSet.of(DocumentType.PENALTY_DECISION,
            DocumentType.PENALTY_NOTICE, DocumentType.HEARING_RIGHTS_NOTICE, DocumentType.LEGAL_REVIEW,
            DocumentType.INVESTIGATION_REPORT, DocumentType.COLLECTIVE_DISCUSSION, DocumentType.HEARING_REPORT);
    private static final Set<DocumentType> NO_OWN_NUMBER = EnumSet.of(DocumentType.DELIVERY_RECEIPT,
            DocumentType.PAYMENT_RECEIPT, DocumentType.INQUIRY_RECORD, DocumentType.STATEMENT_RECORD,
            DocumentType.HEARING_RECORD, DocumentType.SURVEY_RECORD);
    private static final Set<DocumentType> FORMS = EnumSet.of(DocumentType.FILING_APPROVAL,
            DocumentType.CLOSING_APPROVAL, DocumentType.INVESTIGATION_REPORT, DocumentType.LEGAL_REVIEW,
            DocumentType.COLLECTIVE_DISCUSSION, DocumentType.CASE_SOURCE);
    private static final Set<DocumentType> RECORDS = EnumSet.of(DocumentType.INQUIRY_RECORD,
            DocumentType.STATEMENT_RECORD, DocumentType.HEARING_RECORD, DocumentType.SURVEY_RECORD,
            DocumentType.INSPECTION_RECORD, DocumentType.COLLECTIVE_DISCUSSION);

    private final List<Reading> out = new ArrayList<>();
    private final List<Doc> docs;

    private Extractor(List<Doc> docs) {
        this.docs = docs;
    }

    /** Every reading of every document, in document order. */
    public static List<Reading> extract(List<Doc> docs) {
        Extractor x = new Extractor(docs);
        for (Doc d : docs) {
            if (d.text() == null || d.text().isBlank()) {
                continue;
            }
            x.agency(d);
            x.number(d);
            x.date(d);
            if (CASE_DOCS.contains(d.type())) {
                new PartyReader(x).party(d);
                x.title(d);
            }
            if (d.type() == DocumentType.FILING_APPROVAL || d.type() == DocumentType.INSPECTION_RECORD
                    || d.type() == DocumentType.PENALTY_DECISION || d.type() == DocumentType.INQUIRY_RECORD) {
                x.officers(d);
            }
            if (FINE_DOCS.contains(d.type())) {
                new ViolationReader(x, d).read();
            }
            if (d.type() == DocumentType.PENALTY_DECISION) {
                x.caseDates(d);
            }
            if (d.type() == DocumentType.FILING_APPROVAL || d.type() == DocumentType.CASE_SOURCE) {
                x.labelledCaseFields(d);
            }
            ServiceReader service = new ServiceReader(x);
            service.served(d);
            service.signedOnReceipt(d);
        }
        for (Doc d : docs) {
            if (d.type() == DocumentType.DELIVERY_RECEIPT && d.text() != null && !d.text().isBlank()) {
                new ServiceReader(x).receipt(d);
            }
        }
        return List.copyOf(x.out);
    }

    // ---------------------------------------------------------------- helpers

    void add(String field, Object value, Doc d, int page, String text, String rule) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return;
        }
        out.add(new Reading(field, value, new Reading.Source(d.file(), d.text().pageNumber(page), text.strip()),
                d.type(), rule));
    }

    /** A reading made by a rule of its own (a value whose source is not one line). */
    void addReading(Reading r) {
        out.add(r);
    }

    /** The readings made so far, in order. */
    List<Reading> readings() {
        return out;
    }

    /** The documents being read. */
    List<Doc> docs() {
        return docs;
    }

    /** See {@link PenaltyClauses#fineSentence}. */
    static boolean fineSentence(DocumentType type, String s) {
        return PenaltyClauses.fineSentence(type, s);
    }

    /** See {@link PenaltyClauses#fineOf}. */
    static Long fineOf(String s) {
        return PenaltyClauses.fineOf(s);
    }

    /** See {@link PenaltyClauses#provisions}. */
    static String provisions(String clause, boolean penalty) {
        return PenaltyClauses.provisions(clause, penalty);
    }

    /** Calls back for each logical line with its page index. */
    static void lines(Doc d, LineVisitor v) {
        List<List<String>> pages = d.text().pages();
        for (int p = 0; p < pages.size(); p++) {
            for (String l : pages.get(p)) {
                v.visit(p, l);
            }
        }
    }

    interface LineVisitor {
        void visit(int page, String line);
    }

    /** The sentence of a line around a position (between 。；). */
    static String sentence(String line, int pos) {
        int s = pos;
        while (s > 0 && "。；;".indexOf(line.charAt(s - 1)) < 0) {
            s--;
        }
        int e = pos;
        while (e < line.length() && "。；;".indexOf(line.charAt(e)) < 0) {
            e++;
        }
        return line.substring(s, Math.min(line.length(), e + 1));
    }

    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < line.length(); i++) {
            if ("。；;".indexOf(line.charAt(i)) >= 0) {
                out.add(line.substring(s, i + 1));
                s = i + 1;
            }
        }
        if (s < line.length()) {
            out.add(line.substring(s));
        }
        return out;
    }

    /** A labelled value cut where the next label starts or the clause ends. */
    static String cutValue(String v) {
        String t = v.strip();
        Matcher stop = Pattern.compile("[，,；;。]|\\s(?:" + STOP_LABELS + ")|(?:" + STOP_LABELS + ")[：:]|[（(](?:"
                + STOP_LABELS + ")").matcher(t);
        if (stop.find()) {
            t = t.substring(0, stop.start());
        }
        t = t.replaceAll("[（(](?:以下简称|下称)[^）)]*[）)]$", "");
        return t.strip();
    }

    /** The heading block of page 1: the lines before the body text starts. */
    static List<String> headerBlock(Doc d) {
        List<String> out = new ArrayList<>();
        if (d.text().pages().isEmpty()) {
            return out;
        }
        for (String l : d.text().pages().get(0)) {
            if (BODY_START.matcher(l).find() || l.startsWith("经查") || (!l.contains("：") && !l.contains(":") && l.length() > 50)) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    // ---------------------------------------------------------------- rules

    /** The issuing authority printed at the head of a document (西安市应急管理局). */
    void agency(Doc d) {
        for (String l : d.text().head(3)) {
            String t = l.replaceAll("\\s", "").replaceAll("(文件|行政处罚决定书|行政处罚告知书)$", "");
            if (AGENCY.matcher(t).matches()) {
                add("case.agency", t, d, 0, l, "agency.heading");
                return;
            }
        }
    }

    /** The document's own number, printed in its heading (西应急罚〔2024〕37号). */
    void number(Doc d) {
        if (d.index() < 0 || NO_OWN_NUMBER.contains(d.type())) {
            return;
        }
        List<String> head = d.text().head(8);
        for (String l : head) {
            if (l.contains("《") || l.matches(".*(文书编号|送达文书|告知书编号).*")) {
                break;
            }
            boolean labelled = l.matches("^(编号|文号|文书编号|决定书文号)[：:].*");
            if ((l.contains("：") || l.contains(":")) && !labelled) {
                break;
            }
            String compact = l.replaceAll("\\s", "");
            Matcher m = DOC_NUMBER.matcher(compact);
            if (m.find()) {
                // the number is the line, or follows a label or the document's title on it; a number
                // cited inside other words (立案编号…, a rectification order's) is not the document's own
                String before = compact.substring(0, m.start()).replaceFirst("^(编号|文号|文书编号|决定书文号)[：:]", "");
                if (m.end() != compact.length() || !(before.isEmpty() || Classifier.documentType(before) != null && before.length() <= 16)) {
                    continue;
                }
                String n = m.group(1);
                add("documents[" + d.index() + "].number", n, d, 0, l, "number.heading");
                if (d.type() == DocumentType.PENALTY_DECISION) {
                    add("case.caseNumber", n, d, 0, l, "caseNumber.decisionHeading");
                }
                return;
            }
        }
    }

    /** The date of the document: the date line under the signature; for records the time they were made. */
    void date(Doc d) {
        if (d.index() < 0) {
            return;
        }
        String field = "documents[" + d.index() + "].date";
        if (RECORDS.contains(d.type()) || d.type() == DocumentType.DELIVERY_RECEIPT) {
            Pattern label = d.type() == DocumentType.DELIVERY_RECEIPT
                    ? Pattern.compile("送达(时间|日期)") : Pattern.compile("(询问|检查|勘验|记录|讨论|听证|陈述申辩|会议)?(时间|日期)");
            List<String> p0 = d.text().pages().get(0);
            for (int i = 0; i < p0.size(); i++) {
                Matcher m = label.matcher(p0.get(i));
                if (m.find()) {
                    String rest = p0.get(i).substring(m.end()) + (i + 1 < p0.size() ? " " + p0.get(i + 1) : "");
                    List<Dates.Found> f = Dates.findAll(rest.length() > 60 ? rest.substring(0, 60) : rest);
                    if (!f.isEmpty()) {
                        add(field, f.get(0).date(), d, 0, p0.get(i) + (m.end() == p0.get(i).length() && i + 1 < p0.size() ? p0.get(i + 1) : ""),
                                "date.recordTime");
                        return;
                    }
                }
            }
        }
        // the last line that is only a date (after the seal and the authority)
        List<List<String>> pages = d.text().pages();
        for (int p = pages.size() - 1; p >= 0; p--) {
            List<String> ls = pages.get(p);
            for (int i = ls.size() - 1; i >= 0; i--) {
                String t = ls.get(i).replaceAll("\\s|（(印章|盖章|公章)）|\\((印章|盖章|公章)\\)", "");
                List<Dates.Found> f = Dates.findAll(t);
                if (f.size() == 1 && f.get(0).start() == 0 && f.get(0).end() == t.length()) {
                    add(field, f.get(0).date(), d, p, ls.get(i), "date.signature");
                    return;
                }
            }
        }
        // an approval form: the date beside the last signature (审批人：周某 2024年3月14日)
        if (FORMS.contains(d.type()) && !pages.isEmpty()) {
            List<String> last = pages.get(pages.size() - 1);
            for (int i = last.size() - 1; i >= Math.max(0, last.size() - 6); i--) {
                String l = last.get(i);
                if (l.matches(".*(期限|之日起|以前|以内|届满).*")) {
                    continue;
                }
                List<Dates.Found> f = Dates.findAll(l);
                if (!f.isEmpty()) {
                    add(field, f.get(f.size() - 1).date(), d, pages.size() - 1, l, "date.lastSignature");
                    return;
                }
            }
        }
    }

    void title(Doc d) {
        List<List<String>> pages = d.text().pages();
        for (int p = 0; p < pages.size(); p++) {
            List<String> ls = pages.get(p);
            for (int i = 0; i < ls.size(); i++) {
                String l = ls.get(i).replaceAll("\\s", "");
                // a form's cell wraps the name: 案件名称 …从事焊接 / 作业案
                // a form's cell label set beside the middle of a two-line value: …从事焊接案件名称 / 作业案
                if (l.matches(".{6,}(案件名称|案由)$") && i + 1 < ls.size()
                        && ls.get(i + 1).replaceAll("\\s", "").matches(".{1,12}案")) {
                    l = "案件名称：" + l.replaceFirst("(案件名称|案由)$", "") + ls.get(i + 1).replaceAll("\\s", "");
                }
                if (l.matches("^(案件名称|案由)[：:]?.{6,}") && !l.endsWith("案") && i + 1 < ls.size()
                        && ls.get(i + 1).replaceAll("\\s", "").matches(".{1,12}案")) {
                    l = l + ls.get(i + 1).replaceAll("\\s", "");
                }
                Matcher m = TITLE_LABEL.matcher(l.replaceFirst("^(案件名称|案由)(?=[^：:])", "$1："));
                if (m.find()) {
                    // a cell wrapped over two lines is quoted as the cell reads (案件名称：…案), not as the
                    // printed line that interleaves the label with half of the value
                    boolean joined = !l.equals(ls.get(i).replaceAll("\\s", ""));
                    add("case.title", m.group(1), d, p, joined ? l.replaceFirst("^(案件名称|案由)(?=[^：:])", "$1：") : ls.get(i),
                            "title.label");
                    return;
                }
            }
        }
    }

    /** Words of the certificate label that the name patterns may take for a name. */
    private static final String NOT_A_NAME = "(执法|证件|证号|行政执法).*";

    /** Officers and their certificate numbers: 王某（执法证号：…）, or names then 执法证号分别为 A、B. */
    void officers(Doc d) {
        Set<String> seen = new LinkedHashSet<>();
        lines(d, (p, l) -> {
            String t = l.replaceAll("\\s", "");
            Matcher pair = OFFICER_PAIR.matcher(t);
            while (pair.find()) {
                String name = pair.group(1).replaceFirst("^(执法人员|承办人|和|及|与)", "");
                // 执法证号：… without a name before it: the label's first word is no officer
                if (name.length() >= 2 && !name.matches(NOT_A_NAME) && seen.add(name)) {
                    int i = seen.size() - 1;
                    add("officers[" + i + "].name", name, d, p, l, "officer.pair");
                    add("officers[" + i + "].certificateNo", pair.group(2), d, p, l, "officer.pair");
                }
            }
            Matcher list = CERT_LIST.matcher(t);
            if (list.find() && seen.isEmpty()) {
                String[] certs = list.group(1).split("\\s*[、，,和及]\\s*");
                Matcher names = OFFICER_NAMES.matcher(t);
                if (names.find()) {
                    // a label after a comma (张某、李某，执法证号分别为…) is no name
                    String[] ns = java.util.Arrays.stream(names.group(1).split("\\s*[、，,和]\\s*"))
                            .filter(n -> !n.matches(NOT_A_NAME)).toArray(String[]::new);
                    if (ns.length == certs.length) {
                        for (int i = 0; i < ns.length; i++) {
                            String n = ns[i].replaceAll("(两|二|三)名?$", "");
                            seen.add(n);
                            add("officers[" + i + "].name", n, d, p, l, "officer.list");
                            add("officers[" + i + "].certificateNo", certs[i], d, p, l, "officer.list");
                        }
                    }
                }
            }
        });
    }

    /** The day the case was filed and the day the violation was discovered, as the decision recounts them. */
    void caseDates(Doc d) {
        lines(d, (p, l) -> {
            Matcher f = FILED_IN_TEXT.matcher(l);
            if (f.find()) {
                add("case.filedOn", Dates.first(f.group(1)), d, p, sentence(l, f.start()), "case.filedOn.decision");
            }
            Matcher g = DISCOVERED_IN_TEXT.matcher(l);
            if (g.find()) {
                add("case.discoveredOn", Dates.first(g.group(1)), d, p, sentence(l, g.start()), "case.discoveredOn.decision");
            }
        });
    }

    /**
     * The fields a filing form or a case-source record prints after their labels: 立案日期：…,
     * 违法行为发现日期：…, 违法行为发生日期：…, 案件来源：…. A label's own value only — a date elsewhere
     * on the form (the approver's signature) is not taken for them.
     */
    void labelledCaseFields(Doc d) {
        lines(d, (p, l) -> {
            String t = l.replaceAll("\\s+", "");
            Matcher f = FILED_LABEL.matcher(t);
            if (f.find()) {
                add("case.filedOn", Dates.first(f.group(1)), d, p, sentence(l, 0), "case.filedOn.label");
            }
            Matcher g = DISCOVERED_LABEL.matcher(t);
            if (g.find()) {
                add("case.discoveredOn", Dates.first(g.group(1)), d, p, sentence(l, 0), "case.discoveredOn.label");
            }
            Matcher v = VIOLATION_LABEL.matcher(t);
            if (v.find()) {
                add("case.violationDate", Dates.first(v.group(1)), d, p, sentence(l, 0), "case.violationDate.label");
            }
            Matcher src = SOURCE_LABEL.matcher(t);
            if (src.find()) {
                add("case.source", src.group(1), d, p, sentence(l, 0), "case.source.label");
            }
        });
    }
}
