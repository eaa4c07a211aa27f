package org.jrw.logic.pdf;

import static org.jrw.logic.pdf.DocumentText.blank;
import static org.jrw.logic.pdf.DocumentText.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.SearchResult;

/**
 * The 类案检索报告 (similar-case search report) in the official layout, structured as courts write
 * them (ADR 0082): 检索基本情况 (检索主体, time, platform and library, method, terms and filters),
 * 检索结果 (a table: each case by publisher, region and year, penalty basis, penalty, and how far it
 * matches — 全部相符 / 部分相符 — or that the library holds no directly matching case), 类案比对
 * (each case's facts, provisions and penalty against this case), 检索结论 (the fines of the similar
 * cases against the fine proposed here) and the sources named by their publishers. Research notes
 * of the corpus (镜像, 推定, （应为…）, web addresses) are taken out of every field printed; entries
 * that are one published case recorded twice are shown once. Written to a temporary file and moved
 * into place, so a failure leaves no partial report.
 */
public final class PrecedentReportWriter {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    /** A field that only says the reprint did not state it (a research remark, not a fact). */
    private static final Pattern NOT_STATED = Pattern.compile(
            "^(?:[—–-].*|.*摘录.*|未在\\S{0,6}写明.*|未写明\\S{0,12}|未见\\S{0,12}|不详\\S{0,12}|未知\\S{0,12}|未公布\\S{0,12})$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    /**
     * One chosen precedent, the reviewer's comparison note (may be null) and whether it matches every
     * term of the query ({@code null} when the search was not by terms, e.g. a similar-case search).
     */
    public record Entry(Hit hit, String note, Boolean matchedAll) {
        public Entry(Hit hit, String note) {
            this(hit, note, null);
        }
    }

    /**
     * What the report is about: the query text and filters as the user gave them, or the case
     * (number and title) for a similar-case search; when it was made; who made it (may be null).
     * The optional rest describes this case for the comparison: the issuing organ, the violated and
     * penalty provisions, the fine proposed (null when unknown), and the size of the library.
     */
    public record Subject(String query, String caseNumber, String caseTitle, OffsetDateTime at, String author,
                          String organ, String violatedProvision, String penaltyProvision, Long proposedFineYuan,
                          Integer librarySize) {
        public Subject(String query, String caseNumber, String caseTitle, OffsetDateTime at, String author) {
            this(query, caseNumber, caseTitle, at, author, null, null, null, null, null);
        }
    }

    private PrecedentReportWriter() {
    }

    /**
     * Entries for the hits of a search by terms: a hit that matches every term of the query
     * (synonyms and concepts included, {@link Hit#matchedAll()}) is 全部相符, the rest 部分相符.
     */
    public static List<Entry> entries(SearchResult r, Map<String, String> notes) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < r.hits().size(); i++) {
            Hit h = r.hits().get(i);
            out.add(new Entry(h, notes == null ? null : notes.get(h.id()), h.matchedAll()));
        }
        return out;
    }

    /** Writes the report; returns the number of pages. */
    public static int write(Path out, Subject subject, List<Entry> entries) {
        OfficialDocument doc = document(subject, entries);
        Path tmp = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".report", ".pdf.part");
            byte[] pdf = new OfficialDocumentWriter().write(doc);
            Files.write(tmp, pdf);
            int pages;
            try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                pages = d.getNumberOfPages();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(tmp);
            }
        }
    }

    /** The report as a document (also for tests and previews). */
    public static OfficialDocument document(Subject subject, List<Entry> chosen) {
        List<Entry> entries = distinct(chosen);
        LocalDate day = subject.at().toLocalDate();
        OfficialDocument.Builder b = OfficialDocument.builder("类案检索报告")
                .organ(blank(subject.organ()) ? null : subject.organ().strip())
                .info(subject.organ(), "类案检索报告" + (subject.caseNumber() == null ? "" : " " + subject.caseNumber()),
                        "类案检索");
        boolean byTerms = !blank(subject.query());
        boolean anyKnownMatch = entries.stream().anyMatch(e -> e.matchedAll() != null);
        long full = entries.stream().filter(e -> Boolean.TRUE.equals(e.matchedAll())).count();

        int sec = 0;
        b.heading(NUMERALS[sec++] + "、检索基本情况");
        String who = !blank(subject.organ()) ? subject.organ().strip() + "联审小组" : "联审小组";
        b.fields(basics(subject, entries, who, day, byTerms, anyKnownMatch, full));

        b.heading(NUMERALS[sec++] + "、检索结果");
        if (entries.isEmpty()) {
            b.paragraph(byTerms ? "本库无与检索条件相符的类案。" : "本库无与待决案件相似的类案。");
        } else {
            if (byTerms && anyKnownMatch && full == 0) {
                b.paragraph("本库无直接相符的类案。以下案例仅部分相符，供比对参考。");
            }
            b.fields(resultTable(entries, anyKnownMatch));
        }

        if (!entries.isEmpty()) {
            b.heading(NUMERALS[sec++] + "、类案比对");
            comparisons(b, subject, entries);
        }

        b.heading(NUMERALS[sec++] + "、检索结论");
        b.paragraph(conclusion(subject, entries, byTerms && anyKnownMatch && full == 0));

        Set<String> sources = new LinkedHashSet<>();
        for (Entry e : entries) {
            String s = source(e.hit());
            if (s != null) {
                sources.add(s);
            }
        }
        if (!sources.isEmpty()) {
            b.heading(NUMERALS[sec++] + "、案例来源");
            int n = 1;
            for (String s : sources) {
                b.paragraph(n++ + ". " + s + "。");
            }
        }
        b.note("说明：案例摘要为结构化整理，以发布机关公开发布的原文为准；本报告供联审参考，不作为处罚依据。");
        b.signature(who, day, null);
        return b.build();
    }

    // ------------------------------------------------------------------ parts

    /** Section 1: the case, who searched, when, where, how, with which terms, and the result in numbers. */
    private static FieldTable basics(Subject subject, List<Entry> entries, String who, LocalDate day, boolean byTerms,
                                     boolean anyKnownMatch, long full) {
        FieldTable.Builder info = FieldTable.builder(new float[] {22, 78});
        if (subject.caseNumber() != null) {
            info.row("待决案件", subject.caseNumber() + (blank(subject.caseTitle()) ? "" : "　" + clean(subject.caseTitle())));
        }
        info.row("检索主体", who);
        if (!blank(subject.author())) {
            info.row("检索人", subject.author().strip());
        }
        info.row("检索时间", OfficialDocument.chineseDate(day));
        info.row("检索平台", "联审工作台类案库（收录各级应急管理部门公开发布的行政执法案例"
                + (subject.librarySize() == null ? "" : subject.librarySize() + "件") + "）");
        info.row("检索方法", byTerms ? "关键词检索（检索词全部命中的案例列前，其余按命中程度排列）"
                : "以待决案件的违法事实、违法条款和处罚条款进行相似案例检索");
        if (byTerms) {
            info.row("检索词", subject.query().strip());
        }
        String result = entries.isEmpty() ? "未检索到类案" : "入选" + entries.size() + "件";
        if (byTerms && anyKnownMatch) {
            result += full == 0 ? "；本库无直接相符的类案，所列均为部分相符的案例" : "，其中全部相符" + full + "件";
        }
        info.row("检索结果", result);
        return info.build();
    }

    /** Section 2: one row per case (with its degree of match when known). */
    private static FieldTable resultTable(List<Entry> entries, boolean showMatch) {
        FieldTable.Builder t = (showMatch ? FieldTable.builder(new float[] {7, 33, 30, 17, 13})
                : FieldTable.builder(new float[] {7, 38, 34, 21})).fontSize(OfficialDocumentWriter.SIZE_SMALL_4);
        List<FieldTable.Cell> head = new ArrayList<>(List.of(cell("序号", true), cell("案例（发布机关、地区、年份）", true),
                cell("处罚依据", true), cell("处罚结果", true)));
        if (showMatch) {
            head.add(cell("相符程度", true));
        }
        t.cells(head.toArray(FieldTable.Cell[]::new));
        int n = 1;
        for (Entry e : entries) {
            Hit h = e.hit();
            List<FieldTable.Cell> row = new ArrayList<>(List.of(cell(String.valueOf(n++), false),
                    cell(caseLabel(h), false), cell(orUnknown(field(h.penaltyBasis()), "发布文本未载明"), false),
                    cell(penalty(h), false)));
            if (showMatch) {
                row.add(cell(e.matchedAll() == null ? "相似" : e.matchedAll() ? "全部相符" : "部分相符", false));
            }
            t.cells(row.toArray(FieldTable.Cell[]::new));
        }
        return t.build();
    }

    /** Section 3: each case's facts, law and outcome, and how it compares with the case under review. */
    private static void comparisons(OfficialDocument.Builder b, Subject subject, List<Entry> entries) {
        int n = 0;
        for (Entry e : entries) {
            Hit h = e.hit();
            b.heading2("（" + NUMERALS[n++ % NUMERALS.length] + "）" + caseLabel(h));
            String facts = field(h.facts());
            if (facts != null) {
                b.paragraph("基本案情：" + DocumentText.sentence(facts));
            }
            List<String> law = new ArrayList<>();
            String vb = field(h.violationBasis());
            String pb = field(h.penaltyBasis());
            if (vb != null) {
                law.add("违反" + vb);
            }
            if (pb != null) {
                law.add("依据" + pb + "处罚");
            }
            if (!law.isEmpty()) {
                b.paragraph("适用法律：" + String.join("，", law) + "。");
            }
            b.paragraph("处罚结果：" + penalty(h) + (Boolean.TRUE.equals(h.transferred()) ? "；案件已移送司法机关。" : "。"));
            String cmp = comparison(subject, e);
            if (!cmp.isEmpty()) {
                b.paragraph("与本案比对：" + cmp);
            }
        }
    }


    /** One published case recorded twice (same publisher, region, date, facts and fines) is shown once. */
    static List<Entry> distinct(List<Entry> entries) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            Hit h = e.hit();
            String key = String.join("|", norm(publisherName(h)), norm(h.region()), norm(h.date()),
                    norm(h.facts()), String.valueOf(h.penaltyUnitYuan()), String.valueOf(h.penaltyPersonYuan()));
            out.merge(key, e, (a, x) -> a.note() == null && x.note() != null ? new Entry(a.hit(), x.note(),
                    a.matchedAll()) : a);
        }
        return List.copyOf(out.values());
    }

    private static String norm(String s) {
        return s == null ? "" : DocumentText.withoutNotes(s).replaceAll("[\\s\\p{Punct}，。；：、（）“”《》]", "");
    }

    /** A field as printed: notes out, one citation form; null when it only says the reprint did not state it. */
    /**
     * A precedent field as a reader may see it anywhere (search list, detail, command line): the
     * collector's remarks (摘录截断, （应为…）, 推定, addresses) taken out; null when nothing else is left.
     */
    public static String readable(String s) {
        return field(s);
    }

    static String field(String s) {
        if (blank(s)) {
            return null;
        }
        String c = clean(s);
        return c.isEmpty() || NOT_STATED.matcher(c).matches() ? null : c;
    }

    private static String orUnknown(String s, String unknown) {
        return s == null ? unknown : s;
    }

    /** The publishing authority alone (the part before 决定机关…), without notes. */
    private static String publisherName(Hit h) {
        if (blank(h.publisher())) {
            return null;
        }
        String first = h.publisher().split("[;；]", 2)[0];
        String name = DocumentText.withoutNotes(first).replaceAll("[（(].*$", "").strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * A case as the report names it: the deciding organ (else the publisher), the region and the
     * date — the corpus's titles are summaries cut short, not the cases' names.
     */
    static String caseLabel(Hit h) {
        String organ = decidingOrgan(h);
        String what = "查处的案件";
        if (organ == null) {
            organ = publisherName(h);
            what = "发布的案例";
        }
        List<String> parts = new ArrayList<>();
        String region = field(h.region());
        if (region != null) {
            parts.add(region);
        }
        String date = date(h);
        if (date != null) {
            parts.add(date);
        }
        return (organ == null ? "公开发布的案例" : organ + what) + (parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）");
    }

    private static String decidingOrgan(Hit h) {
        if (blank(h.publisher())) {
            return null;
        }
        for (String p : h.publisher().split("[;；]")) {
            String c = DocumentText.withoutNotes(p).strip();
            java.util.regex.Matcher m = Pattern.compile("^(?:决定机关|查处机关|处罚机关)[:：](.+)$").matcher(c);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** {@code 2023-06-06} → 2023年6月6日, {@code 2022-12(检查)} → 2022年12月; else the year. */
    private static String date(Hit h) {
        if (!blank(h.date())) {
            java.util.regex.Matcher m = ISO_DATE.matcher(h.date().strip());
            if (m.find()) {
                return m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月"
                        + (m.group(3) == null ? "" : Integer.parseInt(m.group(3)) + "日");
            }
        }
        return h.year() == null ? null : h.year() + "年";
    }

    /** The source as the report cites it: the publisher and the notice, the deciding organ. */
    static String source(Hit h) {
        if (blank(h.publisher())) {
            return null;
        }
        String[] parts = h.publisher().split("[;；]");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String c = DocumentText.punctuation(DocumentText.withoutNotes(p)).strip();
            if (c.isEmpty()) {
                continue;
            }
            out.add(c.replaceFirst("^决定机关[:：]", "决定机关："));
        }
        if (out.isEmpty()) {
            return null;
        }
        String first = out.get(0);
        if (!first.matches("^(?:决定机关|查处机关|处罚机关)：.*")) {
            int paren = first.indexOf('（');
            out.set(0, paren > 0 ? first.substring(0, paren) + "发布" + first.substring(paren) : first + "发布");
        }
        return String.join("，", out);
    }

    static String penalty(Hit h) {
        List<String> parts = new ArrayList<>();
        if (h.penaltyUnitYuan() != null) {
            parts.add("对单位罚款" + DocumentText.yuan(h.penaltyUnitYuan()));
        }
        if (h.penaltyPersonYuan() != null) {
            parts.add("对个人罚款" + DocumentText.yuan(h.penaltyPersonYuan()));
        }
        return parts.isEmpty() ? "发布文本未载明罚款数额" : String.join("，", parts);
    }

    private static String comparison(Subject s, Entry e) {
        Hit h = e.hit();
        List<String> parts = new ArrayList<>();
        if (!h.sharedProvisions().isEmpty()) {
            parts.add("适用条款相同（" + String.join("、", h.sharedProvisions().stream().map(DocumentText::clean).toList()) + "）");
        } else if (s.penaltyProvision() != null && field(h.penaltyBasis()) != null) {
            parts.add("处罚条款不同（本案依据" + clean(s.penaltyProvision()) + "）");
        }
        if (!h.matchedTerms().isEmpty()) {
            parts.add("情节用语相同：" + String.join("、", h.matchedTerms()));
        }
        BigDecimal fine = fine(h);
        if (fine != null && s.proposedFineYuan() != null) {
            int c = fine.compareTo(BigDecimal.valueOf(s.proposedFineYuan()));
            parts.add("类案罚款" + DocumentText.yuan(fine) + (c == 0 ? "，与本案拟罚数额相同"
                    : c > 0 ? "，高于本案拟罚" + DocumentText.yuan(s.proposedFineYuan())
                    : "，低于本案拟罚" + DocumentText.yuan(s.proposedFineYuan())));
        }
        if (!blank(e.note())) {
            parts.add("审查意见：" + DocumentText.sentence(clean(e.note())).replaceAll("。$", ""));
        }
        return parts.isEmpty() ? "" : String.join("；", parts) + "。";
    }

    private static BigDecimal fine(Hit h) {
        return h.penaltyUnitYuan() != null ? h.penaltyUnitYuan() : h.penaltyPersonYuan();
    }

    /** 检索结论: the similar cases' fines as a range against the fine proposed in this case. */
    static String conclusion(Subject s, List<Entry> entries, boolean noDirectMatch) {
        if (entries.isEmpty()) {
            return "本库无可供比对的类案，本案裁量应当依据法定处罚幅度和适用的裁量基准确定。";
        }
        List<BigDecimal> fines = entries.stream().map(e -> fine(e.hit())).filter(f -> f != null).sorted().toList();
        StringBuilder sb = new StringBuilder();
        if (noDirectMatch) {
            sb.append("本库无直接相符的类案；");
        }
        sb.append(entries.size()).append("件").append(noDirectMatch ? "部分相符的案例" : "类案");
        if (fines.isEmpty()) {
            sb.append("均未载明罚款数额，无法比较罚款幅度。");
            return sb.toString();
        }
        BigDecimal min = fines.get(0);
        BigDecimal max = fines.get(fines.size() - 1);
        if (fines.size() < entries.size()) {
            sb.append("中").append(fines.size()).append("件载明罚款，");
        }
        sb.append(min.equals(max) ? "罚款均为" + DocumentText.yuan(min) : "罚款" + range(min, max));
        if (s.proposedFineYuan() != null) {
            BigDecimal p = BigDecimal.valueOf(s.proposedFineYuan());
            sb.append("，本案拟罚").append(DocumentText.yuan(s.proposedFineYuan())).append("，");
            if (p.compareTo(min) < 0) {
                sb.append("低于类案区间，应当说明理由");
            } else if (p.compareTo(max) > 0) {
                sb.append("高于类案区间，应当说明理由");
            } else {
                sb.append("处于类案区间");
            }
        }
        sb.append("。类案的地区和适用的裁量基准可能与本案不同，比对结果仅供裁量参考。");
        return sb.toString();
    }

    /** {@code 1万–3万元}, {@code 1.2万–3万元}, {@code 5000–8000元}, {@code 5000元–2万元}. */
    static String range(BigDecimal min, BigDecimal max) {
        BigDecimal wan = BigDecimal.valueOf(10000);
        if (min.compareTo(wan) >= 0 && max.compareTo(wan) >= 0) {
            return min.divide(wan).stripTrailingZeros().toPlainString() + "万–"
                    + max.divide(wan).stripTrailingZeros().toPlainString() + "万元";
        }
        if (max.compareTo(wan) < 0) {
            return min.stripTrailingZeros().toPlainString() + "–" + max.stripTrailingZeros().toPlainString() + "元";
        }
        return DocumentText.yuan(min) + "–" + DocumentText.yuan(max);
    }

    private static FieldTable.Cell cell(String text, boolean label) {
        return new FieldTable.Cell(text, label, 1, 0f, null);
    }
}
