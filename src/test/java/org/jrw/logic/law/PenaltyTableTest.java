package org.jrw.logic.law;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
        return text.contains(yuan(y)) || java.util.regex.Pattern.compile("(?<![0-9])" + java.util.regex.Pattern.quote(arabic))
                .matcher(text).find();
    }

    @Test
    void everyAmountAppearsInTheArticle() {
        List<PenaltyProvision> all = PenaltyTable.builtIn().all();
        assertTrue(all.size() >= 25);
        List<String> problems = new ArrayList<>();
        for (PenaltyProvision p : all) {
            Law law = lib.law(p.law()).orElseThrow();
            Article a = law.version(p.version()).orElseThrow().text().article(p.article(), p.suffix()).orElseThrow();
            String scope = p.paragraph() == null ? a.text()
                    : a.paragraph(p.paragraph()).orElseThrow().fullText();
            if (p.item() != null) {
                Paragraph para = p.paragraph() == null ? a.paragraphs().get(0) : a.paragraph(p.paragraph()).orElseThrow();
                scope = para.item(p.item()).orElseThrow().text();
            }
            for (PenaltyTier t : p.tiers()) {
                String where = p.law() + " " + a.label() + " " + t.target() + "/" + t.condition();
                if (!scope.contains(t.text())) {
                    problems.add(where + ": text not in article: " + t.text());
                }
                if (t.maxYuan() != null && t.maxYuan() > 0 && !statesAmount(t.text(), t.maxYuan())) {
                    problems.add(where + ": max " + yuan(t.maxYuan()));
                }
                if (t.minYuan() != null && t.minYuan() > 0 && !statesAmount(t.text(), t.minYuan())) {
                    problems.add(where + ": min " + yuan(t.minYuan()));
                }
                for (Integer pc : new Integer[] {t.minPercent(), t.maxPercent()}) {
                    if (pc != null && !t.text().contains("百分之" + ChineseNumerals.format(pc))) {
                        problems.add(where + ": percent " + pc);
                    }
                }
                for (Integer m : new Integer[] {t.gainMultipleMin(), t.gainMultipleMax(), t.baseMultipleMin(),
                        t.baseMultipleMax()}) {
                    if (m != null && !t.text().contains(ChineseNumerals.format(m) + "倍")) {
                        problems.add(where + ": multiple " + m);
                    }
                }
                if (t.maxYuan() == null && t.maxPercent() == null && t.gainMultipleMax() == null
                        && t.baseMultipleMax() == null) {
                    problems.add(where + ": no amount");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyFineArticleOfTheLiabilityChapterIsCovered() {
        Law law = lib.law("work-safety-law").orElseThrow();
        List<String> missing = new ArrayList<>();
        for (Article a : law.latest().text().articles().values()) {
            if ("第六章 法律责任".equals(a.chapter()) && a.text().contains("元") && a.text().contains("罚款")
                    && PenaltyTable.builtIn().find("work-safety-law", "2021", a.number(), 0, null, null).isEmpty()) {
                missing.add(a.label());
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
        assertFalse(PenaltyTable.builtIn().find("work-safety-law", "2021", 97, 0, 1, 7).isEmpty());
    }
}
