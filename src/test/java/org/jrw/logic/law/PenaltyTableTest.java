package org.jrw.logic.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every amount in the penalty tables appears in the article's own text. */
class PenaltyTableTest {
    private final LawLibrary lib = LawLibrary.builtIn();

    static String yuan(long y) {
        if (y % 10000 == 0) {
            return ChineseNumerals.format((int) (y / 10000)) + "万元";
        }
        return ChineseNumerals.format((int) y) + "元";
    }

    /** Laws write amounts in Chinese numerals (十万元), State Council regulations often in Arabic (10万元). */
    static boolean statesAmount(String text, long y) {
        String arabic = y % 10000 == 0 ? (y / 10000) + "万元" : y + "元";
        return text.contains(yuan(y)) || arabicAt(text, arabic);
    }

    /** 百分之四十 or 40%. */
    static boolean statesPercent(String text, int pc) {
        return text.contains("百分之" + ChineseNumerals.format(pc)) || arabicAt(text, pc + "%");
    }

    /** 二倍 or 2倍. */
    static boolean statesMultiple(String text, int m) {
        return text.contains(ChineseNumerals.format(m) + "倍") || arabicAt(text, m + "倍");
    }

    private static boolean arabicAt(String text, String arabic) {
        return Pattern.compile("(?<![0-9])" + Pattern.quote(arabic)).matcher(text).find();
    }

    /** The text of the article, paragraph or item a table entry (or the entry it follows) stands for. */
    private String scope(String law, String version, int article, int suffix, Integer paragraph, Integer item) {
        Article a = lib.law(law).orElseThrow().version(version).orElseThrow().text().article(article, suffix)
                .orElseThrow(() -> new AssertionError(law + " has no article " + article));
        String scope = paragraph == null ? a.text() : a.paragraph(paragraph).orElseThrow().fullText();
        if (item != null) {
            Paragraph para = paragraph == null ? a.paragraphs().get(0) : a.paragraph(paragraph).orElseThrow();
            scope = para.item(item).orElseThrow().text();
        }
        return scope;
    }

