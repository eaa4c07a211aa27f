package org.jrw.logic.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 安全生产法 held in two versions (2014, 2021): the version in force on a date, and across the renumbering. */
class LawVersionsTest {
    private final LawLibrary lib = LawLibrary.builtIn();
    private final CitationResolver resolver = new CitationResolver(lib);

    @Test
    void theEarlierTextIsWholeAndTakesEffectWhereTheLaterEnds() {
        Law law = lib.law("work-safety-law").orElseThrow();
        assertEquals(2, law.versions().size());
        LawVersion v2014 = law.version("2014").orElseThrow();
        assertEquals(114, v2014.text().articles().size());
        assertEquals(LocalDate.of(2014, 12, 1), v2014.effectiveFrom());
        assertEquals(LocalDate.of(2021, 9, 1), v2014.effectiveTo());
        assertEquals("第六章 法律责任", v2014.text().article(96, 0).orElseThrow().chapter());
        assertEquals(6, v2014.text().article(96, 0).orElseThrow().paragraphs().get(0).items().size());
        assertEquals("2014", law.versionOn(LocalDate.of(2021, 8, 31)).orElseThrow().id());
        assertEquals("2021", law.versionOn(LocalDate.of(2021, 9, 1)).orElseThrow().id());
        assertTrue(law.versionOn(LocalDate.of(2014, 11, 30)).isEmpty(), "the 2009 text is not held");
    }

    @Test
    void aDateResolvesInTheVersionInForceThen() {
        Resolution r = resolver.resolve("《安全生产法》第九十六条", LocalDate.of(2019, 5, 1));
        assertEquals(Resolution.Status.RESOLVED, r.status());
        assertEquals("2014", r.version().id());
        assertTrue(r.text().contains("安全警示标志"));
        Resolution later = resolver.resolve("《安全生产法》第九十六条", LocalDate.of(2022, 5, 1));
        assertEquals("2021", later.version().id());
        assertTrue(later.text().contains("其他负责人和安全生产管理人员"));
        Resolution edition = resolver.resolve("《安全生产法》（2014）第九十四条第七项", LocalDate.of(2019, 5, 1));
        assertEquals(Resolution.Status.RESOLVED, edition.status());
        assertTrue(edition.text().contains("特种作业人员"));
    }

    @Test
    void anotherVersionsNumberingIsNotInForce() {
        // 2021 numbering for 2019: the 2014 第九十七条 has no items, the 2021 one has
        Resolution r = resolver.resolve("《安全生产法》第九十七条第七项", LocalDate.of(2019, 5, 1));
        assertEquals(Resolution.Status.NOT_IN_FORCE, r.status());
        assertEquals("2021", r.version().id());
        // 2014 numbering for 2022: the 2021 第九十六条 has no items
        Resolution old = resolver.resolve("《安全生产法》第九十六条第六项", LocalDate.of(2022, 5, 1));
        assertEquals(Resolution.Status.NOT_IN_FORCE, old.status());
        assertEquals("2014", old.version().id());
        assertTrue(old.text().contains("使用应当淘汰的危及生产安全的工艺、设备"));
        // a citation found in no version stays not found
        assertEquals(Resolution.Status.ITEM_NOT_FOUND,
                resolver.resolve("《安全生产法》第九十七条第九项", LocalDate.of(2019, 5, 1)).status());
    }

    @Test
    void theCounterpartAcrossTheRenumbering() {
        LocalDate decided = LocalDate.of(2021, 10, 8);
        Resolution ppe = resolver.resolve("《安全生产法》第九十六条第四项", LocalDate.of(2021, 6, 1));
        Resolution now = resolver.counterpartOn(ppe, decided).orElseThrow();
        assertEquals("2021", now.version().id());
        assertEquals(99, now.article().number());
        assertEquals(5, now.item().number(), "an item was inserted before it in 2021");
        assertTrue(now.text().contains("劳动防护用品"));
        Resolution special = resolver.counterpartOn(
                resolver.resolve("《安全生产法》第九十四条第七项", LocalDate.of(2021, 6, 1)), decided).orElseThrow();
        assertEquals("第九十七条", special.article().label());
        assertEquals(7, special.item().number());
        Resolution hazard = resolver.counterpartOn(
                resolver.resolve("《安全生产法》第九十九条", LocalDate.of(2021, 6, 1)), decided).orElseThrow();
        assertEquals(102, hazard.article().number());
        Resolution obligation = resolver.counterpartOn(
                resolver.resolve("《安全生产法》第二十七条第一款", LocalDate.of(2021, 6, 1)), decided).orElseThrow();
        assertEquals(30, obligation.article().number());
        assertEquals(1, obligation.paragraph().number());
        // still in force on the decision date: itself
        Resolution same = resolver.resolve("《安全生产法》第九十四条第七项", LocalDate.of(2019, 5, 1));
        assertEquals(same.article(), resolver.counterpartOn(same, LocalDate.of(2019, 6, 1)).orElseThrow().article());
        assertFalse(resolver.counterpartOn(same, LocalDate.of(2014, 6, 1)).isPresent(), "no version held then");
    }
}
