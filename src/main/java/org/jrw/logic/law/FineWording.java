package org.jrw.logic.law;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fine range an article states in plain words (ADR 0077), for texts a bureau imported
 * ({@code law import}), which have no penalty table: 处X元以上Y元以下的罚款, 处Y元以下的罚款, 万元
 * forms, Chinese or Arabic numerals; who is fined (对单位 / 对个人, 直接负责的主管人员和其他直接责任人员,
 * or the article's subject) and when (逾期未改正 / 拒不改正, 拒不执行, 事故). A text whose every
 * 罚款 is not stated that plainly (违法所得…倍, 上一年年收入百分之…, 依照…规定处罚) gives no range:
 * the checks then say the range could not be read instead of guessing.
 */
public final class FineWording {
    private static final String CN = "[零〇一二两三四五六七八九十百千万]+";
    private static final String AR = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
    private static final String AMOUNT = "(" + AR + "|" + CN + ")(万)?元";
    private static final Pattern FINE = Pattern.compile(
            "(?:(" + AR + "|" + CN + ")(万)?元?以上)?" + AMOUNT + "以下(?:的)?罚款");
    private static final Pattern CLAUSE = Pattern.compile("[；;。\n]");

    private FineWording() {
    }

    /**
     * The tiers an article's (or paragraph's) text states plainly; empty when it states no fine or
     * any fine it states is not in the plain form.
     */
    public static Optional<List<PenaltyTier>> tiers(String text) {
        if (text == null || !text.contains("罚款")) {
            return Optional.empty();
        }
        String subject = subjectTarget(text);
        List<PenaltyTier> out = new ArrayList<>();
        int fines = 0;
        for (String clause : CLAUSE.split(text)) {
            fines += count(clause, "罚款");
            Matcher m = FINE.matcher(clause);
            int from = 0;
            boolean first = true;
            while (m.find()) {
                Long min = m.group(1) == null ? null : yuan(m.group(1), m.group(2) != null);
                Long max = yuan(m.group(3), m.group(4) != null);
                if (max == null || (m.group(1) != null && min == null) || (min != null && min > max)) {
                    return Optional.empty();
                }
                String before = clause.substring(from, m.start());
                int to = before.lastIndexOf('对');
                String target = target(to >= 0 ? before.substring(to) : before);
                if (target.equals(PenaltyTier.ANY) && first) {
                    target = subject;
                }
                String condition = condition(clause.substring(0, m.start()));
                out.add(new PenaltyTier(target, condition, min, max, null, null, null, null, null, null, null,
                        quote(clause, m.end())));
                from = m.end();
                first = false;
            }
        }
        // a fine in another form (倍数, 百分比, 依照…处罚) makes the whole text not plain
        return out.isEmpty() || out.size() != fines ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    /** An amount in yuan: 五万 → 50000, 1.5万 → 15000, 5000 → 5000; null if unreadable. */
    static Long yuan(String number, boolean wan) {
        String n = number.replace('．', '.');
        StringBuilder ascii = new StringBuilder();
        for (char c : n.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        String a = ascii.toString();
        BigDecimal v;
        if (a.matches("[0-9]+(\\.[0-9]+)?")) {
            v = new BigDecimal(a);
        } else {
            int p = ChineseNumerals.parse(a);
            if (p < 0) {
                return null;
            }
            v = BigDecimal.valueOf(p);
        }
        if (wan) {
            v = v.multiply(BigDecimal.valueOf(10000));
        }
        return v.longValue();
    }

    private static int count(String s, String w) {
        int n = 0;
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length())) {
            n++;
        }
        return n;
    }

    /** Who the words name: a person (个人, 人员, 负责人), a unit (单位, 机构, 企业) or, naming both or neither, anyone. */
    static String target(String words) {
        boolean person = words.contains("个人") || words.contains("人员") || words.contains("负责人")
                || words.contains("自然人");
        String rest = words.replace("负责人", "");
        boolean unit = rest.contains("单位") || rest.contains("机构") || rest.contains("企业") || rest.contains("组织");
        if (person == unit) {
            return PenaltyTier.ANY;
        }
        return person ? PenaltyTier.INDIVIDUAL : PenaltyTier.UNIT;
    }

    /** The article's subject, from its opening words up to the first 的，(e.g. 生产经营单位有下列行为之一的). */
    private static String subjectTarget(String text) {
        int end = text.indexOf("的，");
        if (end < 0) {
            end = text.indexOf("的,");
        }
        return end < 0 ? PenaltyTier.ANY : target(text.substring(0, end));
    }

    private static String condition(String before) {
        if (before.contains("逾期未改正") || before.contains("逾期不改正") || before.contains("拒不改正")) {
            return PenaltyTier.UNCORRECTED;
        }
        if (before.contains("拒不执行")) {
            return PenaltyTier.REFUSED;
        }
        if (before.contains("事故")) {
            return PenaltyTier.ACCIDENT;
        }
        return PenaltyTier.BASE;
    }

    private static String quote(String clause, int end) {
        return clause.substring(0, end).strip();
    }
}