    @Test
    void everyAmountAppearsInTheArticle() {
        List<PenaltyProvision> all = PenaltyTable.builtIn().all();
        assertTrue(all.size() >= 100, "entries: " + all.size());
        List<String> problems = new ArrayList<>();
        for (PenaltyProvision p : all) {
            String own = scope(p.law(), p.version(), p.article(), p.suffix(), p.paragraph(), p.item());
            String followed = null;
            if (p.follows() != null) {
                followed = scope(p.law(), p.version(), p.follows().article(), p.follows().suffix(),
                        p.follows().paragraph(), null);
                if (!own.contains(p.follows().text())) {
                    problems.add(p.law() + " " + p.article() + ": referral not in article: " + p.follows().text());
                }
            }
            for (PenaltyTier t : p.tiers()) {
                String where = p.law() + " " + p.article() + "/" + p.paragraph() + "/" + p.item() + " " + t.target()
                        + "/" + t.condition();
                if (!own.contains(t.text()) && (followed == null || !followed.contains(t.text()))) {
                    problems.add(where + ": text not in article: " + t.text());
                }
                if (t.maxYuan() != null && t.maxYuan() > 0 && !statesAmount(t.text(), t.maxYuan())) {
                    problems.add(where + ": max " + yuan(t.maxYuan()));
                }
                if (t.minYuan() != null && t.minYuan() > 0 && !statesAmount(t.text(), t.minYuan())) {
                    problems.add(where + ": min " + yuan(t.minYuan()));
                }
                for (Integer pc : new Integer[] {t.minPercent(), t.maxPercent()}) {
                    if (pc != null && !statesPercent(t.text(), pc)) {
                        problems.add(where + ": percent " + pc);
                    }
                }
                for (Integer m : new Integer[] {t.gainMultipleMin(), t.gainMultipleMax(), t.baseMultipleMin(),
                        t.baseMultipleMax()}) {
                    if (m != null && !statesMultiple(t.text(), m)) {
                        problems.add(where + ": multiple " + m);
                    }
                }
                if (t.maxYuan() == null && t.maxPercent() == null && t.gainMultipleMax() == null
                        && t.baseMultipleMax() == null) {
                    problems.add(where + ": no amount");
                }
                if (!List.of("UNIT", "INDIVIDUAL", "ANY", "PRINCIPAL", "MANAGERS", "RESPONSIBLE_PERSONS", "INVESTOR")
                        .contains(t.target())) {
                    problems.add(where + ": unknown target");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Law id, version, and which articles are its liability provisions (chapter, or article range). */
    private record Liability(String law, String version, Predicate<Article> isLiability) {
    }

    private static Predicate<Article> chapter(String name) {
        return a -> name.equals(a.chapter());
    }

    @Test
    void everyFineArticleOfTheLiabilityChaptersIsCovered() {
        List<Liability> laws = List.of(
                new Liability("work-safety-law", "2021", chapter("第六章 法律责任")),
                new Liability("work-safety-law", "2014", chapter("第六章 法律责任")),
                new Liability("fire-protection-law", "2021", chapter("第六章 法律责任")),
                new Liability("special-equipment-safety-law", "2013", chapter("第六章 法律责任")),
                new Liability("safety-production-license-regulation", "2014", a -> a.number() >= 18 && a.number() <= 23),
                new Liability("production-safety-emergency-regulation", "2019", chapter("第四章 法律责任")),
                new Liability("accident-reporting-regulation", "2007", chapter("第五章 法律责任")),
                new Liability("construction-safety-regulation", "2003", chapter("第七章 法律责任")),
                new Liability("coal-mine-safety-regulation", "2024", chapter("第五章 法律责任")),
                new Liability("hazardous-chemicals-regulation", "2013", chapter("第七章 法律责任")),
                new Liability("fireworks-safety-regulation", "2016", chapter("第六章 法律责任")));
        List<String> missing = new ArrayList<>();
        for (Liability l : laws) {
            LawText text = lib.law(l.law()).orElseThrow().version(l.version()).orElseThrow().text();
            int liability = 0;
            for (Article a : text.articles().values()) {
                if (!l.isLiability().test(a)) {
                    continue;
                }
                liability++;
                for (Paragraph p : a.paragraphs()) {
                    String t = p.fullText();
                    boolean fines = t.contains("罚款") && (t.contains("元") || t.contains("倍") || t.contains("%")
                            || t.contains("百分之")) || t.contains("规定处罚");
                    boolean refersElsewhere = t.contains("依照《") || t.contains("依照有关");
                    if (fines && !refersElsewhere && PenaltyTable.builtIn()
                            .find(l.law(), l.version(), a.number(), a.suffix(), p.number(), null).isEmpty()) {
                        missing.add(l.law() + " " + a.label() + "第" + p.number() + "款");
                    }
                }
            }
            assertTrue(liability > 0, l.law() + ": no liability articles found");
        }
        assertTrue(missing.isEmpty(), missing.toString());
        assertFalse(PenaltyTable.builtIn().find("work-safety-law", "2021", 97, 0, 1, 7).isEmpty());
    }

    @Test
    void aReferralTakesTheFinesOfTheArticleItNames() {
        // 安全生产许可证条例 第二十条: 5万–10万; 逾期仍不办理 → 第十九条 10万–50万 as the UNCORRECTED tier
        List<PenaltyProvision> p = PenaltyTable.builtIn().find("safety-production-license-regulation", "2014", 20, 0,
                null, null);
        assertEquals(1, p.size());
        Map<String, Long> max = new java.util.HashMap<>();
        p.get(0).tiers().forEach(t -> max.put(t.condition(), t.maxYuan()));
        assertEquals(Map.of("BASE", 100000L, "UNCORRECTED", 500000L), max);
        assertEquals(19, p.get(0).follows().article());
    }

    @Test
    void tiersApplyToUnitsPersonsOrBoth() {
        var fire60 = PenaltyTable.builtIn().find("fire-protection-law", "2021", 60, 0, 2, null).get(0).tiers().get(0);
        assertFalse(fire60.appliesTo(true));
        assertTrue(fire60.appliesTo(false));
        var fire61 = PenaltyTable.builtIn().find("fire-protection-law", "2021", 61, 0, 1, null).get(0).tiers().get(0);
        assertTrue(fire61.appliesTo(true) && fire61.appliesTo(false));
        var c63 = PenaltyTable.builtIn().find("construction-safety-regulation", "2003", 63, 0, null, null).get(0)
                .tiers().get(0);
        assertFalse(c63.isIncomeBased(), "a percentage of the misappropriated funds is not one of income");
    }
}
