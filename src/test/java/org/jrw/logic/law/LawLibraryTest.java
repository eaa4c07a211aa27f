package org.jrw.logic.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawLibraryTest {
    private final LawLibrary lib = LawLibrary.builtIn();
    private final CitationResolver resolver = new CitationResolver(lib);

    @Test
    void numerals() {
        assertEquals(97, ChineseNumerals.parse("九十七"));
        assertEquals(101, ChineseNumerals.parse("一百零一"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals(119, ChineseNumerals.parse("一百一十九"));
        assertEquals(97, ChineseNumerals.parse("９７"));
        assertEquals(20000, ChineseNumerals.parse("二万"));
        assertEquals(10000000, ChineseNumerals.parse("一千万"));
        for (int n : new int[] {1, 10, 15, 20, 97, 100, 101, 110, 119, 134, 1000, 10000, 20000, 100000, 1000000}) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)), Integer.toString(n));
        }
        assertEquals("一百一十九", ChineseNumerals.format(119));
        assertEquals("十万", ChineseNumerals.format(100000));
    }

    @Test
    void everyLawParsesWithConsecutiveArticles() {
        for (Law law : lib.laws()) {
            for (LawVersion v : law.versions()) {
                LawText t = v.text();
                assertTrue(t.articles().size() > 10, law.id());
                int expected = 1;
                for (Article a : t.articles().values()) {
                    if (a.suffix() == 0) {
                        assertEquals(expected, a.number(), law.id() + " " + a.label());
                        expected++;
                    }
                    assertFalse(a.paragraphs().isEmpty(), a.label());
                }
            }
        }
        assertEquals(119, lib.law("work-safety-law").orElseThrow().latest().text().articles().size());
        assertEquals(86, lib.law("administrative-penalty-law").orElseThrow().latest().text().articles().size());
    }

    @Test
    void structureOfArticle97() {
        Article a = lib.law("work-safety-law").orElseThrow().latest().text().article(97, 0).orElseThrow();
        assertEquals(1, a.paragraphs().size());
        assertEquals(7, a.paragraphs().get(0).items().size());
        assertEquals("第六章 法律责任", a.chapter());
        Article a90 = lib.law("work-safety-law").orElseThrow().latest().text().article(90, 0).orElseThrow();
        assertEquals(2, a90.paragraphs().size());
        assertEquals(4, a90.paragraphs().get(0).items().size());
        assertTrue(lib.law("criminal-law").orElseThrow().latest().text().article(134, 1).isPresent());
        assertTrue(lib.law("hazardous-chemicals-regulation").orElseThrow().latest().text().headings().size() > 5);
    }

    @Test
    void citationForms() {
        for (String s : List.of("《安全生产法》第九十七条第(七)项", "《中华人民共和国安全生产法》第九十七条第一款第七项",
                "第九十七条第七项", "第九十七条（七）", "安全生产法第97条第7项", "《安全生产法》第９７条第（７）项",
                "依据《中华人民共和国安全生产法》 第九十七条 第一款 第（七）项的规定")) {
            Resolution r = resolver.resolve(s, LocalDate.of(2024, 3, 12));
            assertEquals(Resolution.Status.RESOLVED, r.status(), s);
            assertEquals("work-safety-law", r.law().id(), s);
            assertEquals(97, r.article().number(), s);
            assertEquals(1, r.paragraph().number(), s);
            assertEquals(7, r.item().number(), s);
            assertTrue(r.text().contains("特种作业人员"), s);
        }
        Citation c = CitationParser.parse("《刑法》第一百三十四条之一第（一）项").orElseThrow();
        assertEquals(134, c.article());
        assertEquals(1, c.suffix());
        assertEquals(1, c.item());
        assertEquals("刑法", c.law());
        Resolution r = resolver.resolve("危化品条例第七十八条", null);
        assertEquals("hazardous-chemicals-regulation", r.law().id());
        List<Citation> all = CitationParser.parseAll("《安全生产法》第三十条第一款、第二款和第九十九条第（二）（三）项");
        assertEquals(4, all.size());
        assertEquals(2, all.get(1).paragraph());
        assertEquals(99, all.get(2).article());
        assertEquals(3, all.get(3).item());
        Citation ed = CitationParser.parse("《安全生产法》（2014）第九十六条").orElseThrow();
        assertEquals(2014, ed.edition());
    }

    @Test
    void lawNotInLibraryIsNotArticleMissing() {
        Resolution r = resolver.resolve("《安全生产违法行为行政处罚办法》第四十五条", null);
        assertEquals(Resolution.Status.LAW_NOT_IN_LIBRARY, r.status());
        assertNull(r.law());
        assertEquals(Resolution.Status.ARTICLE_NOT_FOUND, resolver.resolve("《安全生产法》第二百条", null).status());
        assertEquals(Resolution.Status.ITEM_NOT_FOUND, resolver.resolve("《安全生产法》第九十七条第八项", null).status());
        assertEquals(Resolution.Status.PARAGRAPH_NOT_FOUND,
                resolver.resolve("《安全生产法》第九十七条第二款", null).status());
        assertEquals(Resolution.Status.VERSION_NOT_IN_LIBRARY,
                resolver.resolve("《安全生产法》（2009）第九十六条", null).status());
        assertEquals(Resolution.Status.UNREADABLE, resolver.resolve("安全生产法", null).status());
    }

    @Test
    void versionInForceOnADate() {
        assertEquals(Resolution.Status.NOT_IN_FORCE,
                resolver.resolve("《安全生产法》第九十七条第七项", LocalDate.of(2021, 8, 31)).status());
        assertEquals(Resolution.Status.RESOLVED,
                resolver.resolve("《安全生产法》第九十七条第七项", LocalDate.of(2021, 9, 1)).status());
        assertEquals(Resolution.Status.NOT_IN_FORCE,
                resolver.resolve("《刑法》第一百三十四条之一", LocalDate.of(2020, 6, 1)).status());
        assertEquals(Resolution.Status.RESOLVED,
                resolver.resolve("《刑法》第一百三十四条之一", LocalDate.of(2022, 6, 1)).status());
    }

    @Test
    void searchFindsArticles() {
        var hits = lib.search("特种作业人员 上岗作业", "work-safety-law", 10);
        assertTrue(hits.stream().anyMatch(h -> h.article().number() == 97));
        assertTrue(hits.stream().anyMatch(h -> h.article().number() == 30));
    }
}
