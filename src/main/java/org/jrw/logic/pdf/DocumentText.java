package org.jrw.logic.pdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.logic.law.ChineseNumerals;

/**
 * The wording rules every printed document follows (ADR 0080): one citation form
 * ({@code 第九十七条第七项}: Chinese numerals, an item without brackets), amounts without thousands
 * separators in the Chinese way ({@code 20000元}, {@code 2万元}), sentences closed with 。, and no
 * research notes: {@code 【知】} and other 【…】 marks of the research material, web addresses,
 * file paths, {@code （应为…）} corrections, 镜像/推定 remarks are taken out of any text a document
 * prints from data.
 */
public final class DocumentText {
    private static final Pattern ITEM_BRACKETS = Pattern.compile("第[（(]([一二三四五六七八九十百零〇两]+)[)）]项");
    private static final Pattern ARABIC_UNIT = Pattern.compile("第\\s*(\\d{1,4})\\s*(条|款|项|章|节)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s，。；、）)】]+");
    private static final Pattern PATH = Pattern.compile("(?:\\.\\./|/work/|shared/|[A-Za-z]:\\\\)[\\w./\\\\-]+");
    private static final Pattern SHOULD_BE = Pattern.compile("[（(]\\s*应为[^）)]*[）)]");
    private static final Pattern MARKS = Pattern.compile("【(?:知|待核|待核实|存疑|推定|注|备注|样例)[^】]{0,40}】");
    /** A bracketed remark about where a text was found or how it was inferred. */
    private static final Pattern REMARK = Pattern.compile(
            "[（(][^（）()]{0,60}(?:镜像|推定|转载|抓取|未核实|待核实|据推测|疑为)[^（）()]{0,60}[）)]");
    /** A sentence that is nothing but a research remark. */
    private static final Pattern REMARK_SENTENCE = Pattern.compile(
            "[^。；;\\n]{0,80}(?:镜像页面|镜像网站|镜像站|系推定|为推定|推定为|据推定)[^。；;\\n]{0,80}[。；;]?");

    private DocumentText() {
    }

    /**
     * A citation in the one form documents use: {@code 第（七）项} → {@code 第七项},
     * {@code 第97条第7项} → {@code 第九十七条第七项}.
     */
    public static String citation(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ARABIC_UNIT.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    "第" + ChineseNumerals.format(Integer.parseInt(m.group(1))) + m.group(2)));
        }
        m.appendTail(sb);
        return ITEM_BRACKETS.matcher(sb.toString()).replaceAll("第$1项");
    }

    /** Thousands separators taken out of amounts: {@code 20,000元} → {@code 20000元}. */
    public static String amounts(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = THOUSANDS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replace(",", "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** An amount in yuan as Chinese documents write it: {@code 20000} → {@code 2万元}, {@code 12500} → {@code 12500元}. */
    public static String yuan(long y) {
        if (y >= 10000 && y % 10000 == 0) {
            return y / 10000 + "万元";
        }
        if (y >= 100000 && y % 1000 == 0) {
            return BigDecimal.valueOf(y).divide(BigDecimal.valueOf(10000)).stripTrailingZeros().toPlainString() + "万元";
        }
        return y + "元";
    }

    /** An amount in yuan given as a decimal (precedent records). */
    public static String yuan(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return yuan(s.longValueExact());
        }
        return s.toPlainString() + "元";
    }

    /**
     * The text with research notes taken out: 【知】 and similar marks, web addresses, file paths,
     * （应为…） corrections and remarks about mirrors or inference; blank when nothing else is left.
     */
    public static String withoutNotes(String s) {
        if (s == null) {
            return null;
        }
        String t = MARKS.matcher(s).replaceAll("");
        t = SHOULD_BE.matcher(t).replaceAll("");
        t = REMARK.matcher(t).replaceAll("");
        t = REMARK_SENTENCE.matcher(t).replaceAll("");
        t = URL.matcher(t).replaceAll("");
        t = PATH.matcher(t).replaceAll("");
        t = t.replace("【", "").replace("】", "");
        t = t.replaceAll("[（(]\\s*(?:见|详见|参见|来源[:：]?|原文)?\\s*[）)]", "").replaceAll("[ \\t]{2,}", " ").replaceAll("([，；、])\\1+", "$1");
        t = t.replaceAll("^[，；、。\\s]+", "").replaceAll("[，；、\\s]+$", "");
        return t.strip();
    }

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9])[A-Z]\\d{1,2}-\\d{1,2}(?![0-9])");
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.(?:md|json|jsonl|csv|txt|xlsx)\\b");

    /**
     * A basis or note of the workbench's own rule data as a reader may see it: each part (split at
     * ；) that cites the research material — an internal item code such as {@code D2-5}, a file
     * name, 【知】 — is left out, then {@link #clean}. For rule bases only: facts keep codes such as
     * a machine's model number.
     */
    public static String withoutInternalRefs(String s) {
        if (s == null) {
            return "";
        }
        List<String> kept = new java.util.ArrayList<>();
        for (String part : s.split("[；;]")) {
            if (CODE.matcher(part).find() || FILE_NAME.matcher(part).find() || part.contains("【知】")) {
                continue;
            }
            if (!part.isBlank()) {
                kept.add(part.strip());
            }
        }
        return clean(String.join("；", kept));
    }

    /** Whether the text cites internal item codes or file names of the research material. */
    public static boolean hasInternalRefs(String s) {
        return s != null && (CODE.matcher(s).find() || FILE_NAME.matcher(s).find());
    }

    /** Whether the text still carries something a reader must not see (for tests and pre-checks). */
    public static boolean hasNotes(String s) {
        if (s == null) {
            return false;
        }
        return s.contains("【知】") || URL.matcher(s).find() || SHOULD_BE.matcher(s).find()
                || s.contains("镜像") || s.contains("推定") || PATH.matcher(s).find();
    }

    /** Everything a document prints from data: notes out, amounts and citations in the one form, trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return punctuation(citation(amounts(withoutNotes(s)))).strip();
    }

    private static final String CJK = "\\p{IsHan}《》“”、，。；：）（";
    private static final Pattern HALF_COMMA = Pattern.compile("(?<=[" + CJK + "]),\\s*|,\\s*(?=[" + CJK + "])");
    private static final Pattern HALF_COLON = Pattern.compile("(?<=[" + CJK + "]):\\s*");
    private static final Pattern HALF_SEMI = Pattern.compile("(?<=[" + CJK + "]);\\s*");
    private static final Pattern HALF_PARENS = Pattern.compile("\\(([^()]*\\p{IsHan}[^()]*)\\)");

    /** Half-width punctuation inside Chinese text made full-width: {@code ,} {@code :} {@code ;} and {@code (…)}. */
    public static String punctuation(String s) {
        if (s == null) {
            return null;
        }
        String t = HALF_PARENS.matcher(s).replaceAll("（$1）");
        t = HALF_COMMA.matcher(t).replaceAll("，");
        t = HALF_COLON.matcher(t).replaceAll("：");
        return HALF_SEMI.matcher(t).replaceAll("；");
    }

    /** The sentence closed with 。 (unless it already ends with a full stop, ！, ？ or ；). */
    public static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        if ("；;，,、：:".indexOf(last) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return "。！？”".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + "。";
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
